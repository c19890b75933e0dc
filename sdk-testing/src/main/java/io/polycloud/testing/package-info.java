/**
 * An offline, stateful, signature-checking emulator of the Polycloud services, for tests.
 *
 * <p>Everything a test author needs is in this package:
 * <ul>
 *   <li>{@link io.polycloud.testing.PolycloudEmulator}: starts and stops it; credentials, time,
 *       faults, the request log, {@link io.polycloud.testing.PolycloudEmulator#configure
 *       configure(builder)} to point a client at it;</li>
 *   <li>{@link io.polycloud.testing.EmulatedClouds} and
 *       {@link io.polycloud.testing.PolycloudEmulatorExtension}: one emulator per JUnit 5 test
 *       class, injected with ready clients;</li>
 *   <li>{@link io.polycloud.testing.TestClock}: one time for the emulator and the clients, which
 *       sleeping moves;</li>
 *   <li>the per-service controls {@link io.polycloud.testing.EmulatedVpc},
 *       {@link io.polycloud.testing.EmulatedDrs}, {@link io.polycloud.testing.EmulatedDds} and
 *       {@link io.polycloud.testing.EmulatedLakeFormation}, with their snapshot types nested;</li>
 *   <li>{@link io.polycloud.testing.Fault}: what goes wrong for the next matching requests;</li>
 *   <li>{@link io.polycloud.testing.RecordedCall} and {@link io.polycloud.testing.EmulatedOperation}:
 *       what the emulator received and made of it;</li>
 *   <li>{@link io.polycloud.testing.IamUser}: a user for the emulated IAM token endpoint.</li>
 * </ul>
 * Job statuses and error codes are the service modules' own ({@code FailoverTestJobStatus}, the
 * {@code *ErrorCodes} constants). {@code io.polycloud.testing.standalone} holds the launcher;
 * {@code io.polycloud.testing.internal} and its subpackages are not API.
 *
 * <pre>{@code
 * @EmulatedClouds(testClock = true)
 * class CleanupTest {
 *     @Test
 *     void deletesAStoppedJob(PolycloudEmulator emulator, DrsClient drs) {
 *         emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
 *         drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());
 *         assertTrue(emulator.drs().jobs().isEmpty());
 *     }
 * }
 * }</pre>
 */
package io.polycloud.testing;
