package io.polycloud.core.internal.transport.jdk;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.http.TransportException.Kind;
import io.polycloud.core.internal.transport.SharedResource;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code jdk} transport: {@code java.net.http.HttpClient}, no third-party library.
 *
 * <p>Same contract as the OkHttp transport: no redirects followed, TLS certificates and host
 * names always verified (the JDK defaults, never relaxed), proxies from
 * {@link java.net.ProxySelector#getDefault()} (the {@code http(s).proxyHost} properties),
 * HTTP/1.1 for {@code http://} (no {@code h2c} upgrade headers), the response body capped. The
 * JDK computes {@code Host} from the URL, which is the value signers sign
 * ({@link SdkHttpRequest#hostHeader()}); a request carrying a different {@code Host},
 * {@code Content-Length}, or a {@code Connection}, {@code Expect} or {@code Upgrade} header is
 * refused before anything is sent, since the JDK would not send it as signed.
 *
 * <p>A synchronous call runs the exchange asynchronously and waits interruptibly: an interrupt
 * ends it at once with {@link Kind#INTERRUPTED}, the flag kept, and the connection is closed.
 * At most {@value #MAX_CONCURRENT_ASYNC} asynchronous exchanges per transport run at once (each
 * needs its own HTTP/1.1 connection); more wait in a queue, within their attempt timeout.
 */
final class JdkHttpTransport implements HttpTransport {

    /** Async exchanges running at once per transport; the same limit as the OkHttp transport's. */
    static final int MAX_CONCURRENT_ASYNC = 256;

    private static final Set<String> REFUSED_HEADERS = Set.of("connection", "expect", "upgrade");

    private final HttpTransportSettings settings;
    private final SharedResource.Lease<SharedHttpClients.SharedClient> client;
    private final long readTimeoutNanos;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<JdkExchange> inFlight = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<JdkExchange> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger runningAsync = new AtomicInteger();
    private final int maxConcurrentAsync;

    JdkHttpTransport(HttpTransportSettings settings) {
        this(settings, MAX_CONCURRENT_ASYNC);
    }

    JdkHttpTransport(HttpTransportSettings settings, int maxConcurrentAsync) {
        this.settings = settings;
        this.maxConcurrentAsync = maxConcurrentAsync;
        this.readTimeoutNanos = settings.readTimeout().toNanos();
        this.client = SharedHttpClients.forSettings(settings.connectTimeout(), settings.cleartextOnly()).lease(this);
    }

    @Override
    public SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportException(Kind.INTERRUPTED, false, "interrupted before sending", null);
        }
        JdkExchange exchange = newExchange(request, timeout);
        exchange.start();
        try {
            return exchange.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw exchange.abort(Kind.INTERRUPTED, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) cause;
        }
    }

    @Override
    public CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout) {
        JdkExchange exchange;
        try {
            exchange = newExchange(request, timeout);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        waiting.add(exchange);
        exchange.result.whenComplete((r, e) -> {
            if (exchange.started()) {
                runningAsync.decrementAndGet();
            }
            startWaiting();
        });
        startWaiting();
        return exchange.result;
    }

    /** Starts queued exchanges while fewer than the limit run; skips those that ended in the queue. */
    private void startWaiting() {
        while (!waiting.isEmpty()) {
            int running = runningAsync.get();
            if (running >= maxConcurrentAsync) {
                return;
            }
            if (!runningAsync.compareAndSet(running, running + 1)) {
                continue;
            }
            JdkExchange next = waiting.poll();
            if (next == null || !next.start()) {
                runningAsync.decrementAndGet();
            }
        }
    }

    private JdkExchange newExchange(SdkHttpRequest request, Duration timeout) {
        if (closed.get()) {
            throw new SdkClientException("the HTTP transport is closed");
        }
        if (settings.cleartextOnly() && !"http".equals(request.scheme())) {
            throw new SdkClientException("this HTTP transport is cleartext-only (http://) and refuses " + request.scheme() + " URLs");
        }
        JdkExchange exchange = new JdkExchange(client.get().client(), toJdk(request), settings.maxResponseBytes(),
                readTimeoutNanos, Math.max(1, timeout.toNanos()));
        inFlight.add(exchange);
        exchange.result.whenComplete((r, e) -> inFlight.remove(exchange));
        if (closed.get()) {
            exchange.abort(Kind.IO_ERROR, "the HTTP transport was closed");
        }
        return exchange;
    }

    private HttpRequest toJdk(SdkHttpRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri());
        if ("http".equals(request.scheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        HttpHeaders headers = request.headers();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String value = headers.value(i);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host")) {
                // The JDK sends Host from the URL; it must be the value that was signed.
                requireEqual(name, value, request.hostHeader());
            } else if (lower.equals("content-length")) {
                requireEqual(name, value, Integer.toString(request.bodyLength()));
            } else if (REFUSED_HEADERS.contains(lower)) {
                throw new SdkClientException("the jdk HTTP transport cannot send a " + name + " header; use the okhttp transport");
            } else {
                b.header(name, value);
            }
        }
        HttpRequest.BodyPublisher body = request.bodyLength() == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        return b.method(request.method(), body).build();
    }

    private static void requireEqual(String name, String value, String sent) {
        if (!value.equals(sent)) {
            throw new SdkClientException("the " + name + " header differs from the one the jdk HTTP transport sends ("
                    + sent + "); remove it or use the okhttp transport");
        }
    }

    /** Ends every exchange in flight and releases this transport's share of the HTTP client. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            for (JdkExchange e : inFlight) {
                e.abort(Kind.IO_ERROR, "the HTTP transport was closed");
            }
            client.close();
        }
    }

    @Override
    public String toString() {
        return "JdkHttpTransport" + settings;
    }
}
