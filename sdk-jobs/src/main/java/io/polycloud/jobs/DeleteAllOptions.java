package io.polycloud.jobs;

import java.util.function.Consumer;

/**
 * How {@link CloudJobs#deleteAll(java.util.List, DeleteAllOptions)} runs a batch. Immutable.
 *
 * <pre>{@code
 * DeleteAllOptions options = DeleteAllOptions.builder()
 *         .deleteOptions(DeleteOptions.builder().stopFirst(true).build())
 *         .maxConcurrency(32)
 *         .progress(p -> System.err.printf("%d/%d%n", p.completed(), p.total()))
 *         .build();
 * }</pre>
 *
 * <p>A <em>target</em> is one service in one region (for example DRS in {@code cn-north-4}): at
 * most {@link #maxConcurrencyPerTarget()} of its jobs are in progress at once, and at most
 * {@link #maxConcurrency()} over all targets. When a target throttles (a call needed a retry
 * after a throttling answer, or its client's retry budget ran out), its limit is halved (down to
 * one) and it is paused for 1 s, doubling while it keeps throttling, up to 30 s; every job
 * of that target that ends without throttling raises the limit again by one, up to the maximum. A job whose
 * delete finally failed for throttling (or for a retryable error once the retry budget was empty)
 * was not deleted by that call: it goes back to the front of its target's queue, and is retried
 * after the pause, up to 10 times before it ends {@link DeleteOutcome#FAILED}.
 */
public final class DeleteAllOptions {

    /** The largest concurrency either limit accepts. */
    public static final int MAX_CONCURRENCY = 1024;

    private static final DeleteAllOptions DEFAULTS = builder().build();

    private final DeleteOptions deleteOptions;
    private final int maxConcurrency;
    private final int maxConcurrencyPerTarget;
    private final boolean stopOnFirstFailure;
    private final Consumer<BatchProgress> progress;

    private DeleteAllOptions(Builder b) {
        this.deleteOptions = b.deleteOptions;
        this.maxConcurrency = b.maxConcurrency;
        this.maxConcurrencyPerTarget = b.maxConcurrencyPerTarget;
        this.stopOnFirstFailure = b.stopOnFirstFailure;
        this.progress = b.progress;
    }

    /**
     * {@link DeleteOptions#defaults()}, 16 jobs at once, 4 per target, continue after failures, no progress callback.
     *
     * @return the defaults
     */
    public static DeleteAllOptions defaults() {
        return DEFAULTS;
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
     * How each job is deleted.
     *
     * @return the options
     */
    public DeleteOptions deleteOptions() {
        return deleteOptions;
    }

    /**
     * Most jobs in progress at once over the whole batch.
     *
     * @return 16 by default
     */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    /**
     * Most jobs in progress at once for one service in one region, before throttling lowers it.
     *
     * @return 4 by default
     */
    public int maxConcurrencyPerTarget() {
        return maxConcurrencyPerTarget;
    }

    /**
     * Whether the batch stops starting jobs after the first {@link DeleteOutcome#FAILED} one; jobs
     * already in progress finish, the others end {@link DeleteOutcome#SKIPPED}.
     *
     * @return false by default: every job is attempted
     */
    public boolean stopOnFirstFailure() {
        return stopOnFirstFailure;
    }

    /**
     * Called after each job's result, one call at a time (never concurrently), on whichever thread
     * completed the job.
     *
     * @return the callback; by default one that does nothing
     */
    public Consumer<BatchProgress> progress() {
        return progress;
    }

    @Override
    public String toString() {
        return "DeleteAllOptions{" + deleteOptions + ", maxConcurrency=" + maxConcurrency + ", maxConcurrencyPerTarget="
                + maxConcurrencyPerTarget + ", stopOnFirstFailure=" + stopOnFirstFailure + "}";
    }

    /** Builds {@link DeleteAllOptions}. */
    public static final class Builder {
        private DeleteOptions deleteOptions = DeleteOptions.defaults();
        private int maxConcurrency = 16;
        private int maxConcurrencyPerTarget = 4;
        private boolean stopOnFirstFailure;
        private Consumer<BatchProgress> progress = p -> { };

        private Builder() {
        }

        /**
         * @param deleteOptions how each job is deleted
         * @return this builder
         * @throws io.polycloud.core.exception.SdkClientException if it is null
         */
        public Builder deleteOptions(DeleteOptions deleteOptions) {
            this.deleteOptions = Require.notNull(deleteOptions, "deleteOptions");
            return this;
        }

        /**
         * @param maxConcurrency most jobs in progress at once, 1 to {@value DeleteAllOptions#MAX_CONCURRENCY}
         * @return this builder
         * @throws io.polycloud.core.exception.SdkClientException if it is out of range
         */
        public Builder maxConcurrency(int maxConcurrency) {
            this.maxConcurrency = Require.range(maxConcurrency, "maxConcurrency", 1, MAX_CONCURRENCY);
            return this;
        }

        /**
         * @param maxConcurrencyPerTarget most jobs in progress at once per service and region, 1 to
         *                                {@value DeleteAllOptions#MAX_CONCURRENCY}
         * @return this builder
         * @throws io.polycloud.core.exception.SdkClientException if it is out of range
         */
        public Builder maxConcurrencyPerTarget(int maxConcurrencyPerTarget) {
            this.maxConcurrencyPerTarget = Require.range(maxConcurrencyPerTarget, "maxConcurrencyPerTarget", 1,
                    MAX_CONCURRENCY);
            return this;
        }

        /**
         * @param stopOnFirstFailure stop starting jobs after the first one that failed
         * @return this builder
         */
        public Builder stopOnFirstFailure(boolean stopOnFirstFailure) {
            this.stopOnFirstFailure = stopOnFirstFailure;
            return this;
        }

        /**
         * @param progress called after each job's result, never concurrently; it must not block
         * @return this builder
         * @throws io.polycloud.core.exception.SdkClientException if it is null
         */
        public Builder progress(Consumer<BatchProgress> progress) {
            this.progress = Require.notNull(progress, "progress");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public DeleteAllOptions build() {
            return new DeleteAllOptions(this);
        }
    }
}
