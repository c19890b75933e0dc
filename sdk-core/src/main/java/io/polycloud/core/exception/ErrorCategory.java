package io.polycloud.core.exception;

/**
 * What kind of failure a {@link ServiceException} is, independent of which cloud answered.
 *
 * <p>Every service module maps its documented error codes onto these categories, so a caller can
 * branch on {@code e.category() == ErrorCategory.INVALID_STATE} without knowing whether Alibaba
 * Cloud or Huawei Cloud produced the error.
 */
public enum ErrorCategory {
    /** A request parameter is missing, malformed or out of range. */
    INVALID_PARAMETER,
    /** The resource exists but is in a state that does not allow the operation. */
    INVALID_STATE,
    /** The resource does not exist. */
    NOT_FOUND,
    /** Another operation or resource conflicts with this one. */
    CONFLICT,
    /** The caller could not be authenticated: bad key, bad signature, expired token or timestamp. */
    AUTHENTICATION,
    /** The caller is authenticated but not allowed to perform the operation. */
    AUTHORIZATION,
    /** The request was rejected by rate limiting; retrying later may succeed. */
    THROTTLING,
    /** The service did not finish the request in time. */
    TIMEOUT,
    /** The service failed internally or is unavailable. */
    SERVER_ERROR,
    /** The error could not be classified. */
    UNKNOWN;

    /**
     * The category conventionally implied by an HTTP status when the body names no known code.
     *
     * @param httpStatus the response status
     * @return the category for that status, {@link #UNKNOWN} when none applies
     */
    public static ErrorCategory fromHttpStatus(int httpStatus) {
        switch (httpStatus) {
            case 400: return INVALID_PARAMETER;
            case 401: return AUTHENTICATION;
            case 403: return AUTHORIZATION;
            case 404: return NOT_FOUND;
            case 408: return TIMEOUT;
            case 409: return CONFLICT;
            case 429: return THROTTLING;
            case 504: return TIMEOUT;
            default: return httpStatus >= 500 && httpStatus < 600 ? SERVER_ERROR : UNKNOWN;
        }
    }
}
