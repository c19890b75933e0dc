package io.polycloud.huawei.drs;

import io.polycloud.core.internal.protocol.JsonFields;
import io.polycloud.core.internal.protocol.huawei.HuaweiOperation;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.protocol.huawei.HuaweiServiceClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.drs.model.DeleteJobResponse;
import io.polycloud.huawei.drs.model.Language;
import io.polycloud.huawei.drs.model.ShowJobDetailRequest;
import io.polycloud.huawei.drs.model.ShowJobDetailResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A client for Huawei Cloud Data Replication Service (DRS) jobs; what every Huawei client shares
 * (authentication, project id, errors, async) is on {@link HuaweiServiceClient}.
 *
 * <pre>{@code
 * try (DrsClient drs = DrsClient.builder()
 *         .region("cn-north-4")
 *         .credentials(HuaweiCredentials.builder().accessKey(ak).secretKey(sk).projectId(projectId).build())
 *         .build()) {
 *     if (drs.showJobDetail(ShowJobDetailRequest.of(jobId)).isDeletable()) {
 *         drs.deleteJob(DeleteJobRequest.builder().jobId(jobId).build());
 *     }
 * }
 * }</pre>
 */
public final class DrsClient extends HuaweiServiceClient {

    private static final HuaweiOperation<DeleteJobRequest, DeleteJobResponse> DELETE_JOB = HuaweiOperation
            .<DeleteJobRequest>builder("DeleteJob", "DELETE", "/v5/{project_id}/jobs/{job_id}")
            .path("job_id", DeleteJobRequest::jobId)
            .header("X-Language", r -> r.xLanguage().map(Language::value))
            // Deleting twice leaves the same state (the second answer is DRS.10000010).
            .idempotent()
            .requestIdOnly(DeleteJobResponse::builder);

    private static final HuaweiOperation<ShowJobDetailRequest, ShowJobDetailResponse> SHOW_JOB_DETAIL = HuaweiOperation
            .<ShowJobDetailRequest>builder("ShowJobDetail", "GET", "/v5/{project_id}/jobs/{job_id}")
            .path("job_id", ShowJobDetailRequest::jobId)
            .query("type", r -> Optional.of("overview"))
            .header("X-Language", r -> r.xLanguage().map(Language::value))
            .idempotent()
            .json(DrsClient::jobDetail);

    private DrsClient(HuaweiRestClient rest) {
        super(rest);
    }

    /** @return a builder of DRS clients */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Deletes a job. Only stopped jobs can be deleted.
     *
     * @param request the job, which must be stopped
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException for example {@link DrsErrorCodes#JOB_NOT_FOUND}
     *         or {@link DrsErrorCodes#TASK_STATUS_NOT_ALLOWED}
     */
    public DeleteJobResponse deleteJob(DeleteJobRequest request) {
        return call(DELETE_JOB, request);
    }

    /** {@link #deleteJob(DeleteJobRequest)} without blocking. */
    public CompletableFuture<DeleteJobResponse> deleteJobAsync(DeleteJobRequest request) {
        return callAsync(DELETE_JOB, request);
    }

    /**
     * Reads a job's id, status, name and creation time ({@code ShowJobDetail}, {@code type=overview}).
     *
     * @param request the job
     * @return the job's overview
     * @throws io.polycloud.core.exception.ServiceException for example {@link DrsErrorCodes#JOB_NOT_FOUND}
     */
    public ShowJobDetailResponse showJobDetail(ShowJobDetailRequest request) {
        return call(SHOW_JOB_DETAIL, request);
    }

    /** {@link #showJobDetail(ShowJobDetailRequest)} without blocking. */
    public CompletableFuture<ShowJobDetailResponse> showJobDetailAsync(ShowJobDetailRequest request) {
        return callAsync(SHOW_JOB_DETAIL, request);
    }

    /** {@code {"job":{"id":…,"status":…,"create_time":…,"base_info":{"name":…}}}}. */
    private static ShowJobDetailResponse jobDetail(JsonFields body, Optional<String> requestId) throws IOException {
        JsonFields job = body.object("job").orElseThrow(() -> new IOException("missing job"));
        Optional<JsonFields> baseInfo = job.object("base_info");
        return new ShowJobDetailResponse(job.required("id"), job.required("status"),
                baseInfo.isEmpty() ? Optional.empty() : baseInfo.get().text("name"), job.scalar("create_time"), requestId);
    }

    /** Builds {@link DrsClient}s: set a region (or an endpoint override) and, unless the default chain finds them, credentials. */
    public static final class Builder extends HuaweiServiceClient.Builder<Builder, DrsClient> {
        private Builder() {
            super(DrsEndpoints.SERVICE, DrsErrorCodes.catalog(), DrsClient::new);
        }
    }
}
