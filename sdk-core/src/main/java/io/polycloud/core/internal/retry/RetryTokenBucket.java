package io.polycloud.core.internal.retry;

import io.polycloud.core.retry.RetryBudget;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live state of a {@link RetryBudget} for one client. Lock-free: callers on many threads
 * take and return tokens with compare-and-set.
 */
public final class RetryTokenBucket {

    private final RetryBudget budget;
    private final AtomicInteger tokens;

    /**
     * A full bucket.
     *
     * @param budget the sizes
     */
    public RetryTokenBucket(RetryBudget budget) {
        this.budget = budget;
        this.tokens = new AtomicInteger(budget.capacity());
    }

    /**
     * Takes the tokens for one retry.
     *
     * @param afterTimeout whether the failed attempt timed out
     * @return the tokens taken, or -1 when the bucket holds too few and the retry must not happen
     */
    public int tryAcquire(boolean afterTimeout) {
        int cost = afterTimeout ? budget.timeoutRetryCost() : budget.retryCost();
        if (cost == 0) {
            return 0;
        }
        while (true) {
            int current = tokens.get();
            if (current < cost) {
                return -1;
            }
            if (tokens.compareAndSet(current, current - cost)) {
                return cost;
            }
        }
    }

    /**
     * Returns tokens after a call succeeded: what its retries took, or one token for a
     * first-attempt success.
     *
     * @param taken tokens the call's retries took
     */
    public void onSuccess(int taken) {
        int refund = taken > 0 ? taken : 1;
        tokens.getAndUpdate(t -> (int) Math.min((long) t + refund, budget.capacity()));
    }

    /**
     * Tokens left.
     *
     * @return the count
     */
    public int available() {
        return tokens.get();
    }
}
