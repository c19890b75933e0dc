package io.polycloud.core.internal.transport.jdk;

import io.polycloud.core.internal.transport.SharedResource;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link HttpClient}s behind every {@link JdkHttpTransport}: one per connect timeout (the only
 * setting the JDK fixes per client) and TLS need, shared by all transports with those settings, so
 * a thousand clients cost one selector thread and one connection pool, not a thousand. A
 * cleartext-only client gets a {@link NoTlsContext}, so building it loads no trust store. Released when the
 * last transport using it is closed or collected, and then shut down at once: on Java 21+ with
 * {@code shutdownNow()}, before that by interrupting its selector thread, which makes the JDK
 * close its connections and end the thread.
 *
 * <p>Why the selector thread must end on close: it waits in a native {@code epoll_wait}, and a JVM
 * that exits waits up to 300 ms for threads in native code, so a short program using the JDK
 * transport took 0.3 s longer to exit than to do its work.
 *
 * <p>Worker threads come from one pool of daemon threads ({@code polycloud-jdk-http-N}) that end
 * after 30 s idle; deadlines run on one daemon timer thread that ends when idle.
 */
final class SharedHttpClients {

    /** Runs the JDK's completions and the pipeline's callbacks. */
    static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), daemon("polycloud-jdk-http-"));

    /** Attempt deadlines and read (silence) timeouts. */
    static final ScheduledThreadPoolExecutor TIMER = timer();

    private static final ConcurrentMap<Key, SharedResource<SharedClient>> BY_SETTINGS = new ConcurrentHashMap<>();
    private static final MethodHandle SHUTDOWN_NOW = shutdownNow();

    private SharedHttpClients() {
    }

    /** What the JDK fixes per client. */
    private record Key(Duration connectTimeout, boolean cleartextOnly) {
    }

    /**
     * A shared client and, before Java 21, the thread group its selector thread was started in
     * (the JDK starts it in the group of the thread that builds the client).
     */
    record SharedClient(HttpClient client, ThreadGroup threads) {
    }

    static SharedResource<SharedClient> forSettings(Duration connectTimeout, boolean cleartextOnly) {
        return BY_SETTINGS.computeIfAbsent(new Key(connectTimeout, cleartextOnly),
                k -> new SharedResource<>(() -> newClient(k), SharedHttpClients::dispose));
    }

    private static SharedClient newClient(Key key) {
        HttpClient.Builder builder = builder(key);
        if (SHUTDOWN_NOW != null) {
            return new SharedClient(builder.build(), null);
        }
        ThreadGroup threads = new ThreadGroup("polycloud-jdk-http-client");
        // A daemon group is destroyed when its last thread ends, so none is left behind in its parent.
        threads.setDaemon(true);
        HttpClient[] built = new HttpClient[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread t = new Thread(threads, () -> {
            try {
                built[0] = builder.build();
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        }, "polycloud-jdk-http-client-builder");
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                // Building takes milliseconds; finish it and keep the caller's interrupt.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return new SharedClient(built[0], threads);
    }

    private static HttpClient.Builder builder(Key key) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(key.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(WORKERS);
        if (key.cleartextOnly()) {
            b.sslContext(new NoTlsContext());
        }
        // The JDK client ignores the standard proxy settings unless given the default selector.
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            b.proxy(proxies);
        }
        return b;
    }

    private static void dispose(SharedClient shared) {
        if (SHUTDOWN_NOW != null) {
            try {
                SHUTDOWN_NOW.invoke(shared.client());
            } catch (Throwable ignored) {
                // Best effort: the client is unreachable from here on and ends when collected.
            }
            return;
        }
        // Java 17: an interrupted selector thread closes the client's connections and ends.
        Thread[] threads = new Thread[shared.threads().activeCount() + 4];
        int n = shared.threads().enumerate(threads);
        for (int i = 0; i < n; i++) {
            if (threads[i].getName().endsWith("-SelectorManager")) {
                threads[i].interrupt();
            }
        }
    }

    /** {@code HttpClient.shutdownNow()}, added in Java 21; null before. */
    private static MethodHandle shutdownNow() {
        try {
            return MethodHandles.publicLookup().findVirtual(HttpClient.class, "shutdownNow", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, daemon("polycloud-jdk-http-timer-"));
        t.setRemoveOnCancelPolicy(true);
        t.setKeepAliveTime(10, TimeUnit.SECONDS);
        t.allowCoreThreadTimeOut(true);
        return t;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger ids = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
