package io.polycloud.aliyun.vpc.model;

/**
 * A response that carries only the service's request id: {@link StartFailoverTestJobResponse},
 * {@link StopFailoverTestJobResponse}, {@link DeleteFailoverTestJobResponse} and
 * {@link UpdateFailoverTestJobResponse}.
 */
public abstract sealed class RequestIdResponse permits StartFailoverTestJobResponse, StopFailoverTestJobResponse,
        DeleteFailoverTestJobResponse, UpdateFailoverTestJobResponse {

    private final String requestId;

    RequestIdResponse(Builder<?, ?> b) {
        this.requestId = FieldRules.requestId(b.requestId);
    }

    /**
     * The id the service gave the request ({@code RequestId}), for support cases.
     *
     * @return the request id
     */
    public String requestId() {
        return requestId;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof RequestIdResponse r && r.getClass() == getClass() && r.requestId.equals(requestId);
    }

    @Override
    public final int hashCode() {
        return requestId.hashCode();
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "{requestId=" + requestId + "}";
    }

    /**
     * Sets the request id.
     *
     * @param <B> the concrete builder
     * @param <R> the response it builds
     */
    public abstract static sealed class Builder<B extends Builder<B, R>, R extends RequestIdResponse>
            permits StartFailoverTestJobResponse.Builder, StopFailoverTestJobResponse.Builder,
            DeleteFailoverTestJobResponse.Builder, UpdateFailoverTestJobResponse.Builder {
        private String requestId;

        Builder() {
        }

        /**
         * @param requestId the request id; required
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public B requestId(String requestId) {
            this.requestId = requestId;
            return (B) this;
        }

        /**
         * Builds the response.
         *
         * @return the response
         * @throws io.polycloud.core.exception.SdkClientException if the request id is missing, blank, too
         *         long or holds a control character
         */
        public abstract R build();
    }
}
