package io.polycloud.core.internal.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of asking {@link RetryStrategy} about a failed attempt.
 *
 * @param retry  whether to send the request again
 * @param delay  how long to wait first; zero when not retrying
 * @param reason why, for the log
 */
public record RetryDecision(boolean retry, Duration delay, String reason) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public RetryDecision {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(reason, "reason");
    }

    static RetryDecision stop(String reason) {
        return new RetryDecision(false, Duration.ZERO, reason);
    }

    static RetryDecision retryAfter(Duration delay, String reason) {
        return new RetryDecision(true, delay, reason);
    }
}
