package io.polycloud.huawei.lakeformation.internal;

import io.polycloud.core.internal.pipeline.ResponseHandler;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestRequest;
import io.polycloud.core.internal.protocol.huawei.RequestIdOnlyHandler;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.huawei.lakeformation.model.DeleteJobRequest;
import io.polycloud.huawei.lakeformation.model.DeleteJobResponse;

/**
 * Internal: the wire form of LakeFormation {@code DeleteJob} (DeleteJobByInstance). Not part of
 * the public API.
 */
public final class DeleteJobOperation {

    /** Reads {@code 200} and the {@code X-request-id} header. */
    public static final ResponseHandler<DeleteJobResponse> RESPONSE = RequestIdOnlyHandler.of(id -> {
        DeleteJobResponse.Builder b = DeleteJobResponse.builder();
        id.ifPresent(b::requestId);
        return b.build();
    });

    private DeleteJobOperation() {
    }

    /**
     * The REST call for a request.
     *
     * @param request the request
     * @return {@code DELETE /v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}}
     * @throws io.polycloud.core.exception.SdkClientException if the request is null
     */
    public static HuaweiRestRequest marshal(DeleteJobRequest request) {
        Validate.notNull(request, "request");
        return HuaweiRestRequest.builder("DeleteJob", "DELETE", "/v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}")
                .pathParameter("instance_id", request.instanceId())
                .pathParameter("job_id", request.jobId())
                // Deleting twice leaves the same state.
                .safeToRepeat(true)
                .build();
    }
}
