package io.polycloud.huawei.dds.model;

import io.polycloud.core.internal.validation.Validate;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link io.polycloud.huawei.dds.DdsClient#cancelScheduledTask(CancelScheduledTaskRequest)}:
 * the service answers {@code 204} with no body, so the request id is all there is.
 */
public final class CancelScheduledTaskResponse {

    /** Longest request id accepted. */
    public static final int MAX_REQUEST_ID_LENGTH = 1024;

    private final String requestId;

    private CancelScheduledTaskResponse(Builder b) {
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
     * The id the service gave the request ({@code X-Request-Id}), for support cases.
     *
     * @return the request id, empty if the service sent none
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelScheduledTaskResponse r && Objects.equals(r.requestId, requestId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(requestId);
    }

    @Override
    public String toString() {
        return "CancelScheduledTaskResponse{requestId=" + requestId + "}";
    }

    /** Builds {@link CancelScheduledTaskResponse}s. */
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
        public CancelScheduledTaskResponse build() {
            return new CancelScheduledTaskResponse(this);
        }
    }
}
