package io.polycloud.huawei.dds.model;

import io.polycloud.core.SdkResponse;

/**
 * The result of {@link io.polycloud.huawei.dds.DdsClient#cancelScheduledTask(CancelScheduledTaskRequest)}:
 * the service answers {@code 204} with no body, so the request id is all there is.
 */
public final class CancelScheduledTaskResponse extends SdkResponse {

    private CancelScheduledTaskResponse(SdkResponse.Builder<CancelScheduledTaskResponse> b) {
        super(b);
    }

    /** @return a builder, for example to stub {@link io.polycloud.huawei.dds.DdsClient} in your own tests */
    public static SdkResponse.Builder<CancelScheduledTaskResponse> builder() {
        return new SdkResponse.Builder<>(CancelScheduledTaskResponse::new);
    }
}
