package io.polycloud.reliability.faults;

import io.polycloud.core.exception.ErrorCategory;
import java.time.Duration;
import java.util.List;

/**
 * The exact end of a scripted call: what every attempt saw, every backoff the client waited (on
 * fake time), and either the request id of the successful answer or the {@code ServiceException}
 * the call throws.
 *
 * @param attempts   what each attempt ended with, as {@link io.polycloud.reliability.support.AttemptLog} writes it
 * @param sleeps     the backoffs, in order
 * @param requestId  the request id of the answer or of the exception; null when there is none
 * @param httpStatus the exception's status; 0 for success
 * @param errorCode  the exception's code; null for success
 * @param category   the exception's category; null for success
 */
record Expected(List<String> attempts, List<Duration> sleeps, String requestId, int httpStatus, String errorCode,
                ErrorCategory category) {

    static Expected success(List<String> attempts, List<Duration> sleeps, String requestId) {
        return new Expected(attempts, sleeps, requestId, 0, null, null);
    }

    static Expected serviceError(List<String> attempts, List<Duration> sleeps, int httpStatus, String errorCode,
                                 String requestId, ErrorCategory category) {
        return new Expected(attempts, sleeps, requestId, httpStatus, errorCode, category);
    }

    boolean succeeds() {
        return errorCode == null;
    }
}
