package io.polycloud.aliyun.vpc.model;

/**
 * The result of {@code DeleteFailoverTestJob}: the job is deleted.
 */
public final class DeleteFailoverTestJobResponse extends RequestIdResponse {

    private DeleteFailoverTestJobResponse(Builder b) {
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

    /** Builds {@link DeleteFailoverTestJobResponse}s. */
    public static final class Builder extends RequestIdResponse.Builder<Builder, DeleteFailoverTestJobResponse> {

        private Builder() {
        }

        @Override
        public DeleteFailoverTestJobResponse build() {
            return new DeleteFailoverTestJobResponse(this);
        }
    }
}
