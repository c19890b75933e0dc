package io.polycloud.testing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Internal: the emulator's time: a base clock (the system's, or one a test injects) plus an
 * offset that {@link #advance(Duration)} grows, so a test can jump minutes ahead without waiting
 * and without owning the base clock. Thread-safe. Not part of the public API.
 */
public final class EmulatorClock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /**
     * @param base the time source before any advance
     */
    public EmulatorClock(Clock base) {
        this.base = base;
    }

    /**
     * The emulator's current time.
     *
     * @return the base clock's time plus every advance
     */
    public Instant now() {
        return base.instant().plus(offset.get());
    }

    /**
     * Moves the emulator's time forward.
     *
     * @param amount how far; not negative
     */
    public void advance(Duration amount) {
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** Drops every advance. */
    public void reset() {
        offset.set(Duration.ZERO);
    }
}
