package io.polycloud.testing;

/**
 * An emulated DRS job, as the emulator holds it.
 *
 * @param projectId the project it belongs to
 * @param jobId     the job id
 * @param state     whether it runs
 */
public record DrsJob(String projectId, String jobId, JobState state) {
}
