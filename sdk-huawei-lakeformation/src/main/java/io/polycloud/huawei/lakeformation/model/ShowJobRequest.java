package io.polycloud.huawei.lakeformation.model;

import io.polycloud.core.internal.validation.Validate;

/**
 * Reads a job of a LakeFormation instance
 * ({@code GET /v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}}), for example to check
 * that it is not submitted or running before deleting it.
 *
 * <pre>{@code
 * new ShowJobRequest("2180518f-42b8-4947-b20b-adfc53981a25", "03141229-84cd-4b1b-9733-dd124320c125");
 * }</pre>
 *
 * @param instanceId the instance; at most {@value DeleteJobRequest#MAX_INSTANCE_ID_LENGTH} characters
 * @param jobId      the job; at most {@value DeleteJobRequest#MAX_JOB_ID_LENGTH} characters
 */
public record ShowJobRequest(String instanceId, String jobId) {

    /**
     * Validates the ids: required, not {@code .} or {@code ..}, no control characters.
     *
     * @throws io.polycloud.core.exception.SdkClientException if one is not a usable id
     */
    public ShowJobRequest {
        Validate.pathSegment(instanceId, "instanceId", DeleteJobRequest.MAX_INSTANCE_ID_LENGTH);
        Validate.pathSegment(jobId, "jobId", DeleteJobRequest.MAX_JOB_ID_LENGTH);
    }
}
