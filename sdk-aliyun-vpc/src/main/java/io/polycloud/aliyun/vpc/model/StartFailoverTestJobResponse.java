package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.SdkResponse;

/**
 * The result of {@code StartFailoverTestJob}: the service accepted the start; the job is
 * {@link FailoverTestJobStatus#STARTING} and becomes {@link FailoverTestJobStatus#TESTING} later
 * (wait for it with {@code vpc.waiters().waitUntilJobStatus(...)}).
 */
public final class StartFailoverTestJobResponse extends SdkResponse {

    private StartFailoverTestJobResponse(SdkResponse.Builder<StartFailoverTestJobResponse> b) {
        super(b);
        FieldRules.requestId(requestId().orElse(null));
    }

    /** @return a builder of {@link StartFailoverTestJobResponse}s, for stubs; VPC always sends a request id, so it is required */
    public static SdkResponse.Builder<StartFailoverTestJobResponse> builder() {
        return new SdkResponse.Builder<>(StartFailoverTestJobResponse::new);
    }
}
