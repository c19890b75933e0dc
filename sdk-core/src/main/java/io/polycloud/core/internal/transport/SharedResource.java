package io.polycloud.core.internal.transport;

import java.lang.ref.Cleaner;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One expensive thing (a connection pool and its threads, an {@code HttpClient}) shared by every
 * transport that leases it, created on the first lease and disposed of when the last lease ends.
 *
 * <p>Why: each client used to own its pool and threads, so a client dropped without
 * {@code close()} kept a socket for the keep-alive time and, after async use, a thread; a
 * thousand dropped clients held a thousand of each. Shared, they hold what one busy client holds.
 * A lease ends on {@link Lease#close()} or, for a transport that became unreachable without
 * being closed, through a {@link Cleaner}; so when every client is closed or collected, the
 * shared pool is closed too and its threads end.
 *
 * @param <T> what is shared
 */
public final class SharedResource<T> {

    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "polycloud-transport-cleaner");
        t.setDaemon(true);
        return t;
    });

    private final Supplier<T> factory;
    private final Consumer<T> disposer;
    private final Object lock = new Object();
    private T value;
    private int leases;

    /**
     * @param factory  makes the shared thing on the first lease
     * @param disposer closes it after the last lease
     */
    public SharedResource(Supplier<T> factory, Consumer<T> disposer) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.disposer = Objects.requireNonNull(disposer, "disposer");
    }

    /**
     * Leases the shared thing for {@code owner}; the lease ends when it is closed or when
     * {@code owner} becomes unreachable. The lease must not refer to {@code owner}.
     *
     * @param owner the transport that uses it
     * @return the lease
     */
    public Lease<T> lease(Object owner) {
        T v;
        synchronized (lock) {
            if (value == null) {
                value = factory.get();
            }
            leases++;
            v = value;
        }
        Release<T> release = new Release<>(this, v);
        return new Lease<>(v, CLEANER.register(owner, release));
    }

    /**
     * How many leases are open, for tests.
     *
     * @return the count
     */
    public int leases() {
        synchronized (lock) {
            return leases;
        }
    }

    private void release(T v) {
        T dispose = null;
        synchronized (lock) {
            if (value == v && --leases == 0) {
                dispose = value;
                value = null;
            }
        }
        if (dispose != null) {
            disposer.accept(dispose);
        }
    }

    /**
     * A transport's hold on the shared thing.
     *
     * @param <T> what is shared
     */
    public static final class Lease<T> implements AutoCloseable {
        private final T value;
        private final Cleaner.Cleanable cleanable;

        private Lease(T value, Cleaner.Cleanable cleanable) {
            this.value = value;
            this.cleanable = cleanable;
        }

        /**
         * The shared thing.
         *
         * @return it
         */
        public T get() {
            return value;
        }

        /** Ends the lease. Idempotent. */
        @Override
        public void close() {
            cleanable.clean();
        }
    }

    /** The cleaning action: refers to the resource, never to the owner. */
    private static final class Release<T> implements Runnable {
        private final SharedResource<T> resource;
        private final T value;

        Release(SharedResource<T> resource, T value) {
            this.resource = resource;
            this.value = value;
        }

        @Override
        public void run() {
            // A Cleaner runs each action at most once, whether cleaned or collected.
            resource.release(value);
        }
    }
}
