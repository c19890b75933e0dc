package io.polycloud.core.retry;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;

/**
 * Limits retries across all calls of one client, so a failing region sees a trickle of retries
 * instead of a storm. A token bucket: each client starts with {@code capacity} tokens; a retry
 * takes {@code retryCost} (or {@code timeoutRetryCost} after a timeout); a call that succeeds
 * returns what its retries took, and a first-attempt success adds one token back, up to the
 * capacity. With the bucket empty, failures are returned to the caller without retrying.
 *
 * @param capacity         tokens when the client starts, and the most it holds
 * @param retryCost        tokens a retry after an error response or I/O failure takes
 * @param timeoutRetryCost tokens a retry after a timeout takes
 */
public record RetryBudget(int capacity, int retryCost, int timeoutRetryCost) {

    private static final RetryBudget DEFAULTS = new RetryBudget(500, 5, 10);
    private static final RetryBudget UNLIMITED = new RetryBudget(Integer.MAX_VALUE, 0, 0);

    /**
     * Validates the components.
     *
     * @throws SdkClientException if a value is negative; the message names it and the range
     */
    public RetryBudget {
        Validate.range(capacity, "capacity", 0, Integer.MAX_VALUE);
        Validate.range(retryCost, "retryCost", 0, Integer.MAX_VALUE);
        Validate.range(timeoutRetryCost, "timeoutRetryCost", 0, Integer.MAX_VALUE);
    }

    /**
     * 500 tokens, 5 per retry, 10 per retry after a timeout (the AWS SDK's figures).
     *
     * @return the default budget
     */
    public static RetryBudget defaults() {
        return DEFAULTS;
    }

    /**
     * No client-wide limit; only {@link RetryPolicy#maxAttempts()} bounds retries.
     *
     * @return the unlimited budget
     */
    public static RetryBudget unlimited() {
        return UNLIMITED;
    }
}
