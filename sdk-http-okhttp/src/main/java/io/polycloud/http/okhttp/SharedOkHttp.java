package io.polycloud.http.okhttp;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * The connection pool and threads every {@link OkHttpTransport#create(io.polycloud.core.http.HttpTransportSettings)}
 * transport shares: what clients get by default. Before, each client owned a pool and a
 * dispatcher, so a client dropped without {@code close()} kept its socket for the keep-alive time
 * and, after async use, a thread for a minute: 200 dropped clients held 234 descriptors and 211
 * threads. Shared, they hold what one busy client holds, and connections to one endpoint are
 * reused across clients.
 *
 * <p>Threads ({@code polycloud-okhttp-N}, daemons) end after {@value #THREAD_IDLE_SECONDS} s idle;
 * idle connections after {@value #KEEP_ALIVE_SECONDS} s (below the clouds' idle limits), at most
 * {@value #MAX_IDLE_CONNECTIONS} kept. Both base clients are built on first use: the TLS one loads
 * the trust store, which a cleartext-only client (the emulator) never needs.
 */
final class SharedOkHttp {

    static final int THREAD_IDLE_SECONDS = 5;
    static final int KEEP_ALIVE_SECONDS = 55;
    static final int MAX_IDLE_CONNECTIONS = 64;

    static final ExecutorService EXECUTOR = newExecutor(THREAD_IDLE_SECONDS);
    static final ConnectionPool POOL = new ConnectionPool(MAX_IDLE_CONNECTIONS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);

    private SharedOkHttp() {
    }

    static OkHttpClient base(boolean cleartextOnly) {
        return cleartextOnly ? Cleartext.CLIENT : Tls.CLIENT;
    }

    /** A cached pool of daemon threads named {@code polycloud-okhttp-N}. */
    static ExecutorService newExecutor(long idleSeconds) {
        AtomicInteger ids = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, idleSeconds, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "polycloud-okhttp-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The settings every Polycloud OkHttp client has: OkHttp's own silent retries and redirects
     * off (every attempt is the SDK's, counted and logged, and credentials never go to another
     * host), and interruptible sockets.
     */
    static OkHttpClient.Builder configure(OkHttpClient.Builder b, boolean cleartextOnly) {
        if (cleartextOnly) {
            // Without a TLS connection spec OkHttp skips loading the trust store and building an
            // SSLSocketFactory: about 200 ms of the first call for a client that never uses TLS.
            b.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        return b.socketFactory(InterruptibleSocketFactory.INSTANCE)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false);
    }

    private static final class Cleartext {
        static final OkHttpClient CLIENT = configure(new OkHttpClient.Builder().connectionPool(POOL), true).build();
    }

    private static final class Tls {
        static final OkHttpClient CLIENT = configure(new OkHttpClient.Builder().connectionPool(POOL), false).build();
    }
}
