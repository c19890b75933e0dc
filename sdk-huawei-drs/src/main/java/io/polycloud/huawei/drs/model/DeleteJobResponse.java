package io.polycloud.huawei.drs.model;

import io.polycloud.core.SdkResponse;

/**
 * The result of {@link io.polycloud.huawei.drs.DrsClient#deleteJob(DeleteJobRequest)}: the
 * service answers {@code 200 {}}, so the request id ({@code X-Request-Id}) is all there is.
 */
public final class DeleteJobResponse extends SdkResponse {

    private DeleteJobResponse(SdkResponse.Builder<DeleteJobResponse> b) {
        super(b);
    }

    /** @return a builder, for example to stub {@link io.polycloud.huawei.drs.DrsClient} in your own tests */
    public static SdkResponse.Builder<DeleteJobResponse> builder() {
        return new SdkResponse.Builder<>(DeleteJobResponse::new);
    }
}
