package io.polycloud.huawei.lakeformation.model;

import io.polycloud.core.internal.validation.Validate;

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
 *
 * @param instanceId the instance the job belongs to; at most {@value #MAX_INSTANCE_ID_LENGTH} characters
 * @param jobId      the job to delete; at most {@value #MAX_JOB_ID_LENGTH} characters
 */
public record DeleteJobRequest(String instanceId, String jobId) {

    /** Longest instance id accepted: ids are 36-character UUIDs; the API reference sets no limit. */
    public static final int MAX_INSTANCE_ID_LENGTH = 64;
    /** Longest job id accepted: the API reference documents job ids as 36 characters. */
    public static final int MAX_JOB_ID_LENGTH = 36;

    /**
     * Validates the ids: required, not {@code .} or {@code ..}, no control characters.
     *
     * @throws io.polycloud.core.exception.SdkClientException if one is not a usable id
     */
    public DeleteJobRequest {
        Validate.pathSegment(instanceId, "instanceId", MAX_INSTANCE_ID_LENGTH);
        Validate.pathSegment(jobId, "jobId", MAX_JOB_ID_LENGTH);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return builder().instanceId(instanceId).jobId(jobId);
    }

    @Override
    public String toString() {
        return "DeleteJobRequest{instanceId=" + instanceId + ", jobId=" + jobId + "}";
    }

    /** Builds {@link DeleteJobRequest}s; {@link #build()} validates as the record's constructor does. */
    public static final class Builder {
        private String instanceId;
        private String jobId;

        private Builder() {
        }

        /** Sets the instance; required. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** Sets the job to delete; required. */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /** Builds the request; throws {@link io.polycloud.core.exception.SdkClientException} if an id is not usable. */
        public DeleteJobRequest build() {
            return new DeleteJobRequest(instanceId, jobId);
        }
    }
}
