package io.polycloud.http.okhttp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;
import org.junit.jupiter.api.Test;

class TimeoutPacerTest {

    @Test
    void onCall_startsThePacer_andTicksWithoutCallsStopIt() throws InterruptedException {
        TimeoutPacer.onCall();
        assertTrue(TimeoutPacer.isRunning());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (TimeoutPacer.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(TimeoutPacer.TICK_MILLIS / 2);
        }
        assertFalse(TimeoutPacer.isRunning(), "still running 10 s after the last call");
    }

    @Test
    void whileRunning_otherTimeoutsStillFire_notBeforeTheirDeadline() throws InterruptedException {
        TimeoutPacer.onCall();
        CountDownLatch fired = new CountDownLatch(1);
        AsyncTimeout timeout = new AsyncTimeout() {
            @Override
            protected void timedOut() {
                fired.countDown();
            }
        };
        timeout.timeout(3 * TimeoutPacer.TICK_MILLIS, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        timeout.enter();
        try {
            assertTrue(fired.await(10, TimeUnit.SECONDS), "the timeout never fired");
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(elapsedMillis >= 3 * TimeoutPacer.TICK_MILLIS, "fired after " + elapsedMillis + " ms");
        } finally {
            timeout.exit();
        }
    }
}
