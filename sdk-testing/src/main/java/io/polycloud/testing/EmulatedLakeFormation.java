package io.polycloud.testing;

import io.polycloud.core.internal.validation.Validate;
import io.polycloud.testing.internal.huawei.HuaweiJobs;
import java.util.List;

/**
 * The emulated LakeFormation jobs that {@code LakeFormationClient.deleteJob} acts on. A stopped
 * job is deleted (200, request id in {@code X-request-id}); a running one is refused with
 * {@code Emulator.JobRunning}; a missing job or instance with 404 {@code common.01000001}.
 * Thread-safe.
 */
public final class EmulatedLakeFormation {

    private final HuaweiJobs jobs;
    private final String defaultProjectId;

    EmulatedLakeFormation(HuaweiJobs jobs, String defaultProjectId) {
        this.jobs = jobs;
        this.defaultProjectId = defaultProjectId;
    }

    /**
     * Puts a job in the emulator's default project, replacing one with the same ids.
     *
     * @param instanceId the instance; any non-empty text
     * @param jobId      the job; any non-empty text
     * @param state      whether it runs
     * @return the job
     */
    public LakeFormationJob putJob(String instanceId, String jobId, JobState state) {
        return putJob(defaultProjectId, instanceId, jobId, state);
    }

    /**
     * Puts a job in a project, replacing one with the same ids.
     *
     * @param projectId  the project
     * @param instanceId the instance; any non-empty text
     * @param jobId      the job; any non-empty text
     * @param state      whether it runs
     * @return the job
     * @throws io.polycloud.core.exception.SdkClientException if a value is null or empty
     */
    public LakeFormationJob putJob(String projectId, String instanceId, String jobId, JobState state) {
        LakeFormationJob job = new LakeFormationJob(EmulatedHuaweiIds.check(projectId, "projectId"),
                EmulatedHuaweiIds.check(instanceId, "instanceId"), EmulatedHuaweiIds.check(jobId, "jobId"),
                Validate.notNull(state, "state"));
        jobs.put(job);
        return job;
    }

    /**
     * Every job, in the order put.
     *
     * @return the jobs
     */
    public List<LakeFormationJob> jobs() {
        return jobs.lakeFormationJobs();
    }
}
