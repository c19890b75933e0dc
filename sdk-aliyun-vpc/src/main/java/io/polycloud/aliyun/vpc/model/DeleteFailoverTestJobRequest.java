package io.polycloud.aliyun.vpc.model;

/**
 * Deletes a failover test job ({@code DeleteFailoverTestJob}). Only a job in
 * {@link FailoverTestJobStatus#INIT} or {@link FailoverTestJobStatus#STOPPED} can be deleted.
 *
 * <pre>{@code
 * DeleteFailoverTestJobRequest.builder().regionId("cn-shanghai").jobId("ftj-bp1yh6mvi13aq3g8w").build();
 * }</pre>
 *
 * When no {@code clientToken} is given, the client generates one per call and sends the same
 * value on every retry.
 */
public final class DeleteFailoverTestJobRequest extends JobActionRequest {

    private DeleteFailoverTestJobRequest(Builder b) {
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

    /** Builds {@link DeleteFailoverTestJobRequest}s. */
    public static final class Builder extends JobActionRequest.Builder<Builder, DeleteFailoverTestJobRequest> {

        private Builder() {
        }

        @Override
        public DeleteFailoverTestJobRequest build() {
            return new DeleteFailoverTestJobRequest(this);
        }
    }
}
