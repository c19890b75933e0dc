package io.polycloud.testing.internal.huawei;

import io.polycloud.testing.DdsScheduledTask;
import io.polycloud.testing.DrsJob;
import io.polycloud.testing.JobState;
import io.polycloud.testing.LakeFormationJob;
import io.polycloud.testing.internal.ServiceError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Internal: the emulated Huawei Cloud resources the seeded operations delete: DRS jobs, DDS
 * scheduled tasks and LakeFormation jobs, each keyed by project (and instance). Every method
 * locks this object, so a delete's check and its effect are one step. Not part of the public API.
 */
public final class HuaweiJobs {

    /** A LakeFormation job is running: the reference documents no code for it. */
    public static final String JOB_RUNNING = "Emulator.JobRunning";

    private final Map<List<String>, DrsJob> drs = new LinkedHashMap<>();
    private final Map<List<String>, DdsScheduledTask> dds = new LinkedHashMap<>();
    private final Map<List<String>, LakeFormationJob> lakeFormation = new LinkedHashMap<>();

    /**
     * Adds or replaces a DRS job.
     *
     * @param job the job
     */
    public synchronized void put(DrsJob job) {
        drs.put(List.of(job.projectId(), job.jobId()), job);
    }

    /**
     * Adds or replaces a DDS scheduled task.
     *
     * @param task the task
     */
    public synchronized void put(DdsScheduledTask task) {
        dds.put(List.of(task.projectId(), task.jobId()), task);
    }

    /**
     * Adds or replaces a LakeFormation job.
     *
     * @param job the job
     */
    public synchronized void put(LakeFormationJob job) {
        lakeFormation.put(List.of(job.projectId(), job.instanceId(), job.jobId()), job);
    }

    /** @return every DRS job, in the order added */
    public synchronized List<DrsJob> drsJobs() {
        return new ArrayList<>(drs.values());
    }

    /** @return every DDS scheduled task, in the order added */
    public synchronized List<DdsScheduledTask> ddsTasks() {
        return new ArrayList<>(dds.values());
    }

    /** @return every LakeFormation job, in the order added */
    public synchronized List<LakeFormationJob> lakeFormationJobs() {
        return new ArrayList<>(lakeFormation.values());
    }

    /**
     * DRS {@code DeleteJob}: only a stopped job may go.
     *
     * @param projectId the project
     * @param jobId     the job
     * @throws ServiceError {@code DRS.10000010} if missing, {@code DRS.M00304} if running
     */
    public synchronized void deleteDrsJob(String projectId, String jobId) {
        List<String> key = List.of(projectId, jobId);
        DrsJob job = Optional.ofNullable(drs.get(key)).orElseThrow(() -> ServiceError.badRequest("DRS.10000010",
                "Job does not exist, please check job ID."));
        if (job.state() != JobState.STOPPED) {
            throw ServiceError.badRequest("DRS.M00304", "This API cannot be called in the current task status.");
        }
        drs.remove(key);
    }

    /**
     * DDS {@code CancelScheduledTask}.
     *
     * @param projectId the project
     * @param jobId     the task
     * @throws ServiceError {@code DBS.280016} (404) if missing
     */
    public synchronized void cancelDdsTask(String projectId, String jobId) {
        if (dds.remove(List.of(projectId, jobId)) == null) {
            throw new ServiceError(404, "DBS.280016", "Resource not found.");
        }
    }

    /**
     * LakeFormation {@code DeleteJob}: a running job refuses.
     *
     * @param projectId  the project
     * @param instanceId the instance
     * @param jobId      the job
     * @throws ServiceError {@code common.01000001} (404) if missing, {@value #JOB_RUNNING} if running
     */
    public synchronized void deleteLakeFormationJob(String projectId, String instanceId, String jobId) {
        List<String> key = List.of(projectId, instanceId, jobId);
        LakeFormationJob job = Optional.ofNullable(lakeFormation.get(key)).orElseThrow(() -> new ServiceError(404,
                "common.01000001", "response status exception, code: 404"));
        if (job.state() == JobState.RUNNING) {
            throw ServiceError.badRequest(JOB_RUNNING, "The job is running; it can be deleted once it has stopped.");
        }
        lakeFormation.remove(key);
    }

    /** Forgets every resource. */
    public synchronized void reset() {
        drs.clear();
        dds.clear();
        lakeFormation.clear();
    }
}
