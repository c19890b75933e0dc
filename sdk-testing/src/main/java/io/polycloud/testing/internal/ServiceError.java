package io.polycloud.testing.internal;

import io.polycloud.core.exception.ErrorCode;

/**
 * Internal: a refusal an emulated service answers with, thrown from deep inside an operation
 * and rendered in the cloud's error shape by its handler. Not part of the public API.
 */
public final class ServiceError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /**
     * @param status  the HTTP status
     * @param code    the error code
     * @param message the message the body carries
     */
    public ServiceError(int status, String code, String message) {
        // No stack trace: this is an answer, not a bug.
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /**
     * A 400 refusal.
     *
     * @param code    the error code
     * @param message the message
     * @return the error
     */
    public static ServiceError badRequest(String code, String message) {
        return new ServiceError(400, code, message);
    }

    /**
     * A refusal with a documented code, its status and its description as the message.
     *
     * @param code the code, from a service's {@code *ErrorCodes}
     * @return the error
     */
    public static ServiceError of(ErrorCode code) {
        return new ServiceError(code.httpStatus(), code.code(), code.description());
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the error code */
    public String code() {
        return code;
    }

    /**
     * Renders this error in a cloud's shape.
     *
     * @param dialect  the cloud
     * @param exchange the request
     * @return the answer
     */
    public Answer render(CloudDialect dialect, Exchange exchange) {
        return dialect.error(exchange, status, code, getMessage());
    }
}
