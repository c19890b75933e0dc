package io.polycloud.huawei.dds;

import io.polycloud.core.internal.protocol.JsonFields;
import io.polycloud.core.internal.protocol.huawei.HuaweiOperation;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.protocol.huawei.HuaweiServiceClient;
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
 * A client for Huawei Cloud Document Database Service (DDS) scheduled tasks; what every Huawei
 * client shares (authentication, project id, errors, async) is on {@link HuaweiServiceClient}.
 *
 * <pre>{@code
 * try (DdsClient dds = DdsClient.builder()
 *         .region("cn-north-4")
 *         .credentials(HuaweiCredentials.builder().accessKey(ak).secretKey(sk).projectId(projectId).build())
 *         .build()) {
 *     dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId(taskId).build());
 * }
 * }</pre>
 */
public final class DdsClient extends HuaweiServiceClient {

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

    private DdsClient(HuaweiRestClient rest) {
        super(rest);
    }

    /** @return a builder of DDS clients */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Cancels a scheduled task.
     *
     * @param request the task
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException for example {@link DdsErrorCodes#RESOURCE_NOT_FOUND}
     *         or {@link DdsErrorCodes#INVALID_REQUEST}
     */
    public CancelScheduledTaskResponse cancelScheduledTask(CancelScheduledTaskRequest request) {
        return call(CANCEL_SCHEDULED_TASK, request);
    }

    /** {@link #cancelScheduledTask(CancelScheduledTaskRequest)} without blocking. */
    public CompletableFuture<CancelScheduledTaskResponse> cancelScheduledTaskAsync(CancelScheduledTaskRequest request) {
        return callAsync(CANCEL_SCHEDULED_TASK, request);
    }

    /**
     * Lists one page of scheduled tasks, for example to check that a task is still
     * {@code Pending} before cancelling it.
     *
     * @param request the filters and the page
     * @return the page
     * @throws io.polycloud.core.exception.ServiceException for example {@link DdsErrorCodes#PARAMETER_ERROR}
     */
    public ListScheduledTasksResponse listScheduledTasks(ListScheduledTasksRequest request) {
        return call(LIST_SCHEDULED_TASKS, request);
    }

    /** {@link #listScheduledTasks(ListScheduledTasksRequest)} without blocking. */
    public CompletableFuture<ListScheduledTasksResponse> listScheduledTasksAsync(ListScheduledTasksRequest request) {
        return callAsync(LIST_SCHEDULED_TASKS, request);
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

    /** Builds {@link DdsClient}s: set a region (or an endpoint override) and, unless the default chain finds them, credentials. */
    public static final class Builder extends HuaweiServiceClient.Builder<Builder, DdsClient> {
        private Builder() {
            super(DdsEndpoints.SERVICE, DdsErrorCodes.catalog(), DdsClient::new);
        }
    }
}
