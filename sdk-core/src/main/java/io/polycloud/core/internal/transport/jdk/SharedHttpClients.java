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
 * last transport using it is closed or collected; on Java 21+ it is then shut down at once,
 * on Java 17 its connections and selector thread end when it is collected.
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

    private static final ConcurrentMap<Key, SharedResource<HttpClient>> BY_SETTINGS = new ConcurrentHashMap<>();
    private static final MethodHandle SHUTDOWN_NOW = shutdownNow();

    private SharedHttpClients() {
    }

    /** What the JDK fixes per client. */
    private record Key(Duration connectTimeout, boolean cleartextOnly) {
    }

    static SharedResource<HttpClient> forSettings(Duration connectTimeout, boolean cleartextOnly) {
        return BY_SETTINGS.computeIfAbsent(new Key(connectTimeout, cleartextOnly),
                k -> new SharedResource<>(() -> newClient(k), SharedHttpClients::dispose));
    }

    private static HttpClient newClient(Key key) {
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
        return b.build();
    }

    private static void dispose(HttpClient client) {
        if (SHUTDOWN_NOW != null) {
            try {
                SHUTDOWN_NOW.invoke(client);
            } catch (Throwable ignored) {
                // Best effort: the client is unreachable from here on and ends when collected.
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
