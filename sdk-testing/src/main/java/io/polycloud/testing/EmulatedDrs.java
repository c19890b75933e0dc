package io.polycloud.testing;

import io.polycloud.core.internal.validation.Validate;
import io.polycloud.testing.internal.huawei.HuaweiJobs;
import java.util.List;

/**
 * The emulated DRS jobs that {@code DrsClient.deleteJob} acts on. A stopped job is deleted; a
 * running one is refused with {@code DRS.M00304}; a missing one with {@code DRS.10000010}.
 * Thread-safe.
 */
public final class EmulatedDrs {

    private final HuaweiJobs jobs;
    private final String defaultProjectId;

    EmulatedDrs(HuaweiJobs jobs, String defaultProjectId) {
        this.jobs = jobs;
        this.defaultProjectId = defaultProjectId;
    }

    /**
     * Puts a job in the emulator's default project, replacing one with the same id.
     *
     * @param jobId the id; any non-empty text
     * @param state whether it runs
     * @return the job
     */
    public DrsJob putJob(String jobId, JobState state) {
        return putJob(defaultProjectId, jobId, state);
    }

    /**
     * Puts a job in a project, replacing one with the same id.
     *
     * @param projectId the project
     * @param jobId     the id; any non-empty text
     * @param state     whether it runs
     * @return the job
     * @throws io.polycloud.core.exception.SdkClientException if a value is null or empty
     */
    public DrsJob putJob(String projectId, String jobId, JobState state) {
        DrsJob job = new DrsJob(EmulatedHuaweiIds.check(projectId, "projectId"), EmulatedHuaweiIds.check(jobId, "jobId"),
                Validate.notNull(state, "state"));
        jobs.put(job);
        return job;
    }

    /**
     * Every job, in the order put.
     *
     * @return the jobs
     */
    public List<DrsJob> jobs() {
        return jobs.drsJobs();
    }
}
