package io.polycloud.huawei.dds.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One scheduled task, as {@code ListScheduledTasks} reports it.
 *
 * @param jobId      the task's id ({@code job_id}), what {@code cancelScheduledTask} takes
 * @param jobStatus  the status as the service spells it: {@code Pending}, {@code Running},
 *                   {@code Completed}, {@code Failed} or {@code Canceled}
 * @param jobName    the task's name ({@code job_name}), if sent
 * @param instanceId the instance it runs on ({@code instance_id}), if sent
 * @param createTime the creation time as the service sends it ({@code create_time}), if sent
 */
public record ScheduledTask(String jobId, String jobStatus, Optional<String> jobName, Optional<String> instanceId,
                            Optional<String> createTime) {

    /** Checks that no component is null. */
    public ScheduledTask {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(jobStatus, "jobStatus");
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(createTime, "createTime");
    }

    /**
     * Whether {@code cancelScheduledTask} would accept the task: only one that has not run yet;
     * otherwise DDS refuses with {@link io.polycloud.huawei.dds.DdsErrorCodes#INVALID_REQUEST}.
     *
     * @return true if the status is {@code Pending}
     */
    public boolean isCancellable() {
        return "Pending".equals(jobStatus);
    }
}
