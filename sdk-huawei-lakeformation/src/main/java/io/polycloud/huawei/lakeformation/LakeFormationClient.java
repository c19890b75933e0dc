package io.polycloud.huawei.lakeformation;

import io.polycloud.core.internal.protocol.JsonFields;
import io.polycloud.core.internal.protocol.ServiceDescriptor;
import io.polycloud.core.internal.protocol.huawei.HuaweiOperation;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.huawei.lakeformation.model.DeleteJobRequest;
import io.polycloud.huawei.lakeformation.model.DeleteJobResponse;
import io.polycloud.huawei.lakeformation.model.ShowJobRequest;
import io.polycloud.huawei.lakeformation.model.ShowJobResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A client for Huawei Cloud LakeFormation jobs. Thread-safe; share one per region and close it
 * when done.
 *
 * <pre>{@code
 * try (LakeFormationClient lakeFormation = LakeFormationClient.builder()
 *         .region("cn-north-4")
 *         .credentials(HuaweiCredentials.builder().accessKey(ak).secretKey(sk).projectId(projectId).build())
 *         .build()) {
 *     lakeFormation.deleteJob(DeleteJobRequest.builder().instanceId(instanceId).jobId(jobId).build());
 * }
 * }</pre>
 *
 * Requests are signed with AK/SK ({@code SDK-HMAC-SHA256} by default) or carry an IAM token
 * ({@link Builder#tokenProvider}); the project id comes from the builder, else from the
 * credentials or token. An {@code …Async} method never throws: every failure, a null request
 * included, completes its future exceptionally with the exception the synchronous one throws.
 */
public final class LakeFormationClient implements AutoCloseable {

    private static final ServiceDescriptor SERVICE = ServiceDescriptor.huawei(LakeFormationEndpoints.SERVICE,
            LakeFormationEndpoints::forRegion, LakeFormationErrorCodes.catalog());

    private static final HuaweiOperation<DeleteJobRequest, DeleteJobResponse> DELETE_JOB = HuaweiOperation
            .<DeleteJobRequest>builder("DeleteJob", "DELETE", "/v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}")
            .path("instance_id", DeleteJobRequest::instanceId)
            .path("job_id", DeleteJobRequest::jobId)
            // Deleting twice leaves the same state.
            .idempotent()
            .requestIdOnly(DeleteJobResponse::builder);

    private static final HuaweiOperation<ShowJobRequest, ShowJobResponse> SHOW_JOB = HuaweiOperation
            .<ShowJobRequest>builder("ShowJob", "GET", "/v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}")
            .path("instance_id", ShowJobRequest::instanceId)
            .path("job_id", ShowJobRequest::jobId)
            .idempotent()
            .json(LakeFormationClient::job);

    private final HuaweiRestClient rest;

    private LakeFormationClient(HuaweiRestClient rest) {
        this.rest = rest;
    }

    /**
     * A builder of LakeFormation clients.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Deletes a job of an instance (the API reference's DeleteJobByInstance). A job that has
     * been submitted or is running must be stopped first.
     *
     * @param request the instance and its job
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException   if LakeFormation refused, for example
     *         {@link LakeFormationErrorCodes#NOT_FOUND}
     * @throws io.polycloud.core.exception.SdkClientException if the request is null, no project id is
     *         configured, or the call could not be made
     */
    public DeleteJobResponse deleteJob(DeleteJobRequest request) {
        return rest.call(DELETE_JOB, request);
    }

    /**
     * {@link #deleteJob(DeleteJobRequest)} without blocking.
     *
     * @param request the instance and its job
     * @return the future result
     */
    public CompletableFuture<DeleteJobResponse> deleteJobAsync(DeleteJobRequest request) {
        return rest.callAsync(DELETE_JOB, request);
    }

    /**
     * Reads a job of an instance: its status, name and times (the API reference's ShowJobByInstance).
     *
     * @param request the job
     * @return the job
     * @throws io.polycloud.core.exception.ServiceException   if LakeFormation refused, for example
     *         {@link LakeFormationErrorCodes#NOT_FOUND}, or answered without the job's id or status
     * @throws io.polycloud.core.exception.SdkClientException if the request is null, no project id is
     *         configured, or the call could not be made
     */
    public ShowJobResponse showJob(ShowJobRequest request) {
        return rest.call(SHOW_JOB, request);
    }

    /**
     * {@link #showJob(ShowJobRequest)} without blocking.
     *
     * @param request the job
     * @return the future result
     */
    public CompletableFuture<ShowJobResponse> showJobAsync(ShowJobRequest request) {
        return rest.callAsync(SHOW_JOB, request);
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

    /** Closes the client's connections, unless its transport was given to the builder. */
    @Override
    public void close() {
        rest.close();
    }

    /**
     * Builds {@link LakeFormationClient}s. Set a region (or an endpoint override) and, unless the
     * default chain finds them, credentials or a token provider.
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
        public LakeFormationClient build() {
            return new LakeFormationClient(buildRestClient(SERVICE));
        }
    }
}
