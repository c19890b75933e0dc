package io.polycloud.huawei.lakeformation.model;

import io.polycloud.core.internal.validation.Validate;
import java.util.Objects;

/**
 * Deletes a LakeFormation job of an instance
 * ({@code DELETE /v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}}, the API reference's
 * DeleteJobByInstance). A job that has been submitted or is running must be stopped first.
 *
 * <pre>{@code
 * DeleteJobRequest.builder()
 *         .instanceId("2180518f-42b8-4947-b20b-adfc53981a25")
 *         .jobId("0c4f1b2e-8a4d-4d6f-9e1a-5b7c3d2e1f00")
 *         .build();
 * }</pre>
 */
public final class DeleteJobRequest {

    /** Longest instance id accepted: ids are 36-character UUIDs; the API reference sets no limit. */
    public static final int MAX_INSTANCE_ID_LENGTH = 64;
    /** Longest job id accepted: the API reference documents job ids as 36 characters. */
    public static final int MAX_JOB_ID_LENGTH = 36;

    private final String instanceId;
    private final String jobId;

    private DeleteJobRequest(Builder b) {
        this.instanceId = Validate.pathSegment(b.instanceId, "instanceId", MAX_INSTANCE_ID_LENGTH);
        this.jobId = Validate.pathSegment(b.jobId, "jobId", MAX_JOB_ID_LENGTH);
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
        return new Builder().instanceId(instanceId).jobId(jobId);
    }

    /**
     * The LakeFormation instance the job belongs to.
     *
     * @return the instance id
     */
    public String instanceId() {
        return instanceId;
    }

    /**
     * The job to delete.
     *
     * @return the job id
     */
    public String jobId() {
        return jobId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeleteJobRequest r && r.instanceId.equals(instanceId) && r.jobId.equals(jobId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instanceId, jobId);
    }

    @Override
    public String toString() {
        return "DeleteJobRequest{instanceId=" + instanceId + ", jobId=" + jobId + "}";
    }

    /** Builds {@link DeleteJobRequest}s. */
    public static final class Builder {
        private String instanceId;
        private String jobId;

        private Builder() {
        }

        /**
         * @param instanceId the instance; required, at most {@value DeleteJobRequest#MAX_INSTANCE_ID_LENGTH} characters
         * @return this builder
         */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
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
         * Builds the request.
         *
         * @return the request
         * @throws io.polycloud.core.exception.SdkClientException if {@code instanceId} or {@code jobId}
         *         is null, blank, too long, {@code .} or {@code ..}, or holds a control character
         */
        public DeleteJobRequest build() {
            return new DeleteJobRequest(this);
        }
    }
}
