package io.polycloud.aliyun.vpc.model;

/**
 * Starts a failover test job ({@code StartFailoverTestJob}). Only a job in
 * {@link FailoverTestJobStatus#INIT} can be started; it then moves through
 * {@link FailoverTestJobStatus#STARTING} to {@link FailoverTestJobStatus#TESTING}.
 *
 * <pre>{@code
 * StartFailoverTestJobRequest.builder().regionId("cn-shanghai").jobId("ftj-bp1yh6mvi13aq3g8w").build();
 * }</pre>
 *
 * When no {@code clientToken} is given, the client generates one per call and sends the same
 * value on every retry, so a retried start never starts the job twice.
 */
public final class StartFailoverTestJobRequest extends JobActionRequest {

    private StartFailoverTestJobRequest(Builder b) {
        super(b);
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return fill(new Builder());
    }

    /** Builds {@link StartFailoverTestJobRequest}s. */
    public static final class Builder extends JobActionRequest.Builder<Builder, StartFailoverTestJobRequest> {

        private Builder() {
        }

        @Override
        public StartFailoverTestJobRequest build() {
            return new StartFailoverTestJobRequest(this);
        }
    }
}
