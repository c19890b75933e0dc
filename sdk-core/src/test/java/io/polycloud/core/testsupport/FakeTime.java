package io.polycloud.core.testsupport;

import io.polycloud.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told to, and a sleeper that moves it instead of blocking, so a
 * retry sequence with real backoff arithmetic runs in microseconds. Shared by the service
 * modules' tests through sdk-core's test-jar.
 */
public final class FakeTime {

    private final AtomicReference<Instant> now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public FakeTime(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public FakeTime() {
        this(Instant.parse("2026-11-22T10:15:30Z"));
    }

    public Instant now() {
        return now.get();
    }

    public void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    public void set(Instant t) {
        now.set(t);
    }

    /** Every wait the sleeper was asked for, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    public Sleeper sleeper() {
        return new Sleeper() {
            @Override
            public void sleep(Duration duration) {
                sleeps.add(duration);
                advance(duration);
            }

            @Override
            public CompletableFuture<Void> delay(Duration duration) {
                sleep(duration);
                return CompletableFuture.completedFuture(null);
            }
        };
    }
}
