package io.polycloud.core.internal.retry;

import io.polycloud.core.exception.ErrorCategory;

/**
 * Which error responses are transient, and which of those prove the request was not processed.
 * The one place that answers "is this worth retrying" for a response.
 */
public final class RetryableErrors {

    private RetryableErrors() {
    }

    /**
     * Whether an error response is worth retrying: 429, 500, 502, 503, 504, or a throttling
     * category or code.
     *
     * @param httpStatus the status
     * @param errorCode  the service's code, may be null
     * @param category   the category assigned to it
     * @return true if a retry may succeed
     */
    public static boolean isRetryable(int httpStatus, String errorCode, ErrorCategory category) {
        switch (httpStatus) {
            case 429: case 500: case 502: case 503: case 504:
                return true;
            default:
                return category == ErrorCategory.THROTTLING || isThrottlingCode(errorCode)
                        || "ServiceUnavailable".equals(errorCode);
        }
    }

    /**
     * Whether a code means rate limiting: Alibaba's {@code Throttling} family, Huawei API
     * Gateway's {@code APIG.0308}, and the generic {@code TooManyRequests}.
     *
     * @param errorCode the code, may be null
     * @return true for throttling codes
     */
    public static boolean isThrottlingCode(String errorCode) {
        if (errorCode == null) {
            return false;
        }
        return errorCode.startsWith("Throttling") || errorCode.equals("APIG.0308")
                || errorCode.equals("TooManyRequests") || errorCode.equals("Flow.Control");
    }

    /**
     * Whether the response proves the service did not act on the request, so even a
     * non-idempotent request may be sent again: rate limiting (429 or a throttling code) and 503.
     * A 500, 502 or 504 may come after the work was done.
     *
     * @param httpStatus the status
     * @param category   the assigned category
     * @return true if the request certainly was not processed
     */
    public static boolean provesNotProcessed(int httpStatus, ErrorCategory category) {
        return httpStatus == 429 || httpStatus == 503 || category == ErrorCategory.THROTTLING;
    }
}
