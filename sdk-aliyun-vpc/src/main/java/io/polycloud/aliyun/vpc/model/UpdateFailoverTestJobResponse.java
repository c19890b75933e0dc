package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.SdkResponse;

/**
 * The result of {@code UpdateFailoverTestJob}: the job's attributes are changed.
 */
public final class UpdateFailoverTestJobResponse extends SdkResponse {

    private UpdateFailoverTestJobResponse(SdkResponse.Builder<UpdateFailoverTestJobResponse> b) {
        super(b);
        FieldRules.requestId(requestId().orElse(null));
    }

    /** @return a builder of {@link UpdateFailoverTestJobResponse}s, for stubs; VPC always sends a request id, so it is required */
    public static SdkResponse.Builder<UpdateFailoverTestJobResponse> builder() {
        return new SdkResponse.Builder<>(UpdateFailoverTestJobResponse::new);
    }
}
