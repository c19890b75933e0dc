package io.polycloud.huawei.lakeformation.model;

import io.polycloud.core.SdkResponse;

/**
 * The result of {@link io.polycloud.huawei.lakeformation.LakeFormationClient#deleteJob(DeleteJobRequest)}:
 * the service answers {@code 200} with the request id in the {@code X-request-id} header and
 * nothing else.
 */
public final class DeleteJobResponse extends SdkResponse {

    private DeleteJobResponse(SdkResponse.Builder<DeleteJobResponse> b) {
        super(b);
    }

    /** @return a builder, for example to stub {@link io.polycloud.huawei.lakeformation.LakeFormationClient} in your own tests */
    public static SdkResponse.Builder<DeleteJobResponse> builder() {
        return new SdkResponse.Builder<>(DeleteJobResponse::new);
    }
}
