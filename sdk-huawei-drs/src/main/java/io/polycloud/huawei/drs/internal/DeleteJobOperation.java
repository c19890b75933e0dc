package io.polycloud.huawei.drs.internal;

import io.polycloud.core.internal.pipeline.ResponseHandler;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestRequest;
import io.polycloud.core.internal.protocol.huawei.RequestIdOnlyHandler;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.drs.model.DeleteJobResponse;
import io.polycloud.huawei.drs.model.Language;

/**
 * Internal: the wire form of DRS {@code DeleteJob}. Not part of the public API.
 */
public final class DeleteJobOperation {

    /** Reads {@code 200 {}} and the {@code X-Request-Id} header. */
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
     * @return {@code DELETE /v5/{project_id}/jobs/{job_id}} with {@code X-Language} when set
     * @throws io.polycloud.core.exception.SdkClientException if the request is null
     */
    public static HuaweiRestRequest marshal(DeleteJobRequest request) {
        Validate.notNull(request, "request");
        return HuaweiRestRequest.builder("DeleteJob", "DELETE", "/v5/{project_id}/jobs/{job_id}")
                .pathParameter("job_id", request.jobId())
                .header("X-Language", request.xLanguage().map(Language::value).orElse(null))
                // Deleting twice leaves the same state (the second answer is DRS.10000010).
                .safeToRepeat(true)
                .build();
    }
}
