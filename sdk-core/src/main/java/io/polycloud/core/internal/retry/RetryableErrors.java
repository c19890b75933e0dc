package io.polycloud.core.internal.retry;

import io.polycloud.core.exception.ErrorCategory;

/**
 * Which error responses are transient, which are throttling, and which prove the request was not
 * processed, from the HTTP status and the category alone. Cloud-specific codes never appear here:
 * each protocol's error parser gives its throttling codes the {@link ErrorCategory#THROTTLING}
 * category, and this class reads the category.
 */
public final class RetryableErrors {

    private RetryableErrors() {
    }

    /**
     * Whether an error response is worth retrying: 429, 500, 502, 503, 504, or throttling.
     *
     * @param httpStatus the status
     * @param category   the category assigned to it
     * @return true if a retry may succeed
     */
    public static boolean isRetryable(int httpStatus, ErrorCategory category) {
        switch (httpStatus) {
            case 429: case 500: case 502: case 503: case 504:
                return true;
            default:
                return category == ErrorCategory.THROTTLING;
        }
    }

    /**
     * Whether an error response means rate limiting: HTTP 429 or the throttling category.
     *
     * @param httpStatus the status
     * @param category   the category assigned to it
     * @return true for throttling
     */
    public static boolean isThrottling(int httpStatus, ErrorCategory category) {
        return httpStatus == 429 || category == ErrorCategory.THROTTLING;
    }

    /**
     * Whether the response proves the service did not act on the request, so even a
     * non-idempotent request may be sent again: rate limiting and 503. A 500, 502 or 504 may come
     * after the work was done.
     *
     * @param httpStatus the status
     * @param category   the assigned category
     * @return true if the request certainly was not processed
     */
    public static boolean provesNotProcessed(int httpStatus, ErrorCategory category) {
        return httpStatus == 503 || isThrottling(httpStatus, category);
    }
}
