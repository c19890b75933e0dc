package io.polycloud.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.EmulatedOperation;
import io.polycloud.testing.Fault;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.TestClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One {@code deleteAll} over many mixed refs against the emulator: the four kinds, a tenth already
 * gone (DDS aside), a tenth not deletable, throttling injected on two services and lost answers on a third.
 * Measures the wall time and the peak of live threads, and checks from the emulator's request log
 * that each job was sent exactly once plus retries. 200 refs in the default build;
 * {@code -Dpolycloud.jobs.scale=1000} for the measurement. The numbers go to
 * {@code target/delete-all-scale.txt}.
 */
class DeleteAllScaleTest {

    private static final int REFS = Integer.getInteger("polycloud.jobs.scale", 200);
    private static final int LOST_ANSWERS = 3;

    @Test
    void deleteAll_ofManyMixedRefs_endsEachRightSendsEachOnceAndStaysSmall() throws Exception {
        TestClock time = TestClock.create();
        try (PolycloudEmulator emulator = PolycloudEmulator.builder().clock(time).requestLogLimit(100_000).start();
             CloudJobs jobs = Emulated.jobs(emulator).build()) {
            Map<JobRef, DeleteOutcome> expected = new HashMap<>();
            List<JobRef> refs = new ArrayList<>();
            for (int i = 0; refs.size() < REFS; i++) {
                JobKind kind = JobKind.values()[i % 4];
                int state = (i / 4) % 10;   // 0: already gone, 1: not deletable, else deletable
                if (kind == JobKind.DDS_SCHEDULED_TASK && state == 0) {
                    // DDS answers are lost below: a lost answer for a task that never existed reads the same
                    // as one for a task that lost attempt deleted (reported DELETED), so every DDS task exists.
                    state = 2;
                }
                JobRef ref = job(emulator, kind, i, state);
                refs.add(ref);
                expected.put(ref, state == 0 ? DeleteOutcome.ALREADY_GONE : state == 1 ? DeleteOutcome.NOT_DELETABLE
                        : DeleteOutcome.DELETED);
            }
            int throttles = REFS / 20;
            emulator.inject(Fault.throttle().times(throttles).onlyFor(EmulatedOperation.DRS_DELETE_JOB));
            emulator.inject(Fault.throttle().times(throttles).onlyFor(EmulatedOperation.LAKEFORMATION_DELETE_JOB));
            // Fewer lost answers than a call has attempts, so that no task can lose all of them.
            emulator.inject(Fault.resetAfterProcessing().times(LOST_ANSWERS).onlyFor(EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK));
            emulator.clearCalls();

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int threadsBefore = threads.getThreadCount();
            threads.resetPeakThreadCount();
            ClientThreadSampler sampler = new ClientThreadSampler();
            sampler.start();
            long start = System.nanoTime();
            BatchResult batch = jobs.deleteAll(refs, DeleteAllOptions.builder().maxConcurrency(32).maxConcurrencyPerTarget(8).build());
            long millis = (System.nanoTime() - start) / 1_000_000;
            sampler.stop();
            int peak = threads.getPeakThreadCount();

            for (int i = 0; i < refs.size(); i++) {
                DeleteResult r = batch.results().get(i);
                assertEquals(expected.get(refs.get(i)), r.outcome(), r::toString);
            }
            int sentOnce = 0;
            for (JobRef ref : refs) {
                // LakeFormation decides "gone" and "not deletable" from its read: no delete is sent then.
                boolean readDecided = ref.kind() == JobKind.LAKEFORMATION_JOB && expected.get(ref) != DeleteOutcome.DELETED;
                assertEquals(readDecided ? 0 : 1, Emulated.answeredDeletesOf(emulator, ref), ref::toString);
                assertTrue(Emulated.successfulDeletesOf(emulator, ref) <= 1, ref::toString);
                sentOnce += readDecided ? 0 : 1;
            }
            int deleteCalls = 0;
            for (JobKind kind : JobKind.values()) {
                deleteCalls += emulator.calls(Emulated.deleteOperation(kind)).size();
            }
            Map<DeleteOutcome, Integer> counts = new EnumMap<>(batch.summary().counts());
            String report = String.format("deleteAll of %d mixed refs (4 kinds; %s): %d ms wall, %d calls in all, "
                            + "%d deletes = %d jobs answered once + %d throttled + %d lost answers; "
                            + "peak live threads %d (JVM, emulator included; %d before), peak non-emulator threads %d%n",
                    REFS, counts, millis, emulator.calls().size(), deleteCalls, sentOnce, 2 * throttles, LOST_ANSWERS,
                    peak, threadsBefore, sampler.peak.get());
            Files.writeString(Path.of("target", "delete-all-scale.txt"), report, StandardCharsets.UTF_8);
            System.out.print(report);

            assertEquals(sentOnce + 2 * throttles + LOST_ANSWERS, deleteCalls);
            assertTrue(millis < 20L * REFS, report);
            assertTrue(sampler.peak.get() < 80, "no thread per ref: " + report);
        }
    }

    /** A job of a kind in a state: 0 already gone (not put in place), 1 not deletable, else deletable. */
    private static JobRef job(PolycloudEmulator emulator, JobKind kind, int i, int state) {
        String id = kind.service() + "-" + i;
        return switch (kind) {
            case VPC_FAILOVER_TEST_JOB -> state == 0 ? new JobRef.VpcFailoverTestJob(Emulated.VPC_REGION, "ftj-gone" + i)
                    : Emulated.vpc(emulator, state == 1 ? FailoverTestJobStatus.TESTING : FailoverTestJobStatus.STOPPED);
            case DRS_JOB -> state == 0 ? Emulated.drsRef(emulator, id)
                    : Emulated.drs(emulator, id, state == 1 ? EmulatedDrs.RUNNING : EmulatedDrs.STOPPED);
            case DDS_SCHEDULED_TASK -> state == 0 ? Emulated.ddsRef(emulator, id)
                    : Emulated.dds(emulator, id, state == 1 ? "Running" : "Pending");
            case LAKEFORMATION_JOB -> state == 0 ? Emulated.lakeFormationRef(emulator, id)
                    : Emulated.lakeFormation(emulator, id, state == 1 ? EmulatedLakeFormation.RUNNING : EmulatedLakeFormation.STOPPED);
        };
    }

    /** Samples the live threads that are not the emulator's, every 2 ms. */
    private static final class ClientThreadSampler {
        final AtomicInteger peak = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::run, "scale-test-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
        }

        private void run() {
            while (running.get()) {
                int count = 0;
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (!t.getName().startsWith("polycloud-emulator-")) {
                        count++;
                    }
                }
                peak.accumulateAndGet(count, Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
