package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Time that only moves when told to: a {@link Clock} and the core {@link Sleeper} in one, where
 * sleeping advances the clock instead of blocking. Give it to the emulator and to the clients
 * under test, and retries, backoffs, waiters and job lifecycles run in microseconds, with the
 * same arithmetic as in production:
 *
 * <pre>{@code
 * TestClock time = TestClock.create();
 * try (PolycloudEmulator emulator = PolycloudEmulator.builder().clock(time).start();
 *      VpcClient vpc = emulator.configure(VpcClient.builder()).region("cn-hangzhou").build()) {
 *     // emulator.configure(...) set the endpoint, the credentials, and clock(time).sleeper(time)
 *     vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
 *     vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.TESTING, Duration.ofMinutes(5));  // no real wait
 * }
 * }</pre>
 *
 * {@link EmulatedClouds#testClock()} does the same for a JUnit class. Thread-safe; every view
 * {@link #withZone(ZoneId) in another zone} shares the same time.
 */
public final class TestClock extends Clock implements Sleeper {

    /** How many recent sleeps {@link #sleeps()} remembers. */
    private static final int SLEEPS_KEPT = 10_000;

    private final AtomicReference<Instant> now;
    private final Deque<Duration> sleeps;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, Deque<Duration> sleeps, ZoneId zone) {
        this.now = now;
        this.sleeps = sleeps;
        this.zone = zone;
    }

    /**
     * A test clock at the current time, to the second, in UTC.
     *
     * @return the clock
     */
    public static TestClock create() {
        return startingAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * A test clock at a given time, in UTC, for tests that assert exact timestamps.
     *
     * @param start the time it shows until moved
     * @return the clock
     * @throws SdkClientException if the time is null
     */
    public static TestClock startingAt(Instant start) {
        return new TestClock(new AtomicReference<>(Validate.notNull(start, "start")), new ArrayDeque<>(), ZoneOffset.UTC);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * This clock's time seen in another zone; it moves with this clock.
     *
     * @param zone the zone
     * @return the view
     */
    @Override
    public TestClock withZone(ZoneId zone) {
        return new TestClock(now, sleeps, Validate.notNull(zone, "zone"));
    }

    /**
     * Moves the time forward.
     *
     * @param amount how far; zero or more
     * @throws SdkClientException if it is null or negative
     */
    public void advance(Duration amount) {
        Validate.notNull(amount, "amount");
        if (amount.isNegative()) {
            throw new SdkClientException("amount must not be negative; time only moves forward");
        }
        now.updateAndGet(t -> t.plus(amount));
    }

    /**
     * Advances the time by the duration and returns at once.
     *
     * @param duration how long; zero or more
     * @throws InterruptedException if the thread is interrupted (its flag is cleared, as by {@link Thread#sleep})
     * @throws SdkClientException   if the duration is null or negative
     */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sleeping " + duration);
        }
        record(duration);
    }

    /**
     * Advances the time by the duration.
     *
     * @param duration how long; zero or more
     * @return a future already completed
     * @throws SdkClientException if the duration is null or negative
     */
    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        record(duration);
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Every sleep and delay asked for, oldest first (the most recent 10,000): the backoffs a
     * client waited, for assertions.
     *
     * @return a copy
     */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return new ArrayList<>(sleeps);
        }
    }

    private void record(Duration duration) {
        advance(duration);
        synchronized (sleeps) {
            if (sleeps.size() == SLEEPS_KEPT) {
                sleeps.removeFirst();
            }
            sleeps.addLast(duration);
        }
    }

    @Override
    public String toString() {
        return "TestClock{" + now.get() + (zone.equals(ZoneOffset.UTC) ? "" : ", " + zone) + "}";
    }
}
