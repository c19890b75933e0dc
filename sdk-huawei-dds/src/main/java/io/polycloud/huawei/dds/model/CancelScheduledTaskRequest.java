package io.polycloud.huawei.dds.model;

import io.polycloud.core.internal.validation.Validate;

/**
 * Cancels a DDS scheduled task ({@code DELETE /v3/{project_id}/scheduled-jobs/{job_id}}); the
 * task id comes from the scheduled task list.
 *
 * <pre>{@code
 * CancelScheduledTaskRequest.builder().jobId("3861199d-c196-4791-bcd0-b45fde754f50").build();
 * }</pre>
 *
 * @param jobId the task to cancel; at most {@value #MAX_JOB_ID_LENGTH} characters, not {@code .} or
 *              {@code ..}, no control characters
 */
public record CancelScheduledTaskRequest(String jobId) {

    /** Longest task id accepted: DDS ids are 36-character UUIDs; the API reference sets no limit. */
    public static final int MAX_JOB_ID_LENGTH = 64;

    /**
     * Validates the task id.
     *
     * @throws io.polycloud.core.exception.SdkClientException if {@code jobId} is not a usable id
     */
    public CancelScheduledTaskRequest {
        Validate.pathSegment(jobId, "jobId", MAX_JOB_ID_LENGTH);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return builder().jobId(jobId);
    }

    @Override
    public String toString() {
        return "CancelScheduledTaskRequest{jobId=" + jobId + "}";
    }

    /** Builds {@link CancelScheduledTaskRequest}s; {@link #build()} validates as the record's constructor does. */
    public static final class Builder {
        private String jobId;

        private Builder() {
        }

        /** Sets the task to cancel; required. */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /** Builds the request; throws {@link io.polycloud.core.exception.SdkClientException} if {@code jobId} is not a usable id. */
        public CancelScheduledTaskRequest build() {
            return new CancelScheduledTaskRequest(jobId);
        }
    }
}
