package io.polycloud.reliability.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, boundedly, for something that happens on another thread: a socket closing, a thread ending. */
public final class Await {

    private Await() {
    }

    /**
     * Polls until the condition holds.
     *
     * @param within the longest wait
     * @param what   what is awaited, for the failure message
     * @throws AssertionError if it still does not hold after {@code within}
     */
    public static void until(Duration within, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toMillis() + " ms: " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Live threads whose name starts with the prefix. */
    public static long liveThreads(String namePrefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(namePrefix))
                .count();
    }
}
