package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.testing.internal.EmulatorClock;
import io.polycloud.testing.internal.huawei.HuaweiJobs;
import java.time.Instant;
import java.util.List;

/**
 * The emulated LakeFormation jobs that {@code LakeFormationClient} reads ({@code ShowJob}) and
 * deletes ({@code DeleteJob}; 200, request id in {@code X-request-id}). Statuses are
 * LakeFormation's: {@code CREATED}, {@code SUBMITTED}, {@code RUNNING}, {@code SUCCESS},
 * {@code FAILED}, {@code STOPPED}. A submitted or running job refuses deletion with
 * {@code Emulator.JobRunning} (the service documents no code for it); a missing job or instance
 * is 404 {@code common.01000001}.
 *
 * <pre>{@code
 * emulator.lakeFormation().putJob("lf-instance-1", "lf-job-1", EmulatedLakeFormation.RUNNING);
 * }</pre>
 *
 * Thread-safe.
 */
public final class EmulatedLakeFormation {

    /** A running job: not deletable. */
    public static final String RUNNING = "RUNNING";
    /** A stopped job: deletable. */
    public static final String STOPPED = "STOPPED";

    private final HuaweiJobs jobs;
    private final String defaultProjectId;
    private final EmulatorClock clock;

    EmulatedLakeFormation(HuaweiJobs jobs, String defaultProjectId, EmulatorClock clock) {
        this.jobs = jobs;
        this.defaultProjectId = defaultProjectId;
        this.clock = clock;
    }

    /**
     * A LakeFormation job, as the emulator holds it.
     *
     * @param projectId  the project it belongs to
     * @param instanceId the LakeFormation instance it runs in
     * @param jobId      the job id
     * @param status     its status, for example {@value #RUNNING}
     * @param createdAt  when it was put in place, by the emulator's clock ({@code create_time})
     */
    public record Job(String projectId, String instanceId, String jobId, String status, Instant createdAt) {
    }

    /**
     * Puts a job in the emulator's default project, replacing one with the same ids.
     *
     * @param instanceId the instance; any non-empty text
     * @param jobId      the job; any non-empty text
     * @param status     a LakeFormation job status, for example {@link #RUNNING} or {@link #STOPPED}
     * @return the job
     * @throws SdkClientException if a value is null or empty, or the status is not one LakeFormation reports
     */
    public Job putJob(String instanceId, String jobId, String status) {
        return putJob(defaultProjectId, instanceId, jobId, status);
    }

    /**
     * Puts a job in a project, replacing one with the same ids.
     *
     * @param projectId  the project
     * @param instanceId the instance; any non-empty text
     * @param jobId      the job; any non-empty text
     * @param status     a LakeFormation job status, for example {@link #RUNNING} or {@link #STOPPED}
     * @return the job
     * @throws SdkClientException if a value is null or empty, or the status is not one LakeFormation reports
     */
    public Job putJob(String projectId, String instanceId, String jobId, String status) {
        HuaweiJobs.LakeFormationJob job = new HuaweiJobs.LakeFormationJob(EmulatedHuaweiIds.check(projectId, "projectId"),
                EmulatedHuaweiIds.check(instanceId, "instanceId"), EmulatedHuaweiIds.check(jobId, "jobId"),
                EmulatedHuaweiIds.status(status, HuaweiJobs.LAKEFORMATION_STATUSES), clock.now());
        jobs.put(job);
        return of(job);
    }

    /**
     * Every job, in the order put.
     *
     * @return the jobs
     */
    public List<Job> jobs() {
        return jobs.lakeFormationJobs().stream().map(EmulatedLakeFormation::of).toList();
    }

    private static Job of(HuaweiJobs.LakeFormationJob j) {
        return new Job(j.projectId(), j.instanceId(), j.jobId(), j.status(), j.createdAt());
    }
}
