package io.polycloud.huawei.dds.internal;

import io.polycloud.core.internal.pipeline.ResponseHandler;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestRequest;
import io.polycloud.core.internal.protocol.huawei.RequestIdOnlyHandler;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.dds.model.CancelScheduledTaskResponse;

/**
 * Internal: the wire form of DDS {@code CancelScheduledTask}. Not part of the public API.
 */
public final class CancelScheduledTaskOperation {

    /** Reads {@code 204} and the {@code X-Request-Id} header. */
    public static final ResponseHandler<CancelScheduledTaskResponse> RESPONSE = RequestIdOnlyHandler.of(id -> {
        CancelScheduledTaskResponse.Builder b = CancelScheduledTaskResponse.builder();
        id.ifPresent(b::requestId);
        return b.build();
    });

    private CancelScheduledTaskOperation() {
    }

    /**
     * The REST call for a request.
     *
     * @param request the request
     * @return {@code DELETE /v3/{project_id}/scheduled-jobs/{job_id}}
     * @throws io.polycloud.core.exception.SdkClientException if the request is null
     */
    public static HuaweiRestRequest marshal(CancelScheduledTaskRequest request) {
        Validate.notNull(request, "request");
        return HuaweiRestRequest.builder("CancelScheduledTask", "DELETE", "/v3/{project_id}/scheduled-jobs/{job_id}")
                .pathParameter("job_id", request.jobId())
                // Cancelling twice leaves the same state.
                .safeToRepeat(true)
                .build();
    }
}
