package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.SdkResponse;

/**
 * The result of {@code StopFailoverTestJob}: the service accepted the stop; the job is
 * {@link FailoverTestJobStatus#STOPPING} and becomes {@link FailoverTestJobStatus#STOPPED} later.
 */
public final class StopFailoverTestJobResponse extends SdkResponse {

    private StopFailoverTestJobResponse(SdkResponse.Builder<StopFailoverTestJobResponse> b) {
        super(b);
        FieldRules.requestId(requestId().orElse(null));
    }

    /** @return a builder of {@link StopFailoverTestJobResponse}s, for stubs; VPC always sends a request id, so it is required */
    public static SdkResponse.Builder<StopFailoverTestJobResponse> builder() {
        return new SdkResponse.Builder<>(StopFailoverTestJobResponse::new);
    }
}
