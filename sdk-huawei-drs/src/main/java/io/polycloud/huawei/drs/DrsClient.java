package io.polycloud.huawei.drs;

import io.polycloud.core.internal.protocol.JsonFields;
import io.polycloud.core.internal.protocol.ServiceDescriptor;
import io.polycloud.core.internal.protocol.huawei.HuaweiOperation;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.drs.model.DeleteJobResponse;
import io.polycloud.huawei.drs.model.Language;
import io.polycloud.huawei.drs.model.ShowJobDetailRequest;
import io.polycloud.huawei.drs.model.ShowJobDetailResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A client for Huawei Cloud Data Replication Service (DRS) jobs. Thread-safe; share one per
 * region and close it when done.
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
 *
 * Requests are signed with AK/SK ({@code SDK-HMAC-SHA256} by default) or carry an IAM token
 * ({@link Builder#tokenProvider}); the project id comes from the builder, else from the
 * credentials or token. Every {@code …Async} method never throws: each failure, a null request
 * included, completes its future exceptionally with the exception the synchronous method throws.
 */
public final class DrsClient implements AutoCloseable {

    private static final ServiceDescriptor SERVICE = ServiceDescriptor.huawei(DrsEndpoints.SERVICE,
            DrsEndpoints::forRegion, DrsErrorCodes.catalog());

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

    private final HuaweiRestClient rest;

    private DrsClient(HuaweiRestClient rest) {
        this.rest = rest;
    }

    /**
     * A builder of DRS clients.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Deletes a job. Only stopped jobs can be deleted.
     *
     * @param request the job, which must be stopped
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException   if DRS refused, for example
     *         {@link DrsErrorCodes#JOB_NOT_FOUND} or {@link DrsErrorCodes#TASK_STATUS_NOT_ALLOWED}
     * @throws io.polycloud.core.exception.SdkClientException if the request is null, no project id is
     *         configured, or the call could not be made
     */
    public DeleteJobResponse deleteJob(DeleteJobRequest request) {
        return rest.call(DELETE_JOB, request);
    }

    /**
     * {@link #deleteJob(DeleteJobRequest)} without blocking.
     *
     * @param request the job, which must be stopped
     * @return the future result
     */
    public CompletableFuture<DeleteJobResponse> deleteJobAsync(DeleteJobRequest request) {
        return rest.callAsync(DELETE_JOB, request);
    }

    /**
     * Reads a job's id, status, name and creation time ({@code ShowJobDetail}, {@code type=overview}).
     *
     * @param request the job
     * @return the job's overview
     * @throws io.polycloud.core.exception.ServiceException   if DRS refused, for example
     *         {@link DrsErrorCodes#JOB_NOT_FOUND}, or answered without the job's id or status
     * @throws io.polycloud.core.exception.SdkClientException if the request is null, no project id is
     *         configured, or the call could not be made
     */
    public ShowJobDetailResponse showJobDetail(ShowJobDetailRequest request) {
        return rest.call(SHOW_JOB_DETAIL, request);
    }

    /**
     * {@link #showJobDetail(ShowJobDetailRequest)} without blocking.
     *
     * @param request the job
     * @return the future result
     */
    public CompletableFuture<ShowJobDetailResponse> showJobDetailAsync(ShowJobDetailRequest request) {
        return rest.callAsync(SHOW_JOB_DETAIL, request);
    }

    /** {@code {"job":{"id":…,"status":…,"create_time":…,"base_info":{"name":…}}}}. */
    private static ShowJobDetailResponse jobDetail(JsonFields body, Optional<String> requestId) throws IOException {
        JsonFields job = body.object("job").orElseThrow(() -> new IOException("missing job"));
        Optional<JsonFields> baseInfo = job.object("base_info");
        return new ShowJobDetailResponse(job.required("id"), job.required("status"),
                baseInfo.isEmpty() ? Optional.empty() : baseInfo.get().text("name"), job.scalar("create_time"), requestId);
    }

    /** Closes the client's connections, unless its transport was given to the builder. */
    @Override
    public void close() {
        rest.close();
    }

    /**
     * Builds {@link DrsClient}s. Set a region (or an endpoint override) and, unless the defaults
     * chain finds them, credentials or a token provider.
     */
    public static final class Builder extends HuaweiClientBuilder<Builder> {

        private Builder() {
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws io.polycloud.core.exception.SdkClientException if neither region nor endpoint
         *         override is set, or both credentials and a token provider are
         */
        public DrsClient build() {
            return new DrsClient(buildRestClient(SERVICE));
        }
    }
}
