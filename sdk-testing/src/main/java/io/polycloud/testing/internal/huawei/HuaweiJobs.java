package io.polycloud.testing.internal.huawei;

import io.polycloud.core.exception.ErrorCode;
import io.polycloud.huawei.dds.DdsErrorCodes;
import io.polycloud.huawei.drs.DrsErrorCodes;
import io.polycloud.huawei.drs.model.ShowJobDetailResponse;
import io.polycloud.huawei.lakeformation.LakeFormationErrorCodes;
import io.polycloud.testing.internal.ServiceError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Internal: the emulated Huawei Cloud resources: DRS jobs, DDS scheduled tasks and LakeFormation
 * jobs, each keyed by project (and instance), with their statuses as the services spell them and
 * the rules of which status allows a delete. Every method locks this object, so a delete's check
 * and its effect are one step. Not part of the public API.
 */
public final class HuaweiJobs {

    /** DRS {@code JobDetailResp.StatusEnum}, as {@code ShowJobDetail} reports it. */
    public static final Set<String> DRS_STATUSES = Set.of("CREATING", "CREATE_FAILED", "CONFIGURATION", "STARTJOBING",
            "WAITING_FOR_START", "START_JOB_FAILED", "PAUSING", "FULL_TRANSFER_STARTED", "FULL_TRANSFER_FAILED",
            "FULL_TRANSFER_COMPLETE", "INCRE_TRANSFER_STARTED", "INCRE_TRANSFER_FAILED", "RELEASE_RESOURCE_STARTED",
            "RELEASE_RESOURCE_FAILED", "RELEASE_RESOURCE_COMPLETE", "REBUILD_NODE_STARTED", "REBUILD_NODE_FAILED",
            "CHANGE_JOB_STARTED", "CHANGE_JOB_FAILED", "DELETED", "CHILD_TRANSFER_STARTING", "CHILD_TRANSFER_STARTED",
            "CHILD_TRANSFER_COMPLETE", "CHILD_TRANSFER_FAILED", "RELEASE_CHILD_TRANSFER_STARTED",
            "RELEASE_CHILD_TRANSFER_COMPLETE", "NODE_UPGRADE_START", "NODE_UPGRADE_COMPLETE", "NODE_UPGRADE_FAILED");
    /** The only DRS status DeleteJob accepts: the job has stopped ("ended"). */
    public static final String DRS_STOPPED = ShowJobDetailResponse.STOPPED;
    /** A DRS job that is gone: DeleteJob answers {@code DRS.M05004}. */
    private static final String DRS_DELETED = "DELETED";
    /** DDS scheduled task statuses; only {@code Pending} may be cancelled. */
    public static final Set<String> DDS_STATUSES = Set.of("Pending", "Running", "Completed", "Failed", "Canceled");
    /** LakeFormation job statuses. */
    public static final Set<String> LAKEFORMATION_STATUSES = Set.of("CREATED", "SUBMITTED", "RUNNING", "SUCCESS",
            "FAILED", "STOPPED");
    /** LakeFormation statuses that refuse a delete: the job must be stopped first. */
    private static final Set<String> LAKEFORMATION_BUSY = Set.of("SUBMITTED", "RUNNING");

    /** A DRS job. */
    public record DrsJob(String projectId, String jobId, String status, Instant createdAt) {
    }

    /** A DDS scheduled task. */
    public record DdsTask(String projectId, String jobId, String status, String jobName, Optional<String> instanceId,
                          Instant createdAt) {
    }

    /** A LakeFormation job. */
    public record LakeFormationJob(String projectId, String instanceId, String jobId, String status, Instant createdAt) {
    }

    private final Map<List<String>, DrsJob> drs = new LinkedHashMap<>();
    private final Map<List<String>, DdsTask> dds = new LinkedHashMap<>();
    private final Map<List<String>, LakeFormationJob> lakeFormation = new LinkedHashMap<>();

    /** @param job the job to add or replace */
    public synchronized void put(DrsJob job) {
        drs.put(List.of(job.projectId(), job.jobId()), job);
    }

    /** @param task the task to add or replace */
    public synchronized void put(DdsTask task) {
        dds.put(List.of(task.projectId(), task.jobId()), task);
    }

    /** @param job the job to add or replace */
    public synchronized void put(LakeFormationJob job) {
        lakeFormation.put(List.of(job.projectId(), job.instanceId(), job.jobId()), job);
    }

