package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.testing.internal.EmulatorClock;
import io.polycloud.testing.internal.huawei.HuaweiJobs;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The emulated DDS scheduled tasks that {@code DdsClient} lists ({@code ListScheduledTasks}) and
 * cancels ({@code CancelScheduledTask}). Statuses are DDS's: {@code Pending}, {@code Running},
 * {@code Completed}, {@code Failed}, {@code Canceled}. A pending task is cancelled with 204 and is
 * gone; a running or ended one is refused with 403 {@code DBS.280042}; a missing (or already
 * cancelled) one with 404 {@code DBS.280016}. The list filters by name, status, instance and
 * creation time (the last seven days of emulator time unless the request says otherwise).
 *
 * <pre>{@code
 * emulator.dds().putScheduledTask("task-1");                                   // Pending
 * emulator.dds().newScheduledTask("task-2").status("Running").instanceId("dds-1").put();
 * }</pre>
 *
 * Thread-safe.
 */
public final class EmulatedDds {

    private final HuaweiJobs jobs;
    private final String defaultProjectId;
    private final EmulatorClock clock;

    EmulatedDds(HuaweiJobs jobs, String defaultProjectId, EmulatorClock clock) {
        this.jobs = jobs;
        this.defaultProjectId = defaultProjectId;
        this.clock = clock;
    }

    /**
     * A DDS scheduled task, as the emulator holds it.
     *
     * @param projectId  the project it belongs to
     * @param jobId      the task id
     * @param jobStatus  its status, for example {@code Pending}
     * @param jobName    what it does, for example {@code RESIZE_FLAVOR}
     * @param instanceId the DB instance it acts on, if set
     * @param createdAt  when it was put in place, by the emulator's clock ({@code create_time})
     */
    public record ScheduledTask(String projectId, String jobId, String jobStatus, String jobName,
                                Optional<String> instanceId, Instant createdAt) {
    }

    /**
     * Puts a pending {@code RESIZE_FLAVOR} task in the emulator's default project.
     *
     * @param jobId the task id; any non-empty text
     * @return the task
     * @throws SdkClientException if the id is null or empty
     */
    public ScheduledTask putScheduledTask(String jobId) {
        return newScheduledTask(jobId).put();
    }

    /**
     * Puts a pending {@code RESIZE_FLAVOR} task in a project.
     *
     * @param projectId the project
     * @param jobId     the task id; any non-empty text
     * @return the task
     * @throws SdkClientException if a value is null or empty
     */
    public ScheduledTask putScheduledTask(String projectId, String jobId) {
        return newScheduledTask(jobId).projectId(projectId).put();
    }

    /**
     * Starts describing a task to put in place: by default pending, {@code RESIZE_FLAVOR}, in the
     * emulator's default project, on no instance.
     *
     * @param jobId the task id; any non-empty text
     * @return the draft; call {@link TaskDraft#put()}
     * @throws SdkClientException if the id is null or empty
     */
    public TaskDraft newScheduledTask(String jobId) {
        return new TaskDraft(EmulatedHuaweiIds.check(jobId, "jobId"));
    }

    /**
     * Every task not cancelled, in the order put.
     *
     * @return the tasks
     */
    public List<ScheduledTask> scheduledTasks() {
        return jobs.ddsTasks().stream().map(t -> new ScheduledTask(t.projectId(), t.jobId(), t.status(), t.jobName(),
                t.instanceId(), t.createdAt())).toList();
    }

    /** A task about to be put in place; see {@link EmulatedDds#newScheduledTask(String)}. */
    public final class TaskDraft {
        private final String jobId;
        private String projectId = defaultProjectId;
        private String status = "Pending";
        private String jobName = "RESIZE_FLAVOR";
        private String instanceId;

        private TaskDraft(String jobId) {
            this.jobId = jobId;
        }

        /**
         * @param projectId the project; the emulator's default unless set
         * @return this draft
         * @throws SdkClientException if it is null or empty
         */
        public TaskDraft projectId(String projectId) {
            this.projectId = EmulatedHuaweiIds.check(projectId, "projectId");
            return this;
        }

        /**
         * @param status {@code Pending}, {@code Running}, {@code Completed}, {@code Failed} or {@code Canceled}
         * @return this draft
         * @throws SdkClientException if it is none of those
         */
        public TaskDraft status(String status) {
            this.status = EmulatedHuaweiIds.status(status, HuaweiJobs.DDS_STATUSES);
            return this;
        }

        /**
         * @param jobName what the task does, for example {@code RESIZE_FLAVOR}
         * @return this draft
         * @throws SdkClientException if it is blank
         */
        public TaskDraft jobName(String jobName) {
            this.jobName = Validate.text(jobName, "jobName", 128);
            return this;
        }

        /**
         * @param instanceId the DB instance the task acts on
         * @return this draft
         * @throws SdkClientException if it is null or empty
         */
        public TaskDraft instanceId(String instanceId) {
            this.instanceId = EmulatedHuaweiIds.check(instanceId, "instanceId");
            return this;
        }

        /**
         * Puts the task in place, created now by the emulator's clock, replacing one with the same ids.
         *
         * @return the task
         */
        public ScheduledTask put() {
            HuaweiJobs.DdsTask task = new HuaweiJobs.DdsTask(projectId, jobId, status, jobName, Optional.ofNullable(instanceId),
                    clock.now());
            jobs.put(task);
            return new ScheduledTask(projectId, jobId, status, jobName, task.instanceId(), task.createdAt());
        }
    }
}
