package io.polycloud.core.internal.protocol.aliyun;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.pipeline.ErrorResponseParser;
import io.polycloud.core.internal.pipeline.ParsedError;
import io.polycloud.core.internal.protocol.ErrorBody;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Alibaba Cloud error responses: {@code {"RequestId","Code","Message","HostId","Recommend"}},
 * the lower-case {@code code}/{@code message}/{@code requestId} variant, and XML {@code <Error>}
 * bodies; falls back to {@code x-acs-request-id} for the request id. Knows the cloud-wide codes:
 * the {@code Throttling} family, authentication and authorization failures, and
 * {@code InvalidTimeStamp.Expired}, which triggers a clock-skew correction.
 */
public final class AliyunErrorParser implements ErrorResponseParser {

    private static final AliyunErrorParser INSTANCE = new AliyunErrorParser();

    private static final Set<String> AUTHENTICATION = Set.of(
            "InvalidAccessKeyId.NotFound", "InvalidAccessKeyId.Inactive", "InvalidAccessKeyId",
            "SignatureDoesNotMatch", "IncompleteSignature", "InvalidTimeStamp.Expired", "InvalidTimeStamp.Format",
            "SignatureNonceUsed", "InvalidSecurityToken.Expired", "InvalidSecurityToken.MismatchWithAccessKey",
            "InvalidSecurityToken.Malformed", "IllegalTimestamp", "MissingSecurityToken");
    private static final Set<String> AUTHORIZATION = Set.of(
            "Forbidden.RAM", "Forbidden.NoPermission", "Forbidden.RiskControl", "NoPermission", "ActionUnauthorized",
            "Forbidden.AccessDenied", "Forbidden");
    private static final Set<String> SERVER = Set.of("ServiceUnavailable", "InternalError", "UnknownError");

    private AliyunErrorParser() {
    }

    /**
     * The parser.
     *
     * @return the shared instance
     */
    public static AliyunErrorParser create() {
        return INSTANCE;
    }

    @Override
    public ParsedError parse(SdkHttpResponse response) {
        ErrorBody body = ErrorBody.of(response.body(), response.bodyTruncated());
        Optional<String> code = body.text("Code").or(() -> body.text("code"));
        Optional<String> message = body.text("Message").or(() -> body.text("message"))
                .or(() -> Optional.of(body.describe(response.statusCode(), response.header("Content-Type").orElse(null))));
        Optional<String> requestId = body.text("RequestId").or(() -> body.text("requestId"))
                .or(() -> requestIdFromHeaders(response));
        return new ParsedError(code, message, requestId, code.flatMap(AliyunErrorParser::category),
                code.filter("InvalidTimeStamp.Expired"::equals).isPresent());
    }

    @Override
    public Optional<String> requestIdFromHeaders(SdkHttpResponse response) {
        return AliyunRequestIds.fromHeaders(response);
    }

    private static Optional<ErrorCategory> category(String code) {
        if (code.startsWith("Throttling")) {
            return Optional.of(ErrorCategory.THROTTLING);
        }
        if (AUTHENTICATION.contains(code)) {
            return Optional.of(ErrorCategory.AUTHENTICATION);
        }
        if (AUTHORIZATION.contains(code)) {
            return Optional.of(ErrorCategory.AUTHORIZATION);
        }
        if (SERVER.contains(code)) {
            return Optional.of(ErrorCategory.SERVER_ERROR);
        }
        if (code.startsWith("MissingParameter") || code.startsWith("InvalidParameter") || code.startsWith("IllegalParam")) {
            return Optional.of(ErrorCategory.INVALID_PARAMETER);
        }
        return Optional.empty();
    }
}
