package io.polycloud.aliyun.vpc.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@code CreateFailoverTestJob}: the new job's id. A {@link JobType#START_NOW} job
 * is already starting; a {@link JobType#START_LATER} job waits in {@link FailoverTestJobStatus#INIT}.
 */
public final class CreateFailoverTestJobResponse {

    private final String requestId;
    private final String jobId;

    private CreateFailoverTestJobResponse(Builder b) {
        this.requestId = FieldRules.requestId(b.requestId);
        this.jobId = FieldRules.receivedId(b.jobId, "jobId");
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
     * The id the service gave the request ({@code RequestId}), for support cases.
     *
     * @return the request id; always present, as VPC sends one with every answer
     */
    public Optional<String> requestId() {
        return Optional.of(requestId);
    }

    /**
     * The new job ({@code JobId}).
     *
     * @return the job id, {@code ftj-…}
     */
    public String jobId() {
        return jobId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateFailoverTestJobResponse r && r.requestId.equals(requestId) && r.jobId.equals(jobId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, jobId);
    }

    @Override
    public String toString() {
        return "CreateFailoverTestJobResponse{requestId=" + requestId + ", jobId=" + jobId + "}";
    }

    /** Builds {@link CreateFailoverTestJobResponse}s. */
    public static final class Builder {
        private String requestId;
        private String jobId;

        private Builder() {
        }

        /**
         * @param requestId the request id; required
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * @param jobId the new job's id, {@code ftj-…}; required
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Builds the response.
         *
         * @return the response
         * @throws io.polycloud.core.exception.SdkClientException if the request id or job id is missing or
         *         malformed
         */
        public CreateFailoverTestJobResponse build() {
            return new CreateFailoverTestJobResponse(this);
        }
    }
}
