package io.polycloud.aliyun.vpc.model;

/**
 * The result of {@code StartFailoverTestJob}: the service accepted the start; the job is
 * {@link FailoverTestJobStatus#STARTING} and becomes {@link FailoverTestJobStatus#TESTING} later
 * (wait for it with {@code vpc.waiters().waitUntilJobStatus(...)}).
 */
public final class StartFailoverTestJobResponse extends RequestIdResponse {

    private StartFailoverTestJobResponse(Builder b) {
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

    /** Builds {@link StartFailoverTestJobResponse}s. */
    public static final class Builder extends RequestIdResponse.Builder<Builder, StartFailoverTestJobResponse> {

        private Builder() {
        }

        @Override
        public StartFailoverTestJobResponse build() {
            return new StartFailoverTestJobResponse(this);
        }
    }
}
