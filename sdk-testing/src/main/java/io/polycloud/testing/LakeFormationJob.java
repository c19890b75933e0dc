package io.polycloud.testing;

/**
 * An emulated LakeFormation job, as the emulator holds it.
 *
 * @param projectId  the project it belongs to
 * @param instanceId the LakeFormation instance it runs in
 * @param jobId      the job id
 * @param state      whether it runs
 */
public record LakeFormationJob(String projectId, String instanceId, String jobId, JobState state) {
}
