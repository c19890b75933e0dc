package io.polycloud.core.internal.retry;

import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.internal.retry.RetryDecision.RetryReason;
import io.polycloud.core.internal.retry.RetryDecision.StopReason;
import io.polycloud.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * When to retry: applies a {@link RetryPolicy} for one client, after each failed attempt, and
 * keeps the client's {@link RetryTokenBucket}. The rules, in order:
 *
 * <ol>
 *   <li>an interrupted exchange is never retried;</li>
 *   <li>an error response is retried only when {@link RetryableErrors#isRetryable transient};</li>
 *   <li>a request that is not safe to repeat (neither idempotent nor carrying an idempotency
 *       token) is retried only when it certainly was not processed (not sent, throttled, or 503);</li>
 *   <li>a {@code Retry-After} beyond {@link RetryPolicy#maxRetryAfter()} ends the call;</li>
 *   <li>at most {@link RetryPolicy#maxAttempts()} attempts;</li>
 *   <li>no wait that ends after the call's deadline;</li>
 *   <li>each retry takes tokens from the client-wide budget, and stops when it is empty.</li>
 * </ol>
 *
 * <p>Thread-safe; per-call state lives in {@link CallState}.
 */
public final class RetryStrategy {

    private final RetryPolicy policy;
    private final RetryTokenBucket bucket;

    /**
     * A strategy with a full bucket.
     *
     * @param policy the policy
     */
    public RetryStrategy(RetryPolicy policy) {
        this.policy = policy;
        this.bucket = new RetryTokenBucket(policy.budget());
    }

    /**
     * The policy applied.
     *
     * @return the policy
     */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * The client's bucket, for metrics and tests.
     *
     * @return the bucket
     */
    public RetryTokenBucket bucket() {
        return bucket;
    }

    /**
     * Fresh per-call state.
     *
     * @param safeToRepeat whether the request is idempotent or carries an idempotency token
     * @return the state
     */
    public CallState newCall(boolean safeToRepeat) {
        return new CallState(safeToRepeat);
    }

    /**
     * Decides after an error response.
     *
     * @param error      the mapped error
     * @param retryAfter the server's {@code Retry-After}, if any
     * @param attempt    the attempt that failed, 1-based
     * @param remaining  time left before the call's deadline
     * @param state      the call's state
     * @return the decision
     */
    public RetryDecision afterServiceError(ServiceException error, Optional<Duration> retryAfter, int attempt,
                                           Duration remaining, CallState state) {
        if (!error.retryable()) {
            return new RetryDecision.Stop(StopReason.NOT_RETRYABLE);
        }
        if (!state.safeToRepeat && !RetryableErrors.provesNotProcessed(error.httpStatus(), error.category())) {
            return new RetryDecision.Stop(StopReason.MAY_HAVE_BEEN_PROCESSED);
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
            return new RetryDecision.Stop(StopReason.RETRY_AFTER_TOO_LONG);
        }
        boolean throttled = RetryableErrors.isThrottling(error.httpStatus(), error.category());
        return decide(attempt, throttled, false, retryAfter, remaining, state);
    }

    /**
     * Decides after an I/O failure or timeout.
     *
     * @param failure   the failure
     * @param attempt   the attempt that failed, 1-based
     * @param remaining time left before the call's deadline
     * @param state     the call's state
     * @return the decision
     */
    public RetryDecision afterTransportFailure(TransportException failure, int attempt, Duration remaining,
                                               CallState state) {
        if (failure.kind() == TransportException.Kind.INTERRUPTED) {
            return new RetryDecision.Stop(StopReason.INTERRUPTED);
        }
        if (failure.requestSent() && !state.safeToRepeat) {
            return new RetryDecision.Stop(StopReason.MAY_HAVE_BEEN_PROCESSED);
        }
        boolean timeout = failure.kind() == TransportException.Kind.READ_TIMEOUT
                || failure.kind() == TransportException.Kind.ATTEMPT_TIMEOUT
                || failure.kind() == TransportException.Kind.CONNECT_TIMEOUT;
        return decide(attempt, false, timeout, Optional.empty(), remaining, state);
    }

    /**
     * Records a successful call, returning budget tokens.
     *
     * @param state the call's state
     */
    public void onSuccess(CallState state) {
        bucket.onSuccess(state.tokensTaken);
    }

    private RetryDecision decide(int attempt, boolean throttled, boolean timeout, Optional<Duration> retryAfter,
                                 Duration remaining, CallState state) {
        if (attempt >= policy.maxAttempts()) {
            return new RetryDecision.Stop(StopReason.MAX_ATTEMPTS);
        }
        Duration delay = retryAfter.orElseGet(() -> policy.backoff(attempt, throttled));
        if (delay.compareTo(remaining) >= 0) {
            return new RetryDecision.Stop(StopReason.PAST_DEADLINE);
        }
        int taken = bucket.tryAcquire(timeout);
        if (taken < 0) {
            return new RetryDecision.Stop(StopReason.BUDGET_EXHAUSTED);
        }
        state.tokensTaken += taken;
        return new RetryDecision.Retry(delay, retryAfter.isPresent() ? RetryReason.RETRY_AFTER : RetryReason.BACKOFF);
    }

    /** What one call has taken from the budget, and whether it may be repeated. Confined to the call. */
    public static final class CallState {
        private final boolean safeToRepeat;
        private int tokensTaken;

        private CallState(boolean safeToRepeat) {
            this.safeToRepeat = safeToRepeat;
        }

        /**
         * Tokens this call's retries took.
         *
         * @return the count
         */
        public int tokensTaken() {
            return tokensTaken;
        }
    }
}
