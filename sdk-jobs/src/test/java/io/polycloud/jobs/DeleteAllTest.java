package io.polycloud.jobs;

import static io.polycloud.jobs.Emulated.ddsRef;
import static io.polycloud.jobs.Emulated.drsRef;
import static io.polycloud.jobs.Emulated.lakeFormationRef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallObserver;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.retry.RetryBudget;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.testing.EmulatedClouds;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.EmulatedOperation;
import io.polycloud.testing.Fault;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Batches: outcomes in input order, limits, throttling, failures mid-batch, the listener seam. */
@EmulatedClouds(testClock = true, resetBeforeEach = true)
class DeleteAllTest {

    /** One job of each kind in each state that has an outcome, and what each must end as. */
    private record Case(JobRef ref, DeleteOutcome expected) {
    }

    private static List<Case> everyOutcomeOfEveryKind(PolycloudEmulator emulator) {
        emulator.inject(Fault.error(403, "APIG.0203", "forbidden").onlyFor(EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK));
        return List.of(
                new Case(Emulated.vpc(emulator, FailoverTestJobStatus.STOPPED), DeleteOutcome.DELETED),
                new Case(new JobRef.VpcFailoverTestJob(Emulated.VPC_REGION, "ftj-gone1"), DeleteOutcome.ALREADY_GONE),
                new Case(Emulated.vpc(emulator, FailoverTestJobStatus.TESTING), DeleteOutcome.NOT_DELETABLE),
                new Case(Emulated.drs(emulator, "drs-ok", EmulatedDrs.STOPPED), DeleteOutcome.DELETED),
                new Case(drsRef(emulator, "drs-gone"), DeleteOutcome.ALREADY_GONE),
                new Case(Emulated.drs(emulator, "drs-running", EmulatedDrs.RUNNING), DeleteOutcome.NOT_DELETABLE),
                // The first DDS cancel meets the 403 fault: it fails, whichever task it is.
                new Case(Emulated.dds(emulator, "dds-fails", "Pending"), DeleteOutcome.FAILED),
                new Case(Emulated.lakeFormation(emulator, "lf-ok", EmulatedLakeFormation.STOPPED), DeleteOutcome.DELETED),
                new Case(lakeFormationRef(emulator, "lf-gone"), DeleteOutcome.ALREADY_GONE),
                new Case(Emulated.lakeFormation(emulator, "lf-running", EmulatedLakeFormation.RUNNING), DeleteOutcome.NOT_DELETABLE));
    }

