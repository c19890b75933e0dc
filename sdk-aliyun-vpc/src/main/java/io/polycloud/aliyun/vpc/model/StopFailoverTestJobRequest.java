package io.polycloud.aliyun.vpc.model;

/**
 * Stops a running failover test ({@code StopFailoverTestJob}). Only a job in
 * {@link FailoverTestJobStatus#TESTING} can be stopped; it then moves through
 * {@link FailoverTestJobStatus#STOPPING} to {@link FailoverTestJobStatus#STOPPED}.
 *
 * <pre>{@code
 * StopFailoverTestJobRequest.builder().regionId("cn-shanghai").jobId("ftj-bp1yh6mvi13aq3g8w").build();
 * }</pre>
 *
 * When no {@code clientToken} is given, the client generates one per call and sends the same
 * value on every retry.
 */
public final class StopFailoverTestJobRequest extends JobActionRequest {

    private StopFailoverTestJobRequest(Builder b) {
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

    /** Builds {@link StopFailoverTestJobRequest}s. */
    public static final class Builder extends JobActionRequest.Builder<Builder, StopFailoverTestJobRequest> {

        private Builder() {
        }

        @Override
        public StopFailoverTestJobRequest build() {
            return new StopFailoverTestJobRequest(this);
        }
    }
}
