package io.polycloud.huawei.drs.model;

import io.polycloud.core.internal.validation.Validate;
import java.util.Objects;
import java.util.Optional;

/**
 * Deletes a DRS job ({@code DELETE /v5/{project_id}/jobs/{job_id}}). The service deletes only
 * jobs that have been stopped; any other status fails with
 * {@link io.polycloud.huawei.drs.DrsErrorCodes#TASK_STATUS_NOT_ALLOWED}.
 *
 * <pre>{@code
 * DeleteJobRequest.builder().jobId("dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20r").xLanguage(Language.EN_US).build();
 * }</pre>
 */
public final class DeleteJobRequest {

    /** Longest job id accepted: DRS ids are 36 characters; the API reference sets no limit. */
    public static final int MAX_JOB_ID_LENGTH = 64;

    private final String jobId;
    private final Language xLanguage;

    private DeleteJobRequest(Builder b) {
        this.jobId = Validate.pathSegment(b.jobId, "jobId", MAX_JOB_ID_LENGTH);
        this.xLanguage = b.xLanguage;
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
        return new Builder().jobId(jobId).xLanguage(xLanguage);
    }

    /**
     * The job to delete.
     *
     * @return the job id
     */
    public String jobId() {
        return jobId;
    }

    /**
     * The language of error messages ({@code X-Language}).
     *
     * @return the language, empty for the service's default
     */
    public Optional<Language> xLanguage() {
        return Optional.ofNullable(xLanguage);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeleteJobRequest r && r.jobId.equals(jobId) && r.xLanguage == xLanguage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, xLanguage);
    }

    @Override
    public String toString() {
        return "DeleteJobRequest{jobId=" + jobId + (xLanguage == null ? "" : ", xLanguage=" + xLanguage.value()) + "}";
    }

    /** Builds {@link DeleteJobRequest}s. */
    public static final class Builder {
        private String jobId;
        private Language xLanguage;

        private Builder() {
        }

        /**
         * @param jobId the job to delete; required, at most {@value DeleteJobRequest#MAX_JOB_ID_LENGTH} characters
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * @param xLanguage the language of error messages, or null for the service's default
         * @return this builder
         */
        public Builder xLanguage(Language xLanguage) {
            this.xLanguage = xLanguage;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws io.polycloud.core.exception.SdkClientException if {@code jobId} is null, blank, longer
         *         than {@value DeleteJobRequest#MAX_JOB_ID_LENGTH} characters, {@code .} or {@code ..}, or holds a
         *         control character
         */
        public DeleteJobRequest build() {
            return new DeleteJobRequest(this);
        }
    }
}
