package io.polycloud.core.internal.pipeline;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Ends async calls at their deadline: one daemon thread shared by every client, so a dropped
 * client leaves nothing behind. A cancelled task leaves the queue at once, so calls that finish
 * in time (nearly all) cost one insert and one removal.
 *
 * <p>Tasks run on the timer thread and complete the caller's future there, as
 * {@link java.util.concurrent.CompletableFuture#orTimeout} does: they must be short. Cancelling
 * the abandoned exchange is not: a transport may close a socket or wake its dispatcher, a fraction
 * of a millisecond each, which over a thousand calls ending at once would make the last ones
 * late. So exchanges are cancelled on a second daemon thread, {@link #cancelLater}.
 */
final class DeadlineTimer {

    private DeadlineTimer() {
    }

    private static final class Holder {
        static final ScheduledThreadPoolExecutor SCHEDULER = create();
        static final ExecutorService CANCELLER = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "polycloud-cancel");
            t.setDaemon(true);
            return t;
        });

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "polycloud-deadline");
                t.setDaemon(true);
                return t;
            });
            scheduler.setRemoveOnCancelPolicy(true);
            return scheduler;
        }
    }

    /**
     * Runs a task once the delay has passed.
     *
     * @param delay how long from now
     * @param task  what to run; must not block
     * @return a handle that cancels the task
     */
    static ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        return Holder.SCHEDULER.schedule(task, Math.max(1, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    /**
     * Cancels an exchange off the caller's and the timer's threads.
     *
     * @param exchange the transport's future, or a backoff wait
     */
    static void cancelLater(Future<?> exchange) {
        Holder.CANCELLER.execute(() -> exchange.cancel(true));
    }
}
