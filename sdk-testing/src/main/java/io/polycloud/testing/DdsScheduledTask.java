package io.polycloud.testing;

/**
 * An emulated DDS scheduled task, as the emulator holds it.
 *
 * @param projectId the project it belongs to
 * @param jobId     the task id
 */
public record DdsScheduledTask(String projectId, String jobId) {
}
