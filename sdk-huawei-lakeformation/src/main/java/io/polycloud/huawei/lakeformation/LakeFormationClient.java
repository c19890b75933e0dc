package io.polycloud.huawei.lakeformation;

import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.huawei.lakeformation.internal.DeleteJobOperation;
import io.polycloud.huawei.lakeformation.model.DeleteJobRequest;
import io.polycloud.huawei.lakeformation.model.DeleteJobResponse;
import java.util.concurrent.CompletableFuture;

/**
 * A client for Huawei Cloud LakeFormation jobs. Thread-safe; share one per
 * region and close it when done.
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
 * credentials or token.
 */
public final class LakeFormationClient implements AutoCloseable {

    private final HuaweiRestClient rest;

    private LakeFormationClient(HuaweiRestClient rest) {
        this.rest = rest;
    }

    /**
     * A builder.
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
     * @param request the job
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException   if LakeFormation refused, for example
     *         {@link LakeFormationErrorCodes#NOT_FOUND}
     * @throws io.polycloud.core.exception.SdkClientException if the request is null, no project id is
     *         configured, or the call could not be made
     */
    public DeleteJobResponse deleteJob(DeleteJobRequest request) {
        return rest.call(DeleteJobOperation.marshal(request), DeleteJobOperation.RESPONSE);
    }

    /**
     * {@link #deleteJob(DeleteJobRequest)} without blocking. Never throws: every failure, a null
     * request included, completes the future exceptionally with the exception the synchronous
     * method would throw.
     *
     * @param request the job
     * @return the future result
     */
    public CompletableFuture<DeleteJobResponse> deleteJobAsync(DeleteJobRequest request) {
        try {
            return rest.callAsync(DeleteJobOperation.marshal(request), DeleteJobOperation.RESPONSE);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Closes the client's connections, unless its transport was given to the builder. */
    @Override
    public void close() {
        rest.close();
    }

    /**
     * Builds {@link LakeFormationClient}s. Set a region (or an endpoint override) and, unless the defaults
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
        public LakeFormationClient build() {
            return new LakeFormationClient(buildRestClient(LakeFormationEndpoints.SERVICE, LakeFormationErrorCodes.catalog()));
        }
    }
}
