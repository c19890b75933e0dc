package io.polycloud.huawei.lakeformation.model;

import io.polycloud.core.internal.validation.Validate;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link io.polycloud.huawei.lakeformation.LakeFormationClient#deleteJob(DeleteJobRequest)}:
 * the service answers {@code 200} with the request id in {@code X-request-id}, and nothing else.
 */
public final class DeleteJobResponse {

    /** Longest request id accepted. */
    public static final int MAX_REQUEST_ID_LENGTH = 1024;

    private final String requestId;

    private DeleteJobResponse(Builder b) {
        this.requestId = b.requestId;
    }

    /**
     * A builder, for example to stub the client in your own tests.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The id the service gave the request ({@code X-request-id}), for support cases.
     *
     * @return the request id, empty if the service sent none
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeleteJobResponse r && Objects.equals(r.requestId, requestId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(requestId);
    }

    @Override
    public String toString() {
        return "DeleteJobResponse{requestId=" + requestId + "}";
    }

    /** Builds {@link DeleteJobResponse}s. */
    public static final class Builder {
        private String requestId;

        private Builder() {
        }

        /**
         * @param requestId the request id
         * @return this builder
         * @throws io.polycloud.core.exception.SdkClientException if it is null, blank or has control characters
         */
        public Builder requestId(String requestId) {
            this.requestId = Validate.text(requestId, "requestId", MAX_REQUEST_ID_LENGTH);
            return this;
        }

        /**
         * Builds the response.
         *
         * @return the response
         */
        public DeleteJobResponse build() {
            return new DeleteJobResponse(this);
        }
    }
}
