package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.testing.internal.EmulatorClock;
import io.polycloud.testing.internal.huawei.HuaweiJobs;
import java.time.Instant;
import java.util.List;

/**
 * The emulated DRS jobs that {@code DrsClient} reads ({@code ShowJobDetail}) and deletes
 * ({@code DeleteJob}). Statuses are DRS's own ({@code JobDetailResp.StatusEnum}); only a stopped
 * job, {@value #STOPPED}, is deleted, any other status is refused with {@code DRS.M00304}, a
 * {@code DELETED} job with {@code DRS.M05004}, a missing one with {@code DRS.10000010}.
 *
 * <pre>{@code
 * emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
 * }</pre>
 *
 * Thread-safe.
 */
public final class EmulatedDrs {

    /** A job that is replicating (full transfer done, incremental transfer under way): not deletable. */
    public static final String RUNNING = "INCRE_TRANSFER_STARTED";
    /** A stopped ("ended") job, the only status DeleteJob accepts. */
    public static final String STOPPED = HuaweiJobs.DRS_STOPPED;

    private final HuaweiJobs jobs;
    private final String defaultProjectId;
    private final EmulatorClock clock;

    EmulatedDrs(HuaweiJobs jobs, String defaultProjectId, EmulatorClock clock) {
        this.jobs = jobs;
        this.defaultProjectId = defaultProjectId;
        this.clock = clock;
    }

    /**
     * A DRS job, as the emulator holds it.
     *
     * @param projectId the project it belongs to
     * @param jobId     the job id
     * @param status    its status, as DRS spells it, for example {@value #STOPPED}
     * @param createdAt when it was put in place, by the emulator's clock ({@code create_time})
     */
    public record Job(String projectId, String jobId, String status, Instant createdAt) {
    }

    /**
     * Puts a job in the emulator's default project, replacing one with the same id.
     *
     * @param jobId  the id; any non-empty text
     * @param status a DRS job status, for example {@link #RUNNING} or {@link #STOPPED}
     * @return the job
     * @throws SdkClientException if a value is null or empty, or the status is not one DRS reports
     */
    public Job putJob(String jobId, String status) {
        return putJob(defaultProjectId, jobId, status);
    }

    /**
     * Puts a job in a project, replacing one with the same id.
     *
     * @param projectId the project
     * @param jobId     the id; any non-empty text
     * @param status    a DRS job status, for example {@link #RUNNING} or {@link #STOPPED}
     * @return the job
     * @throws SdkClientException if a value is null or empty, or the status is not one DRS reports
     */
    public Job putJob(String projectId, String jobId, String status) {
        HuaweiJobs.DrsJob job = new HuaweiJobs.DrsJob(EmulatedHuaweiIds.check(projectId, "projectId"),
                EmulatedHuaweiIds.check(jobId, "jobId"), EmulatedHuaweiIds.status(status, HuaweiJobs.DRS_STATUSES),
                clock.now());
        jobs.put(job);
        return of(job);
    }

    /**
     * Every job, in the order put.
     *
     * @return the jobs
     */
    public List<Job> jobs() {
        return jobs.drsJobs().stream().map(EmulatedDrs::of).toList();
    }

    private static Job of(HuaweiJobs.DrsJob j) {
        return new Job(j.projectId(), j.jobId(), j.status(), j.createdAt());
    }
}
