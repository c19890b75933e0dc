package io.polycloud.testing;

import io.polycloud.testing.internal.huawei.HuaweiJobs;
import java.util.List;

/**
 * The emulated DDS scheduled tasks that {@code DdsClient.cancelScheduledTask} acts on. A task is
 * cancelled with 204; cancelling it again (or any missing task) is refused with 404
 * {@code DBS.280016}. Thread-safe.
 */
public final class EmulatedDds {

    private final HuaweiJobs jobs;
    private final String defaultProjectId;

    EmulatedDds(HuaweiJobs jobs, String defaultProjectId) {
        this.jobs = jobs;
        this.defaultProjectId = defaultProjectId;
    }

    /**
     * Puts a scheduled task in the emulator's default project.
     *
     * @param jobId the task id; any non-empty text
     * @return the task
     */
    public DdsScheduledTask putScheduledTask(String jobId) {
        return putScheduledTask(defaultProjectId, jobId);
    }

    /**
     * Puts a scheduled task in a project.
     *
     * @param projectId the project
     * @param jobId     the task id; any non-empty text
     * @return the task
     * @throws io.polycloud.core.exception.SdkClientException if a value is null or empty
     */
    public DdsScheduledTask putScheduledTask(String projectId, String jobId) {
        DdsScheduledTask task = new DdsScheduledTask(EmulatedHuaweiIds.check(projectId, "projectId"),
                EmulatedHuaweiIds.check(jobId, "jobId"));
        jobs.put(task);
        return task;
    }

    /**
     * Every task not cancelled, in the order put.
     *
     * @return the tasks
     */
    public List<DdsScheduledTask> scheduledTasks() {
        return jobs.ddsTasks();
    }
}
