package io.polycloud.huawei.drs.model;

import io.polycloud.core.internal.validation.Validate;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the overview of a DRS job ({@code GET /v5/{project_id}/jobs/{job_id}?type=overview}),
 * for example to check that it is stopped before deleting it: {@code ShowJobDetailRequest.of(jobId)}.
 *
 * @param jobId     the job, as {@link DeleteJobRequest} takes it
 * @param xLanguage the language of error messages ({@code X-Language}), empty for the service's default
 */
public record ShowJobDetailRequest(String jobId, Optional<Language> xLanguage) {

    /**
     * Validates the components.
     *
     * @throws io.polycloud.core.exception.SdkClientException if {@code jobId} is not a usable id
     * @throws NullPointerException                            if {@code xLanguage} is null
     */
    public ShowJobDetailRequest {
        Validate.pathSegment(jobId, "jobId", DeleteJobRequest.MAX_JOB_ID_LENGTH);
        Objects.requireNonNull(xLanguage, "xLanguage");
    }

    /**
     * A request in the service's default language.
     *
     * @param jobId the job
     * @return the request
     * @throws io.polycloud.core.exception.SdkClientException if {@code jobId} is not a usable id
     */
    public static ShowJobDetailRequest of(String jobId) {
        return new ShowJobDetailRequest(jobId, Optional.empty());
    }
}
