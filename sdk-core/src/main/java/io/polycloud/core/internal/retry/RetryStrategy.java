package io.polycloud.core.internal.retry;

import io.polycloud.core.retry.RetryPolicy;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.TransportException;
import java.time.Duration;
import java.util.Optional;

/**
 * Applies a {@link RetryPolicy} for one client: decides after each failed attempt whether and
 * when to retry, and keeps the client's {@link RetryTokenBucket}. Thread-safe; per-call state
 * lives in {@link CallState}.
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
     * @return the state
     */
    public CallState newCall() {
        return new CallState();
    }

    /**
     * Decides after an error response.
     *
     * @param error      the mapped error
     * @param retryAfter the server's {@code Retry-After}, if any
     * @param attempt    the attempt that failed, 1-based
     * @param safeToRepeat whether the request is idempotent or carries an idempotency token
     * @param state      the call's state
     * @return the decision
     */
    public RetryDecision afterServiceError(ServiceException error, Optional<Duration> retryAfter, int attempt,
                                           boolean safeToRepeat, CallState state) {
        if (!error.retryable()) {
            return RetryDecision.stop("not retryable");
        }
        if (!safeToRepeat && !RetryableErrors.provesNotProcessed(error.httpStatus(), error.category())) {
            return RetryDecision.stop("not idempotent and the service may have acted on it");
        }
        boolean throttled = error.httpStatus() == 429 || error.category() == ErrorCategory.THROTTLING;
        if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
            return RetryDecision.stop("Retry-After " + retryAfter.get().toSeconds() + "s exceeds maxRetryAfter");
        }
        return decide(attempt, throttled, false, retryAfter, state);
    }

    /**
     * Decides after an I/O failure or timeout.
     *
     * @param failure      the failure
     * @param attempt      the attempt that failed, 1-based
     * @param safeToRepeat whether the request is idempotent or carries an idempotency token
     * @param state        the call's state
     * @return the decision
     */
    public RetryDecision afterTransportFailure(TransportException failure, int attempt, boolean safeToRepeat,
                                               CallState state) {
        if (failure.requestSent() && !safeToRepeat) {
            return RetryDecision.stop("not idempotent and the request may have been received");
        }
        boolean timeout = failure.kind() == TransportException.Kind.READ_TIMEOUT
                || failure.kind() == TransportException.Kind.ATTEMPT_TIMEOUT
                || failure.kind() == TransportException.Kind.CONNECT_TIMEOUT;
        return decide(attempt, false, timeout, Optional.empty(), state);
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
                                 CallState state) {
        if (attempt >= policy.maxAttempts()) {
            return RetryDecision.stop("max attempts (" + policy.maxAttempts() + ") reached");
        }
        int taken = bucket.tryAcquire(timeout);
        if (taken < 0) {
            return RetryDecision.stop("retry budget exhausted");
        }
        state.tokensTaken += taken;
        Duration delay = retryAfter.orElseGet(() -> policy.backoff(attempt, throttled));
        return RetryDecision.retryAfter(delay, retryAfter.isPresent() ? "Retry-After" : "backoff");
    }

    /** What one call has taken from the budget. Confined to the call. */
    public static final class CallState {
        private int tokensTaken;

        private CallState() {
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
