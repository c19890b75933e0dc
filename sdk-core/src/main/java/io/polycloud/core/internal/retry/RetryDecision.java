package io.polycloud.core.internal.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link RetryStrategy} decided after a failed attempt: {@link Retry} after a delay, or
 * {@link Stop}. Both say why with an enum, so the pipeline and its tests branch on the reason,
 * never on text.
 */
public sealed interface RetryDecision {

    /**
     * Send the request again after {@code delay}.
     *
     * @param delay  how long to wait first, not negative
     * @param reason where the delay came from
     */
    record Retry(Duration delay, RetryReason reason) implements RetryDecision {

        /**
         * Validates the components.
         *
         * @throws NullPointerException     if a component is null
         * @throws IllegalArgumentException if the delay is negative
         */
        public Retry {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(reason, "reason");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
        }
    }

    /**
     * Do not retry: the failure goes to the caller.
     *
     * @param reason why not
     */
    record Stop(StopReason reason) implements RetryDecision {

        /**
         * Validates the component.
         *
         * @throws NullPointerException if the reason is null
         */
        public Stop {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Where a retry's delay came from. */
    enum RetryReason {
        /** The policy's full-jitter exponential backoff. */
        BACKOFF,
        /** The server's {@code Retry-After} header. */
        RETRY_AFTER
    }

    /** Why a failure is not retried. */
    enum StopReason {
        /** The error is not transient: a retry would fail the same way. */
        NOT_RETRYABLE("the error is not transient"),
        /** The request is not idempotent and the service may have acted on it. */
        MAY_HAVE_BEEN_PROCESSED("the request is not idempotent and the service may have acted on it"),
        /** The exchange was interrupted; the caller wants the thread back. */
        INTERRUPTED("the thread was interrupted"),
        /** The policy's attempts are used up. */
        MAX_ATTEMPTS("the policy's maximum attempts are reached"),
        /** The client-wide retry budget has too few tokens. */
        BUDGET_EXHAUSTED("the client's retry budget is exhausted"),
        /** The server asked for a longer wait than the policy's {@code maxRetryAfter}. */
        RETRY_AFTER_TOO_LONG("the server's Retry-After exceeds maxRetryAfter"),
        /** The wait would end after the call's total timeout. */
        PAST_DEADLINE("the wait would pass the total timeout");

        private final String description;

        StopReason(String description) {
            this.description = description;
        }

        /**
         * The reason in words, for logs.
         *
         * @return a short sentence fragment
         */
        public String description() {
            return description;
        }
    }
}
