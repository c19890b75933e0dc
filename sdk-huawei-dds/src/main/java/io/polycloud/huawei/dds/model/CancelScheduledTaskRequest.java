package io.polycloud.huawei.dds.model;

import io.polycloud.core.internal.validation.Validate;

/**
 * Cancels a DDS scheduled task ({@code DELETE /v3/{project_id}/scheduled-jobs/{job_id}}); the
 * task id comes from the scheduled task list.
 *
 * <pre>{@code
 * CancelScheduledTaskRequest.builder().jobId("3861199d-c196-4791-bcd0-b45fde754f50").build();
 * }</pre>
 */
public final class CancelScheduledTaskRequest {

    /** Longest task id accepted: DDS ids are 36-character UUIDs; the API reference sets no limit. */
    public static final int MAX_JOB_ID_LENGTH = 64;

    private final String jobId;

    private CancelScheduledTaskRequest(Builder b) {
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
        return new Builder().jobId(jobId);
    }

    /**
     * The scheduled task to cancel.
     *
     * @return the task id
     */
    public String jobId() {
        return jobId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelScheduledTaskRequest r && r.jobId.equals(jobId);
    }

    @Override
    public int hashCode() {
        return jobId.hashCode();
    }

    @Override
    public String toString() {
        return "CancelScheduledTaskRequest{jobId=" + jobId + "}";
    }

    /** Builds {@link CancelScheduledTaskRequest}s. */
    public static final class Builder {
        private String jobId;

        private Builder() {
        }

        /**
         * @param jobId the task to cancel; required, at most
         *              {@value CancelScheduledTaskRequest#MAX_JOB_ID_LENGTH} characters
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
         * @throws io.polycloud.core.exception.SdkClientException if {@code jobId} is null, blank, longer
         *         than {@value CancelScheduledTaskRequest#MAX_JOB_ID_LENGTH} characters, {@code .} or
         *         {@code ..}, or holds a control character
         */
        public CancelScheduledTaskRequest build() {
            return new CancelScheduledTaskRequest(this);
        }
    }
}
