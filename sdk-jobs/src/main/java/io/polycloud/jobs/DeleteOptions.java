package io.polycloud.jobs;

import java.time.Duration;

/**
 * How {@link CloudJobs} deletes a job. Immutable; {@link #defaults()} sends one delete and reports
 * what the service answered.
 *
 * <pre>{@code
 * DeleteOptions options = DeleteOptions.builder().stopFirst(true).waitTimeout(Duration.ofMinutes(5)).build();
 * }</pre>
 *
 * <ul>
 *   <li>{@link Builder#stopFirst(boolean) stopFirst}: a VPC failover test job is read first
 *       ({@code DescribeFailoverTestJobs}); one that is {@code Testing} is stopped, then waited for
 *       until {@code Stopped}; one that is {@code Starting} is waited for until {@code Testing}, then
 *       stopped; one that is {@code Stopping} is waited for; then it is deleted. Waiting polls at
 *       once, then after 1 s, doubling up to 20 s, within {@link #waitTimeout()} (on the
 *       {@code CloudJobs} clock and sleeper; no thread is held while waiting). The other services have
 *       no stop operation here, so the option changes nothing for them: a running DRS job or a
 *       running DDS task ends {@link DeleteOutcome#NOT_DELETABLE}.</li>
 *   <li>{@link Builder#dryRun(boolean) dryRun}: checks the ref and prepares its client; sends
 *       nothing, and every ref ends {@link DeleteOutcome#DRY_RUN}.</li>
 * </ul>
 */
public final class DeleteOptions {

    private static final Duration MAX_WAIT = Duration.ofHours(24);
    private static final DeleteOptions DEFAULTS = builder().build();

    private final boolean stopFirst;
    private final boolean dryRun;
    private final Duration waitTimeout;

    private DeleteOptions(Builder b) {
        this.stopFirst = b.stopFirst;
        this.dryRun = b.dryRun;
        this.waitTimeout = b.waitTimeout;
    }

    /**
     * No stop, no dry run, a 10-minute wait limit.
     *
     * @return the defaults
     */
    public static DeleteOptions defaults() {
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
     * Whether a VPC failover test job that is still running is stopped (and waited for) before it is deleted.
     *
     * @return false by default
     */
    public boolean stopFirst() {
        return stopFirst;
    }

    /**
     * Whether nothing is sent.
     *
     * @return false by default
     */
    public boolean dryRun() {
        return dryRun;
    }

    /**
     * How long one job may be waited for (Starting, Stopping) with {@link #stopFirst()}.
     *
     * @return 10 minutes by default
     */
    public Duration waitTimeout() {
        return waitTimeout;
    }

    @Override
    public String toString() {
        return "DeleteOptions{stopFirst=" + stopFirst + ", dryRun=" + dryRun + ", waitTimeout=" + waitTimeout + "}";
    }

    /** Builds {@link DeleteOptions}. */
    public static final class Builder {
        private boolean stopFirst;
        private boolean dryRun;
        private Duration waitTimeout = Duration.ofMinutes(10);

        private Builder() {
        }

        /**
         * @param stopFirst stop a running VPC failover test job and wait until it is Stopped before deleting it
         * @return this builder
         */
        public Builder stopFirst(boolean stopFirst) {
            this.stopFirst = stopFirst;
            return this;
        }

        /**
         * @param dryRun check refs and prepare clients, send nothing
         * @return this builder
         */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /**
         * @param waitTimeout how long to wait for one job's status with {@code stopFirst}, more than 0 and at most 24 h
         * @return this builder
         * @throws io.polycloud.core.exception.SdkClientException if it is null or out of range
         */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = Require.positive(waitTimeout, "waitTimeout", MAX_WAIT);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public DeleteOptions build() {
            return new DeleteOptions(this);
        }
    }
}
