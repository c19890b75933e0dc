package io.polycloud.huawei.dds;

import io.polycloud.core.internal.protocol.JsonFields;
import io.polycloud.core.internal.protocol.ServiceDescriptor;
import io.polycloud.core.internal.protocol.huawei.HuaweiOperation;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.dds.model.CancelScheduledTaskResponse;
import io.polycloud.huawei.dds.model.ListScheduledTasksRequest;
import io.polycloud.huawei.dds.model.ListScheduledTasksResponse;
import io.polycloud.huawei.dds.model.ScheduledTask;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A client for Huawei Cloud Document Database Service (DDS) scheduled tasks. Thread-safe; share
 * one per region and close it when done.
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
 * credentials or token. No {@code …Async} method throws: every failure, a null request included,
 * completes the future exceptionally with the exception its synchronous twin throws.
 */
public final class DdsClient implements AutoCloseable {

    private static final ServiceDescriptor SERVICE = ServiceDescriptor.huawei(DdsEndpoints.SERVICE,
            DdsEndpoints::forRegion, DdsErrorCodes.catalog());

    private static final HuaweiOperation<CancelScheduledTaskRequest, CancelScheduledTaskResponse> CANCEL_SCHEDULED_TASK =
            HuaweiOperation.<CancelScheduledTaskRequest>builder("CancelScheduledTask", "DELETE",
                            "/v3/{project_id}/scheduled-jobs/{job_id}")
                    .path("job_id", CancelScheduledTaskRequest::jobId)
                    // Cancelling twice leaves the same state.
                    .idempotent()
                    .requestIdOnly(CancelScheduledTaskResponse::builder);

    private static final HuaweiOperation<ListScheduledTasksRequest, ListScheduledTasksResponse> LIST_SCHEDULED_TASKS =
            HuaweiOperation.<ListScheduledTasksRequest>builder("ListScheduledTasks", "GET", "/v3/{project_id}/scheduled-jobs")
                    .query("job_name", ListScheduledTasksRequest::jobName)
                    .query("job_status", ListScheduledTasksRequest::jobStatus)
                    .query("instance_id", ListScheduledTasksRequest::instanceId)
                    .query("start_time", r -> r.startTime().map(ListScheduledTasksRequest.TIME_FORMAT::format))
                    .query("end_time", r -> r.endTime().map(ListScheduledTasksRequest.TIME_FORMAT::format))
                    .query("offset", ListScheduledTasksRequest::offset)
                    .query("limit", ListScheduledTasksRequest::limit)
                    .idempotent()
                    .json(DdsClient::scheduledTasks);

    private final HuaweiRestClient rest;

    private DdsClient(HuaweiRestClient rest) {
        this.rest = rest;
    }

    /**
     * A builder of DDS clients.
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
        return rest.call(CANCEL_SCHEDULED_TASK, request);
    }

    /**
     * {@link #cancelScheduledTask(CancelScheduledTaskRequest)} without blocking.
     *
     * @param request the task
     * @return the future result
     */
    public CompletableFuture<CancelScheduledTaskResponse> cancelScheduledTaskAsync(CancelScheduledTaskRequest request) {
        return rest.callAsync(CANCEL_SCHEDULED_TASK, request);
    }

    /**
     * Lists one page of scheduled tasks, for example to check that a task is still
     * {@code Pending} before cancelling it.
     *
     * @param request the filters and the page
     * @return the page
     * @throws io.polycloud.core.exception.ServiceException   if DDS refused, for example
     *         {@link DdsErrorCodes#PARAMETER_ERROR}, or answered without a task's id or status
     * @throws io.polycloud.core.exception.SdkClientException if the request is null, no project id is
     *         configured, or the call could not be made
     */
    public ListScheduledTasksResponse listScheduledTasks(ListScheduledTasksRequest request) {
        return rest.call(LIST_SCHEDULED_TASKS, request);
    }

    /**
     * {@link #listScheduledTasks(ListScheduledTasksRequest)} without blocking.
     *
     * @param request the filters and the page
     * @return the future page
     */
    public CompletableFuture<ListScheduledTasksResponse> listScheduledTasksAsync(ListScheduledTasksRequest request) {
        return rest.callAsync(LIST_SCHEDULED_TASKS, request);
    }

    /** {@code {"schedules":[{"job_id":…,"job_status":…,"job_name":…,"instance_id":…,"create_time":…}],"total_count":…}}. */
    private static ListScheduledTasksResponse scheduledTasks(JsonFields body, Optional<String> requestId) throws IOException {
        List<ScheduledTask> tasks = new ArrayList<>();
        for (JsonFields task : body.objects("schedules")) {
            tasks.add(new ScheduledTask(task.required("job_id"), task.required("job_status"), task.text("job_name"),
                    task.text("instance_id"), task.scalar("create_time")));
        }
        int total = body.integer("total_count").orElseThrow(() -> new IOException("missing total_count"));
        return new ListScheduledTasksResponse(tasks, total, requestId);
    }

    /** Closes the client's connections, unless its transport was given to the builder. */
    @Override
    public void close() {
        rest.close();
    }

    /**
     * Builds {@link DdsClient}s. Set a region (or an endpoint override) and, unless the default
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
            return new DdsClient(buildRestClient(SERVICE));
        }
    }
}
