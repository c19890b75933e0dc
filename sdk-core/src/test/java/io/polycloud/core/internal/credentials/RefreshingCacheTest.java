package io.polycloud.core.internal.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refreshing without stampedes: one load per refresh however many callers, no waiting while the
 * cached value is usable, a failed background refresh keeps the old value. Every wait is bounded.
 */
class RefreshingCacheTest {

    private static final int THREADS = 16;
    private static final Duration STALE = Duration.ofMinutes(1);
    private static final Duration PREFETCH = Duration.ofMinutes(10);

    /** A value that expires, tagged with the load that produced it. */
    record Value(int generation, Instant expiresAt) {
    }

    private final FakeTime time = new FakeTime();
    private final AtomicInteger loads = new AtomicInteger();
    private final ExecutorService callers = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    /** Each load yields a value valid for an hour from the fake clock's now. */
    private Value nextValue() {
        return new Value(loads.incrementAndGet(), time.now().plus(Duration.ofHours(1)));
    }

    private RefreshingCache<Value> cache(Supplier<Value> loader) {
        return new RefreshingCache<>(loader, v -> Optional.of(v.expiresAt()), time.clock(), STALE, PREFETCH);
    }

    private List<Future<Value>> getConcurrently(RefreshingCache<Value> cache) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Value>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            results.add(callers.submit(() -> {
                start.await();
                return cache.get();
            }));
        }
        start.countDown();
        return results;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void get_whileFresh_loadsOnce() {
        RefreshingCache<Value> cache = cache(this::nextValue);
        Value first = cache.get();
        time.advance(Duration.ofMinutes(49));
        assertSame(first, cache.get());
        assertEquals(1, loads.get());
    }

    @Test
    void get_ofValueWithoutExpiry_neverReloads() {
        RefreshingCache<String> cache = new RefreshingCache<>(() -> "v" + loads.incrementAndGet(), v -> Optional.empty(),
                time.clock(), STALE, PREFETCH);
        assertEquals("v1", cache.get());
        time.advance(Duration.ofDays(365));
        assertEquals("v1", cache.get());
    }

    @Test
    void get_inThePrefetchWindowUnderContention_returnsTheOldValueAtOnceAndLoadsOnceInTheBackground() throws Exception {
        CountDownLatch loaderEntered = new CountDownLatch(1);
        CountDownLatch releaseLoader = new CountDownLatch(1);
        RefreshingCache<Value> cache = cache(() -> {
            if (loads.get() > 0) {
                loaderEntered.countDown();
                await(releaseLoader);
            }
            return nextValue();
        });
        Value old = cache.get();
        time.advance(Duration.ofMinutes(55));

        for (Future<Value> result : getConcurrently(cache)) {
            assertSame(old, result.get(5, TimeUnit.SECONDS), "answered while the refresh is still blocked");
        }
        await(loaderEntered);
        assertEquals(1, loads.get(), "the refresh has not finished");
        releaseLoader.countDown();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (cache.get() == old && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(2, cache.get().generation());
        assertEquals(2, loads.get(), "one background refresh for all callers");
    }

    @Test
    void get_whenStaleUnderContention_makesEveryCallerWaitForOneRefresh() throws Exception {
        CountDownLatch releaseLoader = new CountDownLatch(1);
        RefreshingCache<Value> cache = cache(() -> {
            if (loads.get() > 0) {
                await(releaseLoader);
            }
            return nextValue();
        });
        cache.get();
        time.advance(Duration.ofMinutes(59).plusSeconds(30));

        List<Future<Value>> results = getConcurrently(cache);
        Thread.sleep(100);
        for (Future<Value> result : results) {
            assertFalse(result.isDone(), "a stale value is never handed out");
        }
        releaseLoader.countDown();
        for (Future<Value> result : results) {
            assertEquals(2, result.get(5, TimeUnit.SECONDS).generation());
        }
        assertEquals(2, loads.get(), "the waiting callers shared one load");
    }

    @Test
    void get_whenAnotherCallersRefreshLandsBetweenReadingAndRefreshing_doesNotLoadAgain() throws Exception {
        // The expiry check is where a caller has read the stale value but not yet claimed the
        // refresh; holding one caller there lets another complete the refresh first.
        CountDownLatch slowCallerReading = new CountDownLatch(1);
        CountDownLatch letSlowCallerGoOn = new CountDownLatch(1);
        Thread[] slowCaller = new Thread[1];
        RefreshingCache<Value> cache = new RefreshingCache<>(this::nextValue, v -> {
            if (v.generation() == 1 && Thread.currentThread() == slowCaller[0]) {
                slowCallerReading.countDown();
                await(letSlowCallerGoOn);
            }
            return Optional.of(v.expiresAt());
        }, time.clock(), STALE, PREFETCH);
        cache.get();
        time.advance(Duration.ofMinutes(59).plusSeconds(30));

        Future<Value> slow = callers.submit(() -> {
            slowCaller[0] = Thread.currentThread();
            return cache.get();
        });
        await(slowCallerReading);
        assertEquals(2, cache.get().generation(), "this caller refreshes");
        letSlowCallerGoOn.countDown();

        assertEquals(2, slow.get(5, TimeUnit.SECONDS).generation());
        assertEquals(2, loads.get(), "the slow caller took the refreshed value instead of loading a third");
    }

    @Test
    void get_whenTheBackgroundRefreshFails_keepsTheOldValueUntilItGoesStale() {
        CountDownLatch failed = new CountDownLatch(1);
        RefreshingCache<Value> cache = cache(() -> {
            if (loads.get() > 0) {
                loads.incrementAndGet();
                failed.countDown();
                throw new SdkClientException("metadata service down");
            }
            return nextValue();
        });
        Value old = cache.get();
        CapturedLogs.clear();
        time.advance(Duration.ofMinutes(55));

        assertSame(old, cache.get());
        await(failed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (CapturedLogs.events().stream().noneMatch(e -> e.level().equals("WARN")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertSame(old, cache.get(), "still usable after the failure");
        assertTrue(CapturedLogs.text().contains("background credentials refresh failed, keeping the current value until it goes "
                + "stale: metadata service down"), CapturedLogs.text());

        time.advance(Duration.ofMinutes(4).plusSeconds(30));
        SdkClientException e = assertThrows(SdkClientException.class, cache::get);
        assertEquals("metadata service down", e.getMessage());
    }

    @Test
    void get_whenTheFirstLoadFailsWithANonSdkException_wrapsItWithoutItsMessage() {
        RefreshingCache<Value> cache = cache(() -> {
            throw new IllegalStateException("detail that may hold a secret");
        });
        SdkClientException e = assertThrows(SdkClientException.class, cache::get);
        assertEquals("credentials refresh failed: IllegalStateException", e.getMessage());
    }

    @Test
    void invalidate_dropsOnlyTheValueThatWasRejected() {
        RefreshingCache<Value> cache = cache(this::nextValue);
        Value first = cache.get();
        assertTrue(cache.invalidate(first));
        Value second = cache.get();
        assertEquals(2, second.generation());
        assertFalse(cache.invalidate(first), "another thread already replaced it");
        assertSame(second, cache.get());
    }

    @Test
    void constructor_withPrefetchShorterThanStale_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new RefreshingCache<>(this::nextValue, v -> Optional.empty(), time.clock(), PREFETCH, STALE));
    }
}