    /** @return every DRS job, in the order added */
    public synchronized List<DrsJob> drsJobs() {
        return new ArrayList<>(drs.values());
    }

    /** @return every DDS scheduled task, in the order added */
    public synchronized List<DdsTask> ddsTasks() {
        return new ArrayList<>(dds.values());
    }

    /** @return every LakeFormation job, in the order added */
    public synchronized List<LakeFormationJob> lakeFormationJobs() {
        return new ArrayList<>(lakeFormation.values());
    }

    /**
     * DRS {@code ShowJobDetail}.
     *
     * @throws ServiceError {@code DRS.10000010} if missing
     */
    public synchronized DrsJob drsJob(String projectId, String jobId) {
        return found(drs.get(List.of(projectId, jobId)), DrsErrorCodes.JOB_NOT_FOUND);
    }

    /**
     * DRS {@code DeleteJob}: only a stopped job may go.
     *
     * @throws ServiceError {@code DRS.10000010} if missing, {@code DRS.M05004} if already deleted,
     *                      {@code DRS.M00304} in any status but {@value #DRS_STOPPED}
     */
    public synchronized void deleteDrsJob(String projectId, String jobId) {
        DrsJob job = drsJob(projectId, jobId);
        if (job.status().equals(DRS_DELETED)) {
            throw ServiceError.of(DrsErrorCodes.TASK_DELETED);
        }
        if (!job.status().equals(DRS_STOPPED)) {
            throw ServiceError.of(DrsErrorCodes.TASK_STATUS_NOT_ALLOWED);
        }
        drs.remove(List.of(projectId, jobId));
    }

    /**
     * DDS {@code ListScheduledTasks}: the project's tasks that pass the filter, in the order added.
     */
    public synchronized List<DdsTask> ddsTasks(String projectId, Predicate<DdsTask> filter) {
        return dds.values().stream().filter(t -> t.projectId().equals(projectId) && filter.test(t)).toList();
    }

    /**
     * DDS {@code CancelScheduledTask}: only a pending task may be cancelled; it is then gone.
     *
     * @throws ServiceError {@code DBS.280016} (404) if missing or already cancelled,
     *                      {@code DBS.280042} (403) if it is running or has ended
     */
    public synchronized void cancelDdsTask(String projectId, String jobId) {
        DdsTask task = dds.get(List.of(projectId, jobId));
        if (task == null || task.status().equals("Canceled")) {
            // The DDS error table lists the code with 400; the seeded operation's contract asks for 404.
            throw new ServiceError(404, DdsErrorCodes.RESOURCE_NOT_FOUND.code(), DdsErrorCodes.RESOURCE_NOT_FOUND.description());
        }
        if (!task.status().equals("Pending")) {
            throw ServiceError.of(DdsErrorCodes.INVALID_REQUEST);
        }
        dds.remove(List.of(projectId, jobId));
    }

    /**
     * LakeFormation {@code ShowJob}.
     *
     * @throws ServiceError {@code common.01000001} (404) if the job or instance is missing
     */
    public synchronized LakeFormationJob lakeFormationJob(String projectId, String instanceId, String jobId) {
        return found(lakeFormation.get(List.of(projectId, instanceId, jobId)), LakeFormationErrorCodes.NOT_FOUND);
    }

    /**
     * LakeFormation {@code DeleteJob}: a submitted or running job refuses.
     *
     * @throws ServiceError {@code common.01000001} (404) if missing, {@code Emulator.JobRunning} if submitted or running
     */
    public synchronized void deleteLakeFormationJob(String projectId, String instanceId, String jobId) {
        LakeFormationJob job = lakeFormationJob(projectId, instanceId, jobId);
        if (LAKEFORMATION_BUSY.contains(job.status())) {
            // The reference documents no code for refusing this delete (it says to stop the job first).
            throw ServiceError.badRequest(LakeFormationErrorCodes.EMULATOR_JOB_RUNNING.code(), "The job is " + job.status().toLowerCase(Locale.ROOT)
                    + "; stop it before deleting it.");
        }
        lakeFormation.remove(List.of(projectId, instanceId, jobId));
    }

    /** Forgets every resource. */
    public synchronized void reset() {
        drs.clear();
        dds.clear();
        lakeFormation.clear();
    }

    private static <T> T found(T resource, ErrorCode notFound) {
        if (resource == null) {
            throw ServiceError.of(notFound);
        }
        return resource;
    }
}
