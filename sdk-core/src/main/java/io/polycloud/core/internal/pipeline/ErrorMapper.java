package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.retry.RetryableErrors;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What an error response becomes: the one place that turns status, body and the service's
 * catalogue into a {@link ServiceException}.
 *
 * <ul>
 *   <li><b>code</b>: the one the protocol's {@link ErrorResponseParser} read from the body, else
 *       {@code HTTP_<status>} (an HTML page from a proxy, an empty or cut-off body);</li>
 *   <li><b>category</b>: the service's {@link ErrorCatalog} entry for that code and status, else
 *       the protocol's cloud-wide category for the code (throttling, authentication, ...), else
 *       the status: 400 invalid parameter, 401 authentication, 403 authorization, 404 not found,
 *       408 and 504 timeout, 409 conflict, 429 throttling, other 5xx server error, the rest
 *       unknown. So a 403 is AUTHORIZATION unless the catalogue or the cloud says otherwise;</li>
 *   <li><b>retryable</b>: from status and category alone, see {@link RetryableErrors};</li>
 *   <li>the <b>request id</b> from the body or the headers, and the first
 *       {@value ServiceException#MAX_RAW_BODY_CHARS} characters of the body, are always kept.</li>
 * </ul>
 *
 * <p>A 2xx answer the operation cannot read becomes {@link #invalidResponse}: category UNKNOWN,
 * never retried. Immutable and thread-safe.
 */
public final class ErrorMapper {

    private final String provider;
    private final String service;
    private final ErrorResponseParser parser;
    private final ErrorCatalog catalog;

    private ErrorMapper(String provider, String service, ErrorResponseParser parser, ErrorCatalog catalog) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.service = Objects.requireNonNull(service, "service");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * A mapper for one service.
     *
     * @param provider {@code aliyun} or {@code huawei}
     * @param service  the service, for example {@code vpc}
     * @param parser   reads the protocol's error bodies and request-id headers
     * @param catalog  the service's documented codes
     * @return the mapper
     */
    public static ErrorMapper of(String provider, String service, ErrorResponseParser parser, ErrorCatalog catalog) {
        return new ErrorMapper(provider, service, parser, catalog);
    }

    /**
     * An error response, mapped.
     *
     * @param exception the exception the caller receives unless a recovery or retry succeeds
     * @param clockSkew whether the service rejected the request's timestamp
     */
    public record Mapped(ServiceException exception, boolean clockSkew) {
    }

    /**
     * The request id of any response, success included, from its headers.
     *
     * @param response the response
     * @return the request id, empty if the headers carry none
     */
    public Optional<String> requestId(SdkHttpResponse response) {
        return parser.requestIdFromHeaders(response);
    }

    /**
     * Maps a non-2xx response.
     *
     * @param response  the response
     * @param operation the operation, for the exception
     * @param attempts  attempts made, this one included
     * @return the exception, and whether the timestamp was rejected
     */
    public Mapped map(SdkHttpResponse response, String operation, int attempts) {
        ParsedError parsed = parse(response);
        int status = response.statusCode();
        String code = parsed.code().orElse("HTTP_" + status);
        ErrorCategory category = catalog.find(code, status).map(ErrorCode::category)
                .or(parsed::category)
                .orElseGet(() -> categoryOf(status));
        ServiceException exception = builder(response, operation, attempts)
                .errorCode(code)
                .errorMessage(parsed.message().orElse("HTTP " + status + " with no error message"))
                .requestId(parsed.requestId().or(() -> requestId(response)).orElse(null))
                .category(category)
                .retryable(RetryableErrors.isRetryable(status, category))
                .build();
        return new Mapped(exception, parsed.clockSkew());
    }

    /**
     * A 2xx response the operation could not read: cut off by the transport's limit, or not what
     * the operation returns.
     *
     * @param response  the response
     * @param operation the operation
     * @param attempts  attempts made
     * @param code      {@code InvalidResponse} or {@code ResponseTooLarge}
     * @param message   what was wrong
     * @param cause     the handler's failure, may be null
     * @return the exception: category UNKNOWN, not retryable
     */
    public ServiceException invalidResponse(SdkHttpResponse response, String operation, int attempts, String code,
                                            String message, Throwable cause) {
        return builder(response, operation, attempts)
                .errorCode(code)
                .errorMessage(message)
                .requestId(requestId(response).orElse(null))
                .category(ErrorCategory.UNKNOWN)
                .retryable(false)
                .cause(cause)
                .build();
    }

    static ErrorCategory categoryOf(int httpStatus) {
        switch (httpStatus) {
            case 400: return ErrorCategory.INVALID_PARAMETER;
            case 401: return ErrorCategory.AUTHENTICATION;
            case 403: return ErrorCategory.AUTHORIZATION;
            case 404: return ErrorCategory.NOT_FOUND;
            case 408: return ErrorCategory.TIMEOUT;
            case 409: return ErrorCategory.CONFLICT;
            case 429: return ErrorCategory.THROTTLING;
            case 504: return ErrorCategory.TIMEOUT;
            default: return httpStatus >= 500 && httpStatus < 600 ? ErrorCategory.SERVER_ERROR : ErrorCategory.UNKNOWN;
        }
    }

    private ParsedError parse(SdkHttpResponse response) {
        try {
            return parser.parse(response);
        } catch (RuntimeException e) {
            // Parsers must not throw; if one does, the status and request id still reach the caller.
            return new ParsedError(Optional.empty(), Optional.of("unreadable error body"), requestId(response),
                    Optional.empty(), false);
        }
    }

    private ServiceException.Builder builder(SdkHttpResponse response, String operation, int attempts) {
        return ServiceException.builder()
                .provider(provider).service(service).operation(operation)
                .httpStatus(response.statusCode())
                .rawBody(new String(response.body(), StandardCharsets.UTF_8))
                .attempts(attempts);
    }
}
