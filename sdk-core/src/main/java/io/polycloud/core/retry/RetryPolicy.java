package io.polycloud.core.retry;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before retrying. Immutable; share one instance across clients
 * freely (each client keeps its own {@link RetryBudget} state).
 *
 * <p>What is retried: an I/O failure or timeout of an attempt; HTTP 429, 500, 502, 503 and 504;
 * and every error code the cloud uses for rate limiting (its category is
 * {@link io.polycloud.core.exception.ErrorCategory#THROTTLING}). A request that is not idempotent
 * and carries no idempotency token is retried only when it certainly was not processed: a connect
 * failure, a 429, a 503 or throttling. An interrupted call is never retried, and no wait may end
 * after the call's total timeout.
 *
 * <p>How long: full-jitter exponential backoff, {@code random(0, min(maxBackoff, base * 2^(n-1)))}
 * before retry {@code n}, with a larger base for throttling. A {@code Retry-After} header from the
 * server replaces the computed delay (up to {@link #maxRetryAfter()}).
 *
 * <p>Two corrections may add one attempt each beyond {@link #maxAttempts()}: after the service
 * rejected the request's timestamp (the clock offset is taken from its {@code Date} header), and
 * after a 401 with a cached IAM token (a fresh token is fetched). With {@link #none()} neither
 * repeats the request; the correction only benefits the calls that follow.
 *
 * <p>Settings are checked when set, each failing with an
 * {@link io.polycloud.core.exception.SdkClientException} that names the field and the range:
 * {@code maxAttempts} 1 to {@value #MAX_ATTEMPTS}, every delay 0 ms to 24 h.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(6).baseDelay(Duration.ofMillis(50)).build();
 * RetryPolicy never = RetryPolicy.none();
 * }</pre>
 */
public final class RetryPolicy {

    /** The most attempts a policy may allow. */
    public static final int MAX_ATTEMPTS = 100;

    private static final Duration MAX_DELAY = Duration.ofHours(24);
    private static final DoubleSupplier THREAD_LOCAL_RANDOM = () -> ThreadLocalRandom.current().nextDouble();
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration throttlingBaseDelay;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final RetryBudget budget;
    private final DoubleSupplier jitter;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.throttlingBaseDelay = b.throttlingBaseDelay;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.budget = b.budget;
        this.jitter = b.jitter;
    }

    /**
     * Three retries (four attempts), base 100 ms, throttling base 1 s, cap 20 s, default budget.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * One attempt, never a retry, not even after a clock-skew or token correction.
     *
     * @return the policy
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Most attempts per call, the first included.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Backoff base for errors other than throttling.
     *
     * @return the base delay
     */
    public Duration baseDelay() {
        return baseDelay;
    }

    /**
     * Backoff base after throttling.
     *
     * @return the throttling base delay
     */
    public Duration throttlingBaseDelay() {
        return throttlingBaseDelay;
    }

    /**
     * Largest computed backoff.
     *
     * @return the cap
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * Longest {@code Retry-After} honoured; a longer one ends the call with the error instead.
     *
     * @return the limit
     */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The client-wide retry budget.
     *
     * @return the budget
     */
    public RetryBudget budget() {
        return budget;
    }

    /**
     * The delay before retry number {@code retry} (1 for the first retry).
     *
     * @param retry      the retry number, at least 1
     * @param throttling whether the failure was throttling
     * @return a delay between zero and the capped exponential ceiling
     */
    public Duration backoff(int retry, boolean throttling) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be >= 1");
        }
        long base = (throttling ? throttlingBaseDelay : baseDelay).toMillis();
        long cap = maxBackoff.toMillis();
        int shift = Math.min(retry - 1, 30);
        long ceiling = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        double r = jitter.getAsDouble();
        if (!(r >= 0 && r < 1)) {
            r = 0.5;
        }
        return Duration.ofMillis((long) (r * ceiling));
    }

    /**
     * A builder holding this policy's settings.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.baseDelay = baseDelay;
        b.throttlingBaseDelay = throttlingBaseDelay;
        b.maxBackoff = maxBackoff;
        b.maxRetryAfter = maxRetryAfter;
        b.budget = budget;
        b.jitter = jitter;
        return b;
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", throttlingBaseDelay="
                + throttlingBaseDelay + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter
                + ", budget=" + budget + "}";
    }

    /** Builds {@link RetryPolicy}s. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration throttlingBaseDelay = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(20);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private RetryBudget budget = RetryBudget.defaults();
        private DoubleSupplier jitter = THREAD_LOCAL_RANDOM;

        private Builder() {
        }

        /**
         * @param maxAttempts attempts per call including the first, 1 to {@value #MAX_ATTEMPTS}; default 4
         * @return this builder
         * @throws SdkClientException if it is out of range
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = (int) Validate.range(maxAttempts, "maxAttempts", 1, MAX_ATTEMPTS);
            return this;
        }

        /**
         * @param baseDelay backoff base, 0 ms to 24 h; default 100 ms
         * @return this builder
         * @throws SdkClientException if it is null or out of range
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = delay(baseDelay, "baseDelay");
            return this;
        }

        /**
         * @param throttlingBaseDelay backoff base after throttling, 0 ms to 24 h; default 1 s
         * @return this builder
         * @throws SdkClientException if it is null or out of range
         */
        public Builder throttlingBaseDelay(Duration throttlingBaseDelay) {
            this.throttlingBaseDelay = delay(throttlingBaseDelay, "throttlingBaseDelay");
            return this;
        }

        /**
         * @param maxBackoff cap on a computed delay, 0 ms to 24 h; default 20 s
         * @return this builder
         * @throws SdkClientException if it is null or out of range
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = delay(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * @param maxRetryAfter longest server-requested delay honoured, 0 ms to 24 h; default 60 s
         * @return this builder
         * @throws SdkClientException if it is null or out of range
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = delay(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * @param budget the client-wide retry budget; default {@link RetryBudget#defaults()}
         * @return this builder
         */
        public Builder budget(RetryBudget budget) {
            this.budget = Validate.notNull(budget, "budget");
            return this;
        }

        /**
         * Replaces the random source of the jitter, for deterministic tests.
         *
         * @param jitter returns values in [0, 1)
         * @return this builder
         */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = Validate.notNull(jitter, "jitter");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration delay(Duration d, String field) {
            return Validate.duration(d, field, Duration.ZERO, MAX_DELAY);
        }
    }
}