    @Test
    void deleteAll_mixedKinds_givesEachItsOutcomeInInputOrderAndCounts(PolycloudEmulator emulator) {
        List<Case> cases = everyOutcomeOfEveryKind(emulator);
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            BatchResult batch = jobs.deleteAll(cases.stream().map(Case::ref).toList());

            for (int i = 0; i < cases.size(); i++) {
                assertEquals(cases.get(i).ref(), batch.results().get(i).ref());
                assertEquals(cases.get(i).expected(), batch.results().get(i).outcome(), batch.results().get(i)::toString);
            }
            BatchSummary summary = batch.summary();
            assertEquals(10, summary.total());
            assertEquals(Map.of(DeleteOutcome.DELETED, 3, DeleteOutcome.ALREADY_GONE, 3, DeleteOutcome.NOT_DELETABLE, 3,
                    DeleteOutcome.FAILED, 1), summary.counts());
            assertFalse(summary.allSucceeded());
            for (Case c : cases) {
                assertTrue(Emulated.successfulDeletesOf(emulator, c.ref()) <= 1, c.ref()::toString);
            }
        }
    }

    @Test
    void deleteAll_dryRun_sendsNothing(PolycloudEmulator emulator) {
        List<Case> cases = everyOutcomeOfEveryKind(emulator);
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            BatchResult batch = jobs.deleteAll(cases.stream().map(Case::ref).toList(), DeleteAllOptions.builder()
                    .deleteOptions(DeleteOptions.builder().dryRun(true).build()).build());

            assertEquals(Map.of(DeleteOutcome.DRY_RUN, 10), batch.summary().counts());
            assertTrue(batch.summary().allSucceeded());
            assertEquals(List.of(), emulator.calls());
        }
    }

    @Test
    void deleteAll_throttledMidBatch_slowsDownAndDeletesEveryJobExactlyOnce(PolycloudEmulator emulator, TestClock time) {
        List<JobRef> refs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            refs.add(Emulated.drs(emulator, "drs-" + i, EmulatedDrs.STOPPED));
            refs.add(Emulated.dds(emulator, "dds-" + i, "Pending"));
        }
        // More throttling than one call's retries absorb: some deletes end throttled and are sent again.
        emulator.inject(Fault.throttle().times(25).onlyFor(EmulatedOperation.DRS_DELETE_JOB));
        emulator.inject(Fault.resetAfterProcessing().times(3).onlyFor(EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            BatchResult batch = jobs.deleteAll(refs, DeleteAllOptions.builder().maxConcurrency(8).build());

            assertEquals(Map.of(DeleteOutcome.DELETED, 60), batch.summary().counts(), () -> batch.results().toString());
            for (JobRef ref : refs) {
                assertEquals(1, Emulated.answeredDeletesOf(emulator, ref), ref::toString);
                assertTrue(Emulated.successfulDeletesOf(emulator, ref) <= 1, ref::toString);
            }
            assertEquals(30 + 25, emulator.calls(EmulatedOperation.DRS_DELETE_JOB).size());
            assertTrue(time.sleeps().contains(Duration.ofSeconds(1)), "the throttled target was paused: " + time.sleeps());
            assertEquals(30 + 3, emulator.calls(EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK).size());
            assertTrue(emulator.drs().jobs().isEmpty());
            assertTrue(emulator.dds().scheduledTasks().isEmpty());
        }
    }

    @Test
    void deleteAll_whenTheRetryBudgetRunsOut_sendsThrottledJobsAgainInsteadOfFailingThem(PolycloudEmulator emulator) {
        List<JobRef> refs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            refs.add(Emulated.lakeFormation(emulator, "lf-" + i, EmulatedLakeFormation.STOPPED));
        }
        emulator.inject(Fault.throttle().times(12).onlyFor(EmulatedOperation.LAKEFORMATION_DELETE_JOB));
        // A budget for two retries: the client soon fails throttled calls at once.
        RetryPolicy stingy = RetryPolicy.builder().budget(new RetryBudget(10, 5, 10)).build();
        try (CloudJobs jobs = Emulated.jobs(emulator).retryPolicy(stingy).build()) {
            BatchResult batch = jobs.deleteAll(refs);

            assertEquals(Map.of(DeleteOutcome.DELETED, 12), batch.summary().counts(), () -> batch.results().toString());
            for (JobRef ref : refs) {
                assertEquals(1, Emulated.successfulDeletesOf(emulator, ref), ref::toString);
            }
            assertEquals(12 + 12, emulator.calls(EmulatedOperation.LAKEFORMATION_DELETE_JOB).size());
        }
    }

    @Test
    void deleteAll_jobThrottledBeyondEveryResend_endsFailedWithTheThrottlingError(PolycloudEmulator emulator) {
        JobRef ref = Emulated.drs(emulator, "drs-always-throttled", EmulatedDrs.STOPPED);
        emulator.inject(Fault.throttle().times(1000).onlyFor(EmulatedOperation.DRS_DELETE_JOB));
        try (CloudJobs jobs = Emulated.jobs(emulator).retryPolicy(RetryPolicy.none()).build()) {
            DeleteResult r = jobs.deleteAll(List.of(ref)).results().get(0);

            assertEquals(DeleteOutcome.FAILED, r.outcome());
            assertEquals(java.util.Optional.of("APIG.0308"), r.code());
            assertEquals(1 + Batch.MAX_SENDS_AFTER_THROTTLING, r.attempts());
            assertEquals(1, emulator.drs().jobs().size());
        }
    }

    @Test
    void deleteAll_respectsTheOverallAndPerTargetLimits(PolycloudEmulator emulator) {
        List<JobRef> refs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            refs.add(Emulated.drs(emulator, "drs-" + i, EmulatedDrs.STOPPED));
            refs.add(Emulated.dds(emulator, "dds-" + i, "Pending"));
            refs.add(Emulated.vpc(emulator, FailoverTestJobStatus.INIT));
        }
        InFlight inFlight = new InFlight();
        try (CloudJobs jobs = Emulated.jobs(emulator).addInterceptor(inFlight).build()) {
            BatchResult batch = jobs.deleteAll(refs, DeleteAllOptions.builder().maxConcurrency(5).maxConcurrencyPerTarget(2).build());

            assertTrue(batch.summary().allSucceeded());
            assertTrue(inFlight.peak.get() <= 5, "peak " + inFlight.peak);
            for (Map.Entry<String, AtomicInteger> e : inFlight.peakPerService.entrySet()) {
                assertTrue(e.getValue().get() <= 2, e.getKey() + " peak " + e.getValue());
            }
            assertTrue(inFlight.peak.get() >= 2, "the batch ran jobs concurrently: peak " + inFlight.peak);
        }
    }

    @Test
    void deleteAll_stopOnFirstFailure_skipsWhatWasNotStarted(PolycloudEmulator emulator) {
        List<JobRef> refs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            refs.add(Emulated.drs(emulator, "drs-" + i, EmulatedDrs.STOPPED));
        }
        emulator.inject(Fault.error(403, "DRS.M00261", "no permission").onlyFor(EmulatedOperation.DRS_DELETE_JOB));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            BatchResult batch = jobs.deleteAll(refs, DeleteAllOptions.builder().maxConcurrency(1).stopOnFirstFailure(true).build());

            assertEquals(DeleteOutcome.FAILED, batch.results().get(0).outcome());
            assertEquals(Map.of(DeleteOutcome.FAILED, 1, DeleteOutcome.SKIPPED, 9), batch.summary().counts());
            assertEquals(1, emulator.calls().size());
        }
    }

    @Test
    void deleteAll_sameRefTwice_deletesItOnceAndReportsItInBothPlaces(PolycloudEmulator emulator) {
        JobRef ref = Emulated.drs(emulator, "drs-dup", EmulatedDrs.STOPPED);
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            BatchResult batch = jobs.deleteAll(List.of(ref, drsRef(emulator, "drs-dup")));

            assertSame(batch.results().get(0), batch.results().get(1));
            assertEquals(DeleteOutcome.DELETED, batch.results().get(0).outcome());
            assertEquals(1, emulator.calls().size());
        }
    }

    @Test
    void deleteAll_emptyList_endsAtOnce(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            BatchResult batch = jobs.deleteAll(List.of());

            assertEquals(0, batch.summary().total());
            assertTrue(batch.summary().allSucceeded());
        }
    }

    @Test
    void deleteAll_progress_isCalledOncePerRefInOrderAndNeverConcurrently(PolycloudEmulator emulator) {
        List<JobRef> refs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            refs.add(Emulated.dds(emulator, "dds-" + i, "Pending"));
        }
        List<Integer> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean inside = new AtomicBoolean();
        AtomicBoolean overlapped = new AtomicBoolean();
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            jobs.deleteAll(refs, DeleteAllOptions.builder().maxConcurrency(8).maxConcurrencyPerTarget(8).progress(p -> {
                if (!inside.compareAndSet(false, true)) {
                    overlapped.set(true);
                }
                seen.add(p.completed());
                assertEquals(40, p.total());
                inside.set(false);
            }).build());
        }
        assertFalse(overlapped.get());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList(), seen);
    }

    /**
     * The seam for tracing: a listener's wrapper makes a "context" current, and every call the
     * batch makes (reads, stops, polls and deletes, after throttling pauses too) sees it when its
     * interceptors are asked for an observer, on whatever thread.
     */
    @Test
    void batchListener_wrapsEveryTaskSoEveryCallSeesTheBatchContext(PolycloudEmulator emulator) {
        ThreadLocal<String> context = new ThreadLocal<>();
        List<String> callContexts = new CopyOnWriteArrayList<>();
        Set<String> callThreads = ConcurrentHashMap.newKeySet();
        List<String> events = new CopyOnWriteArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public CallObserver beforeCall(CallInfo call) {
                callContexts.add(String.valueOf(context.get()));
                callThreads.add(Thread.currentThread().getName());
                return ExecutionInterceptor.super.beforeCall(call);
            }
        };
        BatchListener listener = info -> {
            events.add("start " + info.refs() + " on " + Thread.currentThread().getName());
            String batchContext = "batch-of-" + info.refs();
            return new BatchObserver() {
                @Override
                public Runnable wrap(Runnable task) {
                    return () -> {
                        String outer = context.get();
                        context.set(batchContext);
                        try {
                            task.run();
                        } finally {
                            context.set(outer);
                        }
                    };
                }

                @Override
                public void onResult(DeleteResult result) {
                    events.add("result " + result.outcome());
                }

                @Override
                public void onBatchEnd(BatchSummary summary) {
                    events.add("end " + summary.total());
                }
            };
        };
        List<JobRef> refs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            refs.add(Emulated.lakeFormation(emulator, "lf-" + i, EmulatedLakeFormation.STOPPED));
            refs.add(Emulated.vpc(emulator, FailoverTestJobStatus.TESTING));
        }
        emulator.inject(Fault.throttle().times(6).onlyFor(EmulatedOperation.LAKEFORMATION_DELETE_JOB));
        try (CloudJobs jobs = Emulated.jobs(emulator).addInterceptor(recorder).addBatchListener(listener).build()) {
            BatchResult batch = jobs.deleteAll(refs, DeleteAllOptions.builder()
                    .deleteOptions(DeleteOptions.builder().stopFirst(true).build()).build());

            assertTrue(batch.summary().allSucceeded(), batch.results()::toString);
        }
        assertEquals("start 12 on " + Thread.currentThread().getName(), events.get(0));
        assertEquals("end 12", events.get(events.size() - 1));
        assertEquals(12, events.stream().filter(e -> e.startsWith("result ")).count());
        assertTrue(callContexts.size() > 12 * 2, "reads, stops, polls and deletes: " + callContexts.size());
        assertEquals(Set.of("batch-of-12"), Set.copyOf(callContexts));
        assertNotEquals(Set.of(Thread.currentThread().getName()), callThreads, "calls ran on other threads too");
        assertEquals(null, context.get());
    }

    @Test
    void batchListener_thatThrows_doesNotStopTheBatch(PolycloudEmulator emulator) {
        JobRef ref = Emulated.drs(emulator, "drs-1", EmulatedDrs.STOPPED);
        BatchListener broken = info -> {
            throw new IllegalStateException("listener bug");
        };
        try (CloudJobs jobs = Emulated.jobs(emulator).addBatchListener(broken).build()) {
            assertEquals(DeleteOutcome.DELETED, jobs.deleteAll(List.of(ref)).results().get(0).outcome());
        }
    }

    @Test
    void batchListener_whoseWrapperThrows_isBypassedAndTheBatchEnds(PolycloudEmulator emulator) {
        JobRef ref = Emulated.lakeFormation(emulator, "lf-1", EmulatedLakeFormation.STOPPED);
        BatchListener broken = info -> new BatchObserver() {
            @Override
            public Runnable wrap(Runnable task) {
                throw new IllegalStateException("wrapper bug");
            }
        };
        try (CloudJobs jobs = Emulated.jobs(emulator).addBatchListener(broken).build()) {
            assertEquals(DeleteOutcome.DELETED, jobs.deleteAll(List.of(ref)).results().get(0).outcome());
        }
    }

    /** Counts calls in flight, overall and per service. */
    private static final class InFlight implements ExecutionInterceptor {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();
        final Map<String, AtomicInteger> nowPerService = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> peakPerService = new ConcurrentHashMap<>();

        @Override
        public CallObserver beforeCall(CallInfo call) {
            peak.accumulateAndGet(now.incrementAndGet(), Math::max);
            int service = nowPerService.computeIfAbsent(call.service(), s -> new AtomicInteger()).incrementAndGet();
            peakPerService.computeIfAbsent(call.service(), s -> new AtomicInteger()).accumulateAndGet(service, Math::max);
            return new CallObserver() {
                @Override
                public void afterCall(CallOutcome outcome) {
                    now.decrementAndGet();
                    nowPerService.get(call.service()).decrementAndGet();
                }
            };
        }
    }
}
