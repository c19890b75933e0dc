package io.polycloud.jobs;

import io.polycloud.core.time.Sleeper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;

/**
 * One {@code deleteAll}: a queue of deletions per target (a service in a region), started
 * round-robin over the targets within the batch's and each target's concurrency, on the async
 * clients: no thread is held for a job. A target that throttles is slowed down (see
 * {@link DeleteAllOptions}); a job that ended throttled goes back to the front of its queue.
 *
 * <p>State changes under one lock, which is never held while a job starts or a callback runs.
 * Starting is a drain loop (whoever finds work to start starts it, others only ask for another
 * pass), so a job that completes at once (a dry run, a refused request) neither recurses nor
 * races. Results reach the progress callback and the observer one at a time, under a second lock,
 * the last one followed by the summary.
 */
final class Batch {

    /** A job sent again this many times after throttling ends with its last failure. */
    static final int MAX_SENDS_AFTER_THROTTLING = 10;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private record Target(String service, String region) {
    }

    /** One target's queue and limits. */
    private static final class Lane {
        final Deque<Deletion> queue = new ArrayDeque<>();
        int limit;
        int inFlight;
        boolean paused;
        int throttledInARow;

        Lane(int limit) {
            this.limit = limit;
        }
    }

    private final JobDeleter deleter;
    private final DeleteAllOptions options;
    private final BatchObserver observer;
    private final Sleeper sleeper;
    private final Executor context;
    private final int total;
    private final Map<JobRef, List<Integer>> positions;
    private final DeleteResult[] results;
    private final Map<Target, Lane> lanes = new LinkedHashMap<>();
    private final List<Lane> order = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Object delivery = new Object();
    private final AtomicInteger passesAsked = new AtomicInteger();
    private final CompletableFuture<BatchResult> future = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();
    private int inFlight;
    private int nextLane;
    private boolean stopping;
    private int completed;

    /**
     * @param observerFor the batch's observer, given the number of distinct refs; called here, on
     *                    the caller's thread, before anything is sent
     */
    Batch(JobDeleter deleter, List<JobRef> refs, DeleteAllOptions options, IntFunction<BatchObserver> observerFor,
          Sleeper sleeper) {
        this.deleter = deleter;
        this.options = options;
        this.sleeper = sleeper;
        this.context = this::inListenerContext;
        this.total = refs.size();
        this.results = new DeleteResult[total];
        this.positions = new LinkedHashMap<>();
        for (int i = 0; i < total; i++) {
            positions.computeIfAbsent(refs.get(i), r -> new ArrayList<>(1)).add(i);
        }
        for (JobRef ref : positions.keySet()) {
            lanes.computeIfAbsent(new Target(ref.kind().service(), ref.region()), t -> {
                Lane lane = new Lane(options.maxConcurrencyPerTarget());
                order.add(lane);
                return lane;
            }).queue.add(new Deletion(ref, options.deleteOptions(), context));
        }
        this.observer = observerFor.apply(positions.size());
    }

    CompletableFuture<BatchResult> start() {
        future.whenComplete((result, error) -> {
            if (future.isCancelled()) {
                stop();
            }
        });
        if (total == 0) {
            finish();
        } else {
            startWhatFits();
        }
        return future;
    }

    /** Starts every job the limits allow now; a call while another thread is at it only asks for one more pass. */
    private void startWhatFits() {
        if (passesAsked.getAndIncrement() != 0) {
            return;
        }
        int asked = 1;
        do {
            List<Deletion> toStart = new ArrayList<>();
            lock.lock();
            try {
                pick(toStart);
            } finally {
                lock.unlock();
            }
            for (Deletion d : toStart) {
                context.execute(() -> deleter.run(d).whenComplete((result, error) -> ended(d, result)));
            }
            asked = passesAsked.addAndGet(-asked);
        } while (asked != 0);
    }

    /** Takes jobs round-robin over the targets that may start one; under the lock. */
    private void pick(List<Deletion> toStart) {
        boolean found = true;
        while (found && !stopping && inFlight < options.maxConcurrency()) {
            found = false;
            for (int i = 0; i < order.size() && inFlight < options.maxConcurrency(); i++) {
                Lane lane = order.get((nextLane + i) % order.size());
                if (!lane.paused && lane.inFlight < lane.limit && !lane.queue.isEmpty()) {
                    toStart.add(lane.queue.poll());
                    lane.inFlight++;
                    inFlight++;
                    found = true;
                }
            }
            nextLane = order.isEmpty() ? 0 : (nextLane + 1) % order.size();
        }
    }

