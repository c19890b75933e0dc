package io.polycloud.core.internal.credentials;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches an expiring value (temporary credentials, an IAM token) and refreshes it without
 * stampedes or blocking:
 *
 * <ul>
 *   <li>fresh: every caller gets the cached value, no locking;</li>
 *   <li>within {@code prefetch} of expiry: callers still get the cached value at once, and one
 *       background refresh is started;</li>
 *   <li>within {@code stale} of expiry, or nothing cached: callers wait for a single refresh
 *       that the first of them runs; the others wait on its result and do no I/O of their own.</li>
 * </ul>
 *
 * A failed background refresh keeps the old value until it goes stale. No {@code synchronized}:
 * waiting callers park on a future, which is friendly to virtual threads.
 *
 * @param <T> the cached value
 */
public final class RefreshingCache<T> {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshingCache.class);

    private static final ExecutorService PREFETCH = new ThreadPoolExecutor(0, 4, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "polycloud-credentials-refresh");
                t.setDaemon(true);
                return t;
            });

    private final Supplier<T> loader;
    private final Function<T, Optional<Instant>> expiry;
    private final Clock clock;
    private final Duration stale;
    private final Duration prefetch;
    private final AtomicReference<T> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<T>> inFlight = new AtomicReference<>();

    /**
     * Creates an empty cache.
     *
     * @param loader   fetches a new value; may block on I/O; throws {@link SdkException} on failure
     * @param expiry   when a value expires; empty means never
     * @param clock    the time source
     * @param stale    before expiry, when callers must wait for a refresh
     * @param prefetch before expiry, when a background refresh starts; at least {@code stale}
     */
    public RefreshingCache(Supplier<T> loader, Function<T, Optional<Instant>> expiry, Clock clock,
                           Duration stale, Duration prefetch) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stale = Objects.requireNonNull(stale, "stale");
        this.prefetch = Objects.requireNonNull(prefetch, "prefetch");
        if (prefetch.compareTo(stale) < 0) {
            throw new IllegalArgumentException("prefetch must be >= stale");
        }
    }

    /**
     * The current value, refreshing as described in the class documentation.
     *
     * @return the value
     * @throws SdkException if no usable value is cached and the refresh failed
     */
    public T get() {
        T value = current.get();
        if (value != null) {
            Optional<Instant> expiresAt = expiry.apply(value);
            if (expiresAt.isEmpty()) {
                return value;
            }
            Instant now = clock.instant();
            if (now.isBefore(expiresAt.get().minus(prefetch))) {
                return value;
            }
            if (now.isBefore(expiresAt.get().minus(stale))) {
                refreshInBackground(value);
                return value;
            }
        }
        return awaitRefresh(value);
    }

    /**
     * Drops {@code stale} if it is still the cached value, so the next {@link #get()} refreshes.
     * Callers that saw a value rejected (an HTTP 401) pass that value, so a value another thread
     * already refreshed is not thrown away.
     *
     * @param staleValue the value found not to work
     * @return true if it was dropped
     */
    public boolean invalidate(T staleValue) {
        return current.compareAndSet(staleValue, null);
    }

    private void refreshInBackground(T seen) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        if (!inFlight.compareAndSet(null, mine) || alreadyRefreshed(seen, mine)) {
            return;
        }
        try {
            PREFETCH.execute(() -> runLoader(mine));
        } catch (RuntimeException e) {
            inFlight.set(null);
            mine.completeExceptionally(e);
        }
    }

    private T awaitRefresh(T seen) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> running = inFlight.compareAndExchange(null, mine);
        if (running == null) {
            if (!alreadyRefreshed(seen, mine)) {
                runLoader(mine);
            }
            running = mine;
        }
        try {
            return running.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SdkException se) {
                throw se;
            }
            throw new SdkClientException("credentials refresh failed: " + (cause == null ? e : cause).getClass().getSimpleName(),
                    cause);
        }
    }

    /**
     * Called holding the refresh slot: whether another caller's refresh completed between reading
     * {@code seen} and claiming the slot. If so, the slot is released with that refresh's value,
     * so a caller that lost the race does not load a second time.
     */
    private boolean alreadyRefreshed(T seen, CompletableFuture<T> mine) {
        // Refreshes publish the value before releasing the slot, so holding it, this read is current.
        T latest = current.get();
        if (latest == null || latest == seen || !beforeStale(latest)) {
            return false;
        }
        inFlight.set(null);
        mine.complete(latest);
        return true;
    }

    private boolean beforeStale(T value) {
        Optional<Instant> expiresAt = expiry.apply(value);
        return expiresAt.isEmpty() || clock.instant().isBefore(expiresAt.get().minus(stale));
    }

    private void runLoader(CompletableFuture<T> mine) {
        try {
            T value = Objects.requireNonNull(loader.get(), "loader returned null");
            current.set(value);
            inFlight.set(null);
            mine.complete(value);
        } catch (RuntimeException e) {
            inFlight.set(null);
            if (current.get() != null) {
                LOG.warn("background credentials refresh failed, keeping the current value until it goes stale: {}",
                        e.getMessage());
            }
            mine.completeExceptionally(e);
        }
    }
}
