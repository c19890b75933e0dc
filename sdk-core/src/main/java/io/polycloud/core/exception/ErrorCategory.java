package io.polycloud.core.exception;

/**
 * What kind of failure a {@link ServiceException} is, independent of which cloud answered.
 *
 * <p>Every service module maps its documented error codes onto these categories, so a caller can
 * branch on {@code e.category() == ErrorCategory.INVALID_STATE} without knowing whether Alibaba
 * Cloud or Huawei Cloud produced the error. A code no catalogue or cloud-wide rule knows gets the
 * category its HTTP status conventionally implies (403 is {@link #AUTHORIZATION}, 429
 * {@link #THROTTLING}, 5xx {@link #SERVER_ERROR}, ...).
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
    UNKNOWN
}
