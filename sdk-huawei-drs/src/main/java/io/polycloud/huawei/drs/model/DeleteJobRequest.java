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
 *
 * @param jobId     the job to delete; at most {@value #MAX_JOB_ID_LENGTH} characters, not {@code .} or
 *                  {@code ..}, no control characters
 * @param xLanguage the language of error messages ({@code X-Language}), empty for the service's default
 */
public record DeleteJobRequest(String jobId, Optional<Language> xLanguage) {

    /** Longest job id accepted: DRS ids are 36 characters; the API reference sets no limit. */
    public static final int MAX_JOB_ID_LENGTH = 64;

    /**
     * Validates the components.
     *
     * @throws io.polycloud.core.exception.SdkClientException if {@code jobId} is not a usable id
     * @throws NullPointerException                            if {@code xLanguage} is null
     */
    public DeleteJobRequest {
        Validate.pathSegment(jobId, "jobId", MAX_JOB_ID_LENGTH);
        Objects.requireNonNull(xLanguage, "xLanguage");
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return builder().jobId(jobId).xLanguage(xLanguage.orElse(null));
    }

    @Override
    public String toString() {
        return "DeleteJobRequest{jobId=" + jobId + xLanguage.map(l -> ", xLanguage=" + l.value()).orElse("") + "}";
    }

    /** Builds {@link DeleteJobRequest}s; {@link #build()} validates as the record's constructor does. */
    public static final class Builder {
        private String jobId;
        private Language xLanguage;

        private Builder() {
        }

        /** Sets the job to delete; required. */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /** Sets the language of error messages; null (the default) for the service's own. */
        public Builder xLanguage(Language xLanguage) {
            this.xLanguage = xLanguage;
            return this;
        }

        /** Builds the request; throws {@link io.polycloud.core.exception.SdkClientException} if {@code jobId} is not a usable id. */
        public DeleteJobRequest build() {
            return new DeleteJobRequest(jobId, Optional.ofNullable(xLanguage));
        }
    }
}
