package io.polycloud.http.okhttp;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okio.AsyncTimeout;

/**
 * Keeps okio's timeout watchdog from being woken by every call. Every OkHttp call enters several
 * okio timeouts (the call's attempt timeout, then one per socket read and write), and okio wakes
 * its watchdog thread whenever a timeout becomes the earliest one queued, which on a client
 * making one call at a time is nearly every time: a futex wake-up, a context switch and a
 * contended lock per timeout, measured at about 9 futex calls per blocking call against 3 with
 * this pacer (strace), and about a fifth of the process's CPU time per call.
 *
 * <p>The pacer is a timeout of its own, {@value #TICK_MILLIS} ms long, that re-enters itself
 * each time it fires while calls are being made: it stays the earliest entry, so the calls'
 * timeouts (seconds) queue behind it without a wake-up, and the watchdog wakes {@value
 * #TICKS_PER_SECOND} times a second instead. Every timeout still fires when due: the watchdog
 * always waits for the earliest entry. A tick without a call stops the pacer; the next call
 * starts it again. okio's queue is shared by the whole JVM, so other OkHttp clients in the
 * application save the same wake-ups while Polycloud calls are running.
 */
final class TimeoutPacer extends AsyncTimeout {

    static final long TICK_MILLIS = 100;
    static final long TICKS_PER_SECOND = 1000 / TICK_MILLIS;

    private static final TimeoutPacer INSTANCE = new TimeoutPacer();

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean called;

    private TimeoutPacer() {
        timeout(TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Notes a call, and starts the pacer if it is not running. */
    static void onCall() {
        TimeoutPacer pacer = INSTANCE;
        if (!pacer.called) {
            // Written once per tick, not per call: concurrent callers only read the shared field.
            pacer.called = true;
        }
        if (!pacer.running.get() && pacer.running.compareAndSet(false, true)) {
            pacer.enter();
        }
    }

    /** Whether it is running; for tests. */
    static boolean isRunning() {
        return INSTANCE.running.get();
    }

    /** On okio's watchdog thread, once per tick: go round again if a call came since the last tick. */
    @Override
    protected void timedOut() {
        exit();
        if (called) {
            called = false;
            enter();
        } else {
            // A call racing with this sees running still set and skips enter(); the next one restarts.
            running.set(false);
        }
    }
}
