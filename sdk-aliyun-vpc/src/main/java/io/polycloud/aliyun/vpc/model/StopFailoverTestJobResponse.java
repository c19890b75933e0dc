package io.polycloud.aliyun.vpc.model;

/**
 * The result of {@code StopFailoverTestJob}: the service accepted the stop; the job is
 * {@link FailoverTestJobStatus#STOPPING} and becomes {@link FailoverTestJobStatus#STOPPED} later.
 */
public final class StopFailoverTestJobResponse extends RequestIdResponse {

    private StopFailoverTestJobResponse(Builder b) {
        super(b);
    }

    /**
     * A builder, for example to stub the client in your own tests.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StopFailoverTestJobResponse}s. */
    public static final class Builder extends RequestIdResponse.Builder<Builder, StopFailoverTestJobResponse> {

        private Builder() {
        }

        @Override
        public StopFailoverTestJobResponse build() {
            return new StopFailoverTestJobResponse(this);
        }
    }
}
