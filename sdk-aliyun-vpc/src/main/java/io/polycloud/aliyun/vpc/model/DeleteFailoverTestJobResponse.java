package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.SdkResponse;

/**
 * The result of {@code DeleteFailoverTestJob}: the job is deleted.
 */
public final class DeleteFailoverTestJobResponse extends SdkResponse {

    private DeleteFailoverTestJobResponse(SdkResponse.Builder<DeleteFailoverTestJobResponse> b) {
        super(b);
        FieldRules.requestId(requestId().orElse(null));
    }

    /** @return a builder of {@link DeleteFailoverTestJobResponse}s, for stubs; VPC always sends a request id, so it is required */
    public static SdkResponse.Builder<DeleteFailoverTestJobResponse> builder() {
        return new SdkResponse.Builder<>(DeleteFailoverTestJobResponse::new);
    }
}
