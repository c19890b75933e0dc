package io.polycloud.huawei.dds;

import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.huawei.dds.internal.CancelScheduledTaskOperation;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.dds.model.CancelScheduledTaskResponse;
import java.util.concurrent.CompletableFuture;

/**
 * A client for Huawei Cloud Document Database Service (DDS) scheduled tasks. Thread-safe; share one per
 * region and close it when done.
 *
 * <pre>{@code
 * try (DdsClient dds = DdsClient.builder()
 *         .region("cn-north-4")
 *         .credentials(HuaweiCredentials.builder().accessKey(ak).secretKey(sk).projectId(projectId).build())
 *         .build()) {
 *     dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId(taskId).build());
 * }
 * }</pre>
 *
 * Requests are signed with AK/SK ({@code SDK-HMAC-SHA256} by default) or carry an IAM token
 * ({@link Builder#tokenProvider}); the project id comes from the builder, else from the
 * credentials or token.
 */
public final class DdsClient implements AutoCloseable {

    private final HuaweiRestClient rest;

    private DdsClient(HuaweiRestClient rest) {
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
     * Cancels a scheduled task.
     *
     * @param request the task
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException   if DDS refused, for example
     *         {@link DdsErrorCodes#RESOURCE_NOT_FOUND} or {@link DdsErrorCodes#INVALID_REQUEST}
     * @throws io.polycloud.core.exception.SdkClientException if the request is null, no project id is
     *         configured, or the call could not be made
     */
    public CancelScheduledTaskResponse cancelScheduledTask(CancelScheduledTaskRequest request) {
        return rest.call(CancelScheduledTaskOperation.marshal(request), CancelScheduledTaskOperation.RESPONSE);
    }

    /**
     * {@link #cancelScheduledTask(CancelScheduledTaskRequest)} without blocking. Never throws: every failure, a null
     * request included, completes the future exceptionally with the exception the synchronous
     * method would throw.
     *
     * @param request the task
     * @return the future result
     */
    public CompletableFuture<CancelScheduledTaskResponse> cancelScheduledTaskAsync(CancelScheduledTaskRequest request) {
        try {
            return rest.callAsync(CancelScheduledTaskOperation.marshal(request), CancelScheduledTaskOperation.RESPONSE);
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
     * Builds {@link DdsClient}s. Set a region (or an endpoint override) and, unless the defaults
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
        public DdsClient build() {
            return new DdsClient(buildRestClient(DdsEndpoints.SERVICE, DdsErrorCodes.catalog()));
        }
    }
}
