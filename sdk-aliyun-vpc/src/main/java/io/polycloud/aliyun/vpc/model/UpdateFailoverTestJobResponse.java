package io.polycloud.aliyun.vpc.model;

/**
 * The result of {@code UpdateFailoverTestJob}: the job's attributes are changed.
 */
public final class UpdateFailoverTestJobResponse extends RequestIdResponse {

    private UpdateFailoverTestJobResponse(Builder b) {
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

    /** Builds {@link UpdateFailoverTestJobResponse}s. */
    public static final class Builder extends RequestIdResponse.Builder<Builder, UpdateFailoverTestJobResponse> {

        private Builder() {
        }

        @Override
        public UpdateFailoverTestJobResponse build() {
            return new UpdateFailoverTestJobResponse(this);
        }
    }
}
