/**
 * Runnable programs to copy from. With no flag they start the embedded emulator from
 * {@code sdk-testing}, so they run offline with no account; with {@code --target real} they use
 * the default credential chains and the real endpoints, never create anything, and act only on ids
 * given as arguments: they print what they will do to which ids (start, stop, delete) and do it only
 * with {@code --yes}.
 *
 * <ul>
 *   <li>{@link io.polycloud.examples.VpcFailoverDrill}: a VPC failover drill from create to delete;</li>
 *   <li>{@link io.polycloud.examples.HuaweiCleanup}: delete a DRS job, cancel a DDS scheduled task,
 *       delete a LakeFormation job;</li>
 *   <li>{@link io.polycloud.examples.Tour}: both, and a table of what happened;</li>
 *   <li>{@link io.polycloud.examples.JobsCleanup}: the same clean-up through {@code CloudJobs}, every kind of job at once.</li>
 * </ul>
 */
package io.polycloud.examples;
