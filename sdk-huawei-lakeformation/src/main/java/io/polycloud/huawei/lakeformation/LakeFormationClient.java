package io.polycloud.huawei.lakeformation;

import io.polycloud.core.internal.protocol.JsonFields;
import io.polycloud.core.internal.protocol.huawei.HuaweiOperation;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.protocol.huawei.HuaweiServiceClient;
import io.polycloud.huawei.lakeformation.model.DeleteJobRequest;
import io.polycloud.huawei.lakeformation.model.DeleteJobResponse;
import io.polycloud.huawei.lakeformation.model.ShowJobRequest;
import io.polycloud.huawei.lakeformation.model.ShowJobResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A client for Huawei Cloud LakeFormation jobs; what every Huawei client shares (authentication,
 * project id, errors, async) is on {@link HuaweiServiceClient}.
 *
 * <pre>{@code
 * try (LakeFormationClient lakeFormation = LakeFormationClient.builder()
 *         .region("cn-north-4")
 *         .credentials(HuaweiCredentials.builder().accessKey(ak).secretKey(sk).projectId(projectId).build())
 *         .build()) {
 *     lakeFormation.deleteJob(DeleteJobRequest.builder().instanceId(instanceId).jobId(jobId).build());
 * }
 * }</pre>
 */
public final class LakeFormationClient extends HuaweiServiceClient {

    // The reference names the operations DeleteJobByInstance and ShowJobByInstance.
    private static final String JOB_PATH = "/v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}";

    private static final HuaweiOperation<DeleteJobRequest, DeleteJobResponse> DELETE_JOB_BY_INSTANCE = HuaweiOperation
            .<DeleteJobRequest>builder("DeleteJob", "DELETE", JOB_PATH)
            .path("instance_id", DeleteJobRequest::instanceId)
            .path("job_id", DeleteJobRequest::jobId)
            // Deleting twice leaves the same state.
            .idempotent()
            .requestIdOnly(DeleteJobResponse::builder);

    private static final HuaweiOperation<ShowJobRequest, ShowJobResponse> SHOW_JOB_BY_INSTANCE = HuaweiOperation
            .<ShowJobRequest>builder("ShowJob", "GET", JOB_PATH)
            .path("instance_id", ShowJobRequest::instanceId)
            .path("job_id", ShowJobRequest::jobId)
            .idempotent()
            .json(LakeFormationClient::job);

    private LakeFormationClient(HuaweiRestClient rest) {
        super(rest);
    }

    /** @return a builder of LakeFormation clients */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Deletes a job of an instance (the API reference's DeleteJobByInstance). A job that has
     * been submitted or is running must be stopped first.
     *
     * @param request the instance and its job
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException for example {@link LakeFormationErrorCodes#NOT_FOUND}
     */
    public DeleteJobResponse deleteJob(DeleteJobRequest request) {
        return call(DELETE_JOB_BY_INSTANCE, request);
    }

    /** {@link #deleteJob(DeleteJobRequest)} without blocking. */
    public CompletableFuture<DeleteJobResponse> deleteJobAsync(DeleteJobRequest request) {
        return callAsync(DELETE_JOB_BY_INSTANCE, request);
    }

    /**
     * Reads a job of an instance: its status, name and times (the API reference's ShowJobByInstance).
     *
     * @param request the job
     * @return the job
     * @throws io.polycloud.core.exception.ServiceException for example {@link LakeFormationErrorCodes#NOT_FOUND}
     */
    public ShowJobResponse showJob(ShowJobRequest request) {
        return call(SHOW_JOB_BY_INSTANCE, request);
    }

    /** {@link #showJob(ShowJobRequest)} without blocking. */
    public CompletableFuture<ShowJobResponse> showJobAsync(ShowJobRequest request) {
        return callAsync(SHOW_JOB_BY_INSTANCE, request);
    }

    /**
     * {@code {"id":…,"name":…,"status":…,"create_time":…,"start_time":…}}; the reference's own
     * example nests the status as {@code "status":{"status":…}}, which is read too.
     */
    private static ShowJobResponse job(JsonFields body, Optional<String> requestId) throws IOException {
        JsonFields status = body.isObject("status") ? body.object("status").orElseThrow() : body;
        return new ShowJobResponse(body.required("id"), status.required("status"), body.text("name"),
                body.scalar("create_time"), body.scalar("start_time"), requestId);
    }

    /** Builds {@link LakeFormationClient}s: set a region (or an endpoint override) and, unless the default chain finds them, credentials. */
    public static final class Builder extends HuaweiServiceClient.Builder<Builder, LakeFormationClient> {
        private Builder() {
            super(LakeFormationEndpoints.SERVICE, LakeFormationErrorCodes.catalog(), LakeFormationClient::new);
        }
    }
}
