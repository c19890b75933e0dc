package io.polycloud.core.exception;

import java.util.Objects;
import java.util.Optional;

/**
 * The cloud answered with an error, or with a response the SDK could not understand.
 *
 * <p>Always carries the HTTP status and, when the service sent one, the request id, even when
 * the body was HTML, empty, truncated or not JSON at all. Branch on {@link #category()} for
 * cloud-independent handling, or on {@link #errorCode()} against a service's published codes:
 *
 * <pre>{@code
 * try {
 *     vpc.startFailoverTestJob(request);
 * } catch (ServiceException e) {
 *     if (e.category() == ErrorCategory.INVALID_STATE) {
 *         // the job is not in Init
 *     }
 *     log.warn("failed, request id {}", e.requestId().orElse("-"));
 * }
 * }</pre>
 */
public final class ServiceException extends SdkException {

    private static final long serialVersionUID = 1L;

    /** Longest raw body kept on the exception, in characters. */
    public static final int MAX_RAW_BODY_CHARS = 4096;

    private final String provider;
    private final String service;
    private final String operation;
    private final int httpStatus;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final ErrorCategory category;
    private final boolean retryable;
    private final String rawBody;

    private ServiceException(Builder b) {
        super(message(b), b.cause, b.attempts);
        this.provider = b.provider;
        this.service = b.service;
        this.operation = b.operation;
        this.httpStatus = b.httpStatus;
        this.errorCode = b.errorCode;
        this.errorMessage = b.errorMessage;
        this.requestId = b.requestId;
        this.category = b.category;
        this.retryable = b.retryable;
        this.rawBody = b.rawBody;
    }

    private static String message(Builder b) {
        Objects.requireNonNull(b.provider, "provider");
        Objects.requireNonNull(b.service, "service");
        Objects.requireNonNull(b.operation, "operation");
        Objects.requireNonNull(b.errorCode, "errorCode");
        Objects.requireNonNull(b.errorMessage, "errorMessage");
        Objects.requireNonNull(b.category, "category");
        if (b.httpStatus < 100 || b.httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be 100..599, was " + b.httpStatus);
        }
        return b.provider + " " + b.service + " " + b.operation + " failed: HTTP " + b.httpStatus + " "
                + b.errorCode + ": " + b.errorMessage
                + " (category " + b.category
                + ", request id " + (b.requestId == null ? "none" : b.requestId)
                + ", attempts " + b.attempts + ")";
    }

    /**
     * A builder; the SDK's pipeline creates these exceptions, tests and custom transports may too.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The cloud: {@code aliyun} or {@code huawei}.
     *
     * @return the provider name
     */
    public String provider() {
        return provider;
    }

    /**
     * The service, for example {@code vpc} or {@code drs}.
     *
     * @return the service name
     */
    public String service() {
        return service;
    }

    /**
     * The operation, as the API names it, for example {@code StartFailoverTestJob}.
     *
     * @return the operation name
     */
    public String operation() {
        return operation;
    }

    /**
     * The HTTP status of the final attempt.
     *
     * @return the status code
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The service's error code; {@code HTTP_<status>} (for example {@code HTTP_502}) when the
     * body carried none, and {@code InvalidResponse} or {@code ResponseTooLarge} when a 2xx
     * response could not be read.
     *
     * @return the error code, never null
     */
    public String errorCode() {
        return errorCode;
    }

    /**
     * The service's error message, or a description of why the body could not be read.
     *
     * @return the message, never null
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * The request id the service assigned, from the body or the response headers.
     *
     * @return the request id, empty when the service sent none
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * How callers should treat this error.
     *
     * @return the category
     */
    public ErrorCategory category() {
        return category;
    }

    /**
     * Whether this kind of error is worth retrying (it may already have been retried: see
     * {@link #attempts()}).
     *
     * @return true for throttling and transient server errors
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * The start of the response body as received, at most {@link #MAX_RAW_BODY_CHARS} characters.
     *
     * @return the raw body, empty string when there was none
     */
    public String rawBody() {
        return rawBody;
    }

    /**
     * Builds {@link ServiceException}s. Every field but {@code requestId} and {@code cause} is required.
     */
    public static final class Builder {
        private String provider;
        private String service;
        private String operation;
        private int httpStatus;
        private String errorCode;
        private String errorMessage;
        private String requestId;
        private ErrorCategory category;
        private boolean retryable;
        private String rawBody = "";
        private int attempts = 1;
        private Throwable cause;

        private Builder() {
        }

        /**
         * @param provider the cloud, {@code aliyun} or {@code huawei}
         * @return this builder
         */
        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        /**
         * @param service the service name
         * @return this builder
         */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        /**
         * @param operation the operation name
         * @return this builder
         */
        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        /**
         * @param httpStatus the response status
         * @return this builder
         */
        public Builder httpStatus(int httpStatus) {
            this.httpStatus = httpStatus;
            return this;
        }

        /**
         * @param errorCode the service's code
         * @return this builder
         */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * @param errorMessage the service's message
         * @return this builder
         */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        /**
         * @param requestId the request id, may be null
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * @param category how callers should treat the error
         * @return this builder
         */
        public Builder category(ErrorCategory category) {
            this.category = category;
            return this;
        }

        /**
         * @param retryable whether the error is transient
         * @return this builder
         */
        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        /**
         * @param rawBody the body as received; cut to {@link #MAX_RAW_BODY_CHARS}
         * @return this builder
         */
        public Builder rawBody(String rawBody) {
            String body = rawBody == null ? "" : rawBody;
            this.rawBody = body.length() > MAX_RAW_BODY_CHARS ? body.substring(0, MAX_RAW_BODY_CHARS) : body;
            return this;
        }

        /**
         * @param attempts attempts made, at least 1
         * @return this builder
         */
        public Builder attempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be >= 1");
            }
            this.attempts = attempts;
            return this;
        }

        /**
         * @param cause why the body could not be parsed, may be null
         * @return this builder
         */
        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        /**
         * Copies every field from an existing exception, to derive one with a different attempt count.
         *
         * @param e the exception to copy
         * @return this builder
         */
        public Builder from(ServiceException e) {
            this.provider = e.provider;
            this.service = e.service;
            this.operation = e.operation;
            this.httpStatus = e.httpStatus;
            this.errorCode = e.errorCode;
            this.errorMessage = e.errorMessage;
            this.requestId = e.requestId;
            this.category = e.category;
            this.retryable = e.retryable;
            this.rawBody = e.rawBody;
            this.attempts = e.attempts();
            this.cause = e.getCause();
            return this;
        }

        /**
         * Builds the exception.
         *
         * @return the exception
         * @throws NullPointerException     if a required field is missing
         * @throws IllegalArgumentException if the status is not an HTTP status
         */
        public ServiceException build() {
            return new ServiceException(this);
        }
    }
}