    /** A job's run ended: adjust its target, send it again or record its result, start what now fits. */
    private void ended(Deletion d, DeleteResult result) {
        Deletion.Pressure pressure = d.takePressure();
        boolean again = OutcomeRules.worthSendingAgain(result, pressure) && d.sends() <= MAX_SENDS_AFTER_THROTTLING;
        List<DeleteResult> done = new ArrayList<>();
        Duration pause = null;
        Lane lane = lanes.get(new Target(d.ref().kind().service(), d.ref().region()));
        lock.lock();
        try {
            inFlight--;
            lane.inFlight--;
            if (pressure.any() || again) {
                lane.limit = Math.max(1, lane.limit / 2);
                if (!lane.paused) {
                    lane.paused = true;
                    pause = pauseAfter(lane.throttledInARow++);
                }
            } else {
                lane.throttledInARow = 0;
                lane.limit = Math.min(options.maxConcurrencyPerTarget(), lane.limit + 1);
            }
            if (again && !stopping) {
                lane.queue.addFirst(d);
            } else {
                done.add(result);
                if (result.outcome() == DeleteOutcome.FAILED && options.stopOnFirstFailure()) {
                    stopping = true;
                }
                if (stopping) {
                    done.addAll(skipQueued());
                }
            }
        } finally {
            lock.unlock();
        }
        if (pause != null) {
            sleeper.delay(pause).whenComplete((v, e) -> context.execute(() -> resume(lane)));
        }
        deliver(done);
        startWhatFits();
    }

    private void resume(Lane lane) {
        lock.lock();
        try {
            lane.paused = false;
        } finally {
            lock.unlock();
        }
        startWhatFits();
    }

    private void stop() {
        List<DeleteResult> skipped;
        lock.lock();
        try {
            stopping = true;
            skipped = skipQueued();
        } finally {
            lock.unlock();
        }
        deliver(skipped);
    }

    /** Every job not started yet, as skipped; under the lock. */
    private List<DeleteResult> skipQueued() {
        List<DeleteResult> skipped = new ArrayList<>();
        for (Lane lane : order) {
            for (Deletion d; (d = lane.queue.poll()) != null; ) {
                skipped.add(d.result(DeleteOutcome.SKIPPED, Optional.empty(),
                        Optional.of("not sent: the batch stopped before this job"), Optional.empty(), Optional.empty()));
            }
        }
        return skipped;
    }

    private static Duration pauseAfter(int throttledBefore) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(throttledBefore, 5));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private void deliver(List<DeleteResult> done) {
        if (done.isEmpty()) {
            return;
        }
        synchronized (delivery) {
            for (DeleteResult result : done) {
                for (int position : positions.get(result.ref())) {
                    results[position] = result;
                    completed++;
                    safely(() -> options.progress().accept(new BatchProgress(completed, total, result)));
                    safely(() -> observer.onResult(result));
                }
            }
            if (completed == total) {
                finish();
            }
        }
    }

    private void finish() {
        Map<DeleteOutcome, Integer> counts = new EnumMap<>(DeleteOutcome.class);
        for (DeleteResult r : results) {
            counts.merge(r.outcome(), 1, Integer::sum);
        }
        BatchSummary summary = new BatchSummary(total, counts, Duration.ofNanos(System.nanoTime() - startNanos));
        safely(() -> observer.onBatchEnd(summary));
        future.complete(new BatchResult(List.of(results), summary));
    }

    /**
     * Runs a task through the listeners' wrapper. A wrapper that throws (which it must not) is
     * bypassed: the task still runs, once, or the batch would never end.
     */
    private void inListenerContext(Runnable task) {
        boolean[] ran = new boolean[1];
        Runnable once = () -> {
            ran[0] = true;
            task.run();
        };
        try {
            Runnable wrapped = observer.wrap(once);
            (wrapped == null ? once : wrapped).run();
        } catch (RuntimeException e) {
            if (!ran[0]) {
                once.run();
            }
        }
    }

    /** A caller's callback must not break the batch; what it throws is dropped. */
    private static void safely(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            // The batch's own results are what matter; the callback's failure is its own.
        }
    }
}
