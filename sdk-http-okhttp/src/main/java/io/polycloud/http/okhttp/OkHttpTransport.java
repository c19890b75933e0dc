package io.polycloud.http.okhttp;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.http.TransportException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.AsyncTimeout;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The {@code okhttp} {@link HttpTransport}, on OkHttp 5: what clients get when this module is on
 * the class path. The only class of the SDK that uses OkHttp.
 *
 * <p>{@link #create(HttpTransportSettings)} (what client builders use) shares one connection pool
 * and one pool of threads with every other transport made that way, so clients are cheap and a
 * client dropped without {@code close()} leaves nothing behind; {@link #builder()} makes a
 * transport with its own pool and threads, tuned and closed by its owner. Either way OkHttp's
 * own silent retries and redirects are off: every attempt is the SDK's, counted and logged, and
 * credentials are never forwarded to another host.
 *
 * <p>Interrupting a thread blocked in {@link #execute} ends the call at once with
 * {@link Kind#INTERRUPTED} (flag kept, connection closed). At most 256 asynchronous calls per
 * transport run at once (OkHttp's default of 5 per host made thousands of calls queue); more wait,
 * and the attempt timeout counts from {@link #executeAsync} so waiting in the queue is bounded too.
 *
 * <pre>{@code
 * HttpTransport transport = OkHttpTransport.builder()
 *         .connectTimeout(Duration.ofSeconds(2))
 *         .readTimeout(Duration.ofSeconds(10))
 *         .build();
 * }</pre>
 */
public final class OkHttpTransport implements HttpTransport {

    /** Default limit on response body bytes read: 1 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = HttpTransportSettings.DEFAULT_MAX_RESPONSE_BYTES;

    /** Asynchronous calls running at once per transport unless the builder says otherwise. */
    static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 256;

    private final OkHttpClient client;
    private final ExecutorService ownedExecutor;
    private final boolean cleartextOnly;
    private final int maxResponseBytes;
    private final AtomicBoolean closed = new AtomicBoolean();
    // Parsing a full URL string per attempt made OkHttp canonicalise the host (IDNA mapping) every
    // time, the largest single CPU cost of a call; a client talks to one endpoint, so keep it parsed.
    private volatile Endpoint lastEndpoint;

    private OkHttpTransport(OkHttpClient.Builder ok, ExecutorService executor, boolean ownsExecutor,
                            HttpTransportSettings settings, int maxConcurrentRequests) {
        this.cleartextOnly = settings.cleartextOnly();
        this.maxResponseBytes = settings.maxResponseBytes();
        this.ownedExecutor = ownsExecutor ? executor : null;
        Dispatcher dispatcher = new Dispatcher(executor);
        dispatcher.setMaxRequests(maxConcurrentRequests);
        dispatcher.setMaxRequestsPerHost(maxConcurrentRequests);
        this.client = ok
                .dispatcher(dispatcher)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .eventListenerFactory(ProgressListener::of)
                .build();
    }

    /**
     * A transport sharing its connections and threads with every other one made this way; what a
     * client builder gets by default.
     *
     * @param settings timeouts, response cap, TLS need
     * @return the transport
     * @throws SdkClientException if the OkHttp classes on the class path cannot run it
     */
    public static OkHttpTransport create(HttpTransportSettings settings) {
        if (settings == null) {
            throw new SdkClientException("settings is required but was null");
        }
        try {
            return new OkHttpTransport(SharedOkHttp.base(settings.cleartextOnly()).newBuilder(), SharedOkHttp.EXECUTOR,
                    false, settings, DEFAULT_MAX_CONCURRENT_REQUESTS);
        } catch (LinkageError e) {
            throw OkHttpLinkage.failure(e);
        }
    }

    /**
     * A transport with default settings and its own connection pool: connect 5 s, read 15 s,
     * 1 MiB response limit.
     *
     * @return the transport
     */
    public static OkHttpTransport create() {
        return builder().build();
    }

    /**
     * A builder of transports that own their connection pool and threads.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportException(Kind.INTERRUPTED, false, "interrupted before sending", null);
        }
        Call call = newCall(request);
        call.timeout().timeout(Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS);
        try (Response response = call.execute()) {
            return read(response);
        } catch (IOException e) {
            throw translate(call, e, true);
        } catch (LinkageError e) {
            call.cancel();
            throw OkHttpLinkage.failure(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // OkHttp's connect wait throws InterruptedException undeclared, and clears the flag.
            if (e instanceof InterruptedException) {
                call.cancel();
                Thread.currentThread().interrupt();
                throw interrupted(call, e);
            }
            throw new SdkClientException("the okhttp HTTP transport failed: " + e, e);
        }
    }

    @Override
    public CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout) {
        CompletableFuture<SdkHttpResponse> future = new CompletableFuture<>();
        Call call;
        try {
            call = newCall(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        // OkHttp starts a call's timeout when a thread picks it up; this one starts now, so time
        // spent waiting for a free slot counts.
        AttemptTimeout deadline = new AttemptTimeout(call, future);
        deadline.timeout(Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS);
        deadline.enter();
        future.whenComplete((r, e) -> {
            deadline.exit();
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        try {
            call.enqueue(new Callback() {
                @Override
                public void onFailure(Call c, IOException e) {
                    future.completeExceptionally(linkageCause(e) != null ? OkHttpLinkage.failure(linkageCause(e))
                            : translate(c, e, false));
                }

                @Override
                public void onResponse(Call c, Response response) {
                    try (response) {
                        future.complete(read(response));
                    } catch (IOException e) {
                        future.completeExceptionally(translate(c, e, false));
                    } catch (LinkageError e) {
                        future.completeExceptionally(OkHttpLinkage.failure(e));
                    } catch (RuntimeException e) {
                        future.completeExceptionally(e);
                    }
                }
            });
        } catch (LinkageError e) {
            future.completeExceptionally(OkHttpLinkage.failure(e));
        }
        return future;
    }

    /**
     * Number of pooled connections, open or idle (of the shared pool for a transport from
     * {@link #create(HttpTransportSettings)}); 0 after {@link #close()} of a transport with its own pool.
     *
     * @return the connection count
     */
    public int connectionCount() {
        return client.connectionPool().connectionCount();
    }

    /**
     * Cancels calls in flight and closes idle connections; a transport with its own pool also
     * ends its threads. Later calls fail. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            client.dispatcher().cancelAll();
            if (ownedExecutor != null) {
                ownedExecutor.shutdown();
            }
            // Only idle connections: those of other clients sharing the pool stay in use.
            client.connectionPool().evictAll();
        }
    }

    private Call newCall(SdkHttpRequest request) {
        if (closed.get()) {
            // OkHttp would open a fresh connection for a synchronous call even after close.
            throw new SdkClientException("the HTTP transport is closed");
        }
        if (cleartextOnly && !"http".equals(request.scheme())) {
            throw new SdkClientException("this HTTP transport is cleartext-only (http://) and refuses " + request.scheme() + " URLs");
        }
        try {
            Call call = client.newCall(toOkHttp(request));
            // Before the call's timeouts are entered: otherwise each would wake okio's watchdog thread.
            TimeoutPacer.onCall();
            return call;
        } catch (LinkageError e) {
            throw OkHttpLinkage.failure(e);
        }
    }

    private Request toOkHttp(SdkHttpRequest request) {
        HttpHeaders sdkHeaders = request.headers();
        String[] namesAndValues = new String[sdkHeaders.size() * 2];
        for (int i = 0; i < sdkHeaders.size(); i++) {
            namesAndValues[2 * i] = sdkHeaders.name(i);
            namesAndValues[2 * i + 1] = sdkHeaders.value(i);
        }
        RequestBody body = null;
        if (request.bodyLength() > 0) {
            // A null media type keeps the caller's Content-Type header exactly as it was signed.
            body = RequestBody.create(request.body(), null);
        } else if (requiresBody(request.method())) {
            body = RequestBody.create(new byte[0], null);
        }
        return new Request.Builder()
                .url(url(request))
                .headers(Headers.of(namesAndValues))
                .method(request.method(), body)
                .tag(ProgressListener.class, new ProgressListener())
                .build();
    }

    /** The same URL as {@link SdkHttpRequest#uri()}, built on the parsed endpoint. */
    private HttpUrl url(SdkHttpRequest request) {
        Endpoint endpoint = lastEndpoint;
        if (endpoint == null || !endpoint.matches(request)) {
            endpoint = new Endpoint(request);
            lastEndpoint = endpoint;
        }
        String query = request.encodedQuery();
        return endpoint.url.newBuilder()
                .encodedPath(request.encodedPath())
                .encodedQuery(query.isEmpty() ? null : query)
                .build();
    }

    /** Scheme, host and port of a request, and that origin parsed by OkHttp. */
    private static final class Endpoint {
        final String scheme;
        final String host;
        final int port;
        final HttpUrl url;

        Endpoint(SdkHttpRequest request) {
            this.scheme = request.scheme();
            this.host = request.host();
            this.port = request.port();
            this.url = new HttpUrl.Builder()
                    .scheme(scheme)
                    .host(host)
                    .port(port == -1 ? HttpUrl.defaultPort(scheme) : port)
                    .build();
        }

        boolean matches(SdkHttpRequest request) {
            return port == request.port() && host.equals(request.host()) && scheme.equals(request.scheme());
        }
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private SdkHttpResponse read(Response response) throws IOException {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        Headers h = response.headers();
        for (int i = 0; i < h.size(); i++) {
            headers.addReceived(h.name(i), h.value(i));
        }
        BufferedSource source = response.body().source();
        Buffer buffer = new Buffer();
        long limit = (long) maxResponseBytes + 1;
        while (buffer.size() < limit) {
            long read = source.read(buffer, Math.min(8192, limit - buffer.size()));
            if (read == -1) {
                break;
            }
        }
        boolean truncated = buffer.size() > maxResponseBytes;
        byte[] bytes = truncated ? buffer.readByteArray(maxResponseBytes) : buffer.readByteArray();
        return SdkHttpResponse.of(response.code(), headers.build(), bytes, truncated);
    }

    /**
     * @param onCallerThread whether the calling thread ran the exchange (sync), so its interrupt
     *                       flag tells whether an interrupt ended it
     */
    private static TransportException translate(Call call, IOException e, boolean onCallerThread) {
        if (e instanceof TransportException te) {
            return te;
        }
        ProgressListener progress = ProgressListener.of(call);
        boolean sent = progress.requestStarted;
        if (onCallerThread && (Thread.currentThread().isInterrupted() || causedByInterrupt(e))) {
            call.cancel();
            Thread.currentThread().interrupt();
            return interrupted(call, e);
        }
        if (progress.attemptTimedOut) {
            return new TransportException(Kind.ATTEMPT_TIMEOUT, sent, "attempt timed out", e);
        }
        if (e instanceof SocketTimeoutException) {
            if (progress.connecting) {
                return new TransportException(Kind.CONNECT_TIMEOUT, false, "connect timed out", e);
            }
            return new TransportException(Kind.READ_TIMEOUT, sent, "read timed out", e);
        }
        if (e instanceof InterruptedIOException && call.isCanceled()) {
            // OkHttp's call timeout cancels the call and reports it this way.
            return new TransportException(Kind.ATTEMPT_TIMEOUT, sent, "attempt timed out", e);
        }
        if (!sent && (e instanceof ConnectException || e instanceof NoRouteToHostException
                || e instanceof UnknownHostException || e instanceof SSLHandshakeException)) {
            return new TransportException(Kind.CONNECT_FAILED, false, "could not connect: " + e.getClass().getSimpleName(), e);
        }
        return new TransportException(Kind.IO_ERROR, sent,
                "I/O error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }

    private static TransportException interrupted(Call call, Exception cause) {
        return new TransportException(Kind.INTERRUPTED, ProgressListener.of(call).requestStarted, "interrupted", cause);
    }

    /** A closed-by-interrupt channel, or okio's check of the flag (which it may have cleared). */
    private static boolean causedByInterrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClosedByInterruptException || t instanceof InterruptedException
                    || (t instanceof InterruptedIOException && !(t instanceof SocketTimeoutException) && "interrupted".equals(t.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /** OkHttp reports an Error on its dispatcher thread as an IOException carrying it as suppressed. */
    private static LinkageError linkageCause(IOException e) {
        for (Throwable s : e.getSuppressed()) {
            if (s instanceof LinkageError le) {
                return le;
            }
        }
        return e.getCause() instanceof LinkageError le ? le : null;
    }

    /**
     * Ends an async call whose attempt timeout passed, queued or running. A queued call that
     * OkHttp cancels reports nothing until a slot frees, so the future is completed here.
     */
    private static final class AttemptTimeout extends AsyncTimeout {
        private final Call call;
        private final CompletableFuture<SdkHttpResponse> future;

        AttemptTimeout(Call call, CompletableFuture<SdkHttpResponse> future) {
            this.call = call;
            this.future = future;
        }

        @Override
        protected void timedOut() {
            ProgressListener progress = ProgressListener.of(call);
            progress.attemptTimedOut = true;
            call.cancel();
            future.completeExceptionally(new TransportException(Kind.ATTEMPT_TIMEOUT, progress.requestStarted, "attempt timed out", null));
        }
    }

    /** Tracks how far a call got, to tell "not sent" from "may have been sent". */
    private static final class ProgressListener extends EventListener {
        // Written on the thread running the call, read after it failed, possibly on another.
        volatile boolean connecting;
        volatile boolean requestStarted;
        volatile boolean attemptTimedOut;

        static ProgressListener of(Call call) {
            ProgressListener p = call.request().tag(ProgressListener.class);
            return p != null ? p : new ProgressListener();
        }

        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            connecting = true;
        }

        @Override
        public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
            connecting = false;
        }

        @Override
        public void connectFailed(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol, IOException ioe) {
            connecting = false;
        }

        @Override
        public void requestHeadersStart(Call call) {
            requestStarted = true;
        }
    }

    /** Builds {@link OkHttpTransport}s that own their connection pool and threads. */
    public static final class Builder {
        private final HttpTransportSettings.Builder settings = HttpTransportSettings.builder();
        private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
        private int maxIdleConnections = 32;
        private Duration keepAlive = Duration.ofSeconds(SharedOkHttp.KEEP_ALIVE_SECONDS);

        private Builder() {
        }

        /**
         * @param connectTimeout limit for establishing a connection; default 5 s
         * @return this builder
         * @throws SdkClientException if it is not between 1 ms and about 24 days
         */
        public Builder connectTimeout(Duration connectTimeout) {
            settings.connectTimeout(connectTimeout);
            return this;
        }

        /**
         * @param readTimeout limit between two reads (and writes) on an open connection; default 15 s
         * @return this builder
         * @throws SdkClientException if it is not between 1 ms and about 24 days
         */
        public Builder readTimeout(Duration readTimeout) {
            settings.readTimeout(readTimeout);
            return this;
        }

        /**
         * @param maxResponseBytes most body bytes read per response; more marks it truncated. Default 1 MiB
         * @return this builder
         * @throws SdkClientException if it is below 1
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            settings.maxResponseBytes(maxResponseBytes);
            return this;
        }

        /**
         * @param maxConcurrentRequests async requests executing at once; more wait in a queue. Default 256
         * @return this builder
         * @throws SdkClientException if it is below 1
         */
        public Builder maxConcurrentRequests(int maxConcurrentRequests) {
            if (maxConcurrentRequests < 1) {
                throw new SdkClientException("maxConcurrentRequests must be at least 1");
            }
            this.maxConcurrentRequests = maxConcurrentRequests;
            return this;
        }

        /**
         * @param maxIdleConnections idle connections kept for reuse; default 32
         * @return this builder
         * @throws SdkClientException if it is negative
         */
        public Builder maxIdleConnections(int maxIdleConnections) {
            if (maxIdleConnections < 0) {
                throw new SdkClientException("maxIdleConnections must be at least 0");
            }
            this.maxIdleConnections = maxIdleConnections;
            return this;
        }

        /**
         * @param keepAlive how long an idle connection is kept, 1 ms to 1 day; default 55 s, below the clouds' idle limits
         * @return this builder
         * @throws SdkClientException if it is out of range
         */
        public Builder keepAlive(Duration keepAlive) {
            if (keepAlive == null || keepAlive.compareTo(Duration.ofMillis(1)) < 0 || keepAlive.compareTo(Duration.ofDays(1)) > 0) {
                throw new SdkClientException("keepAlive must be between 1 ms and 1 day");
            }
            this.keepAlive = keepAlive;
            return this;
        }

        /**
         * Restricts the transport to plain {@code http://}, so it never sets up TLS. Client
         * builders turn this on for an {@code http://} endpoint, such as the emulator's.
         *
         * @param cleartextOnly true to refuse {@code https://} URLs; default false
         * @return this builder
         */
        public Builder cleartextOnly(boolean cleartextOnly) {
            settings.cleartextOnly(cleartextOnly);
            return this;
        }

        /**
         * Builds the transport.
         *
         * @return the transport
         * @throws SdkClientException if the OkHttp classes on the class path cannot run it
         */
        public OkHttpTransport build() {
            HttpTransportSettings s = settings.build();
            try {
                OkHttpClient.Builder ok = SharedOkHttp.configure(new OkHttpClient.Builder(), s.cleartextOnly())
                        .connectionPool(new ConnectionPool(maxIdleConnections, keepAlive.toMillis(), TimeUnit.MILLISECONDS));
                return new OkHttpTransport(ok, SharedOkHttp.newExecutor(60), true, s, maxConcurrentRequests);
            } catch (LinkageError e) {
                throw OkHttpLinkage.failure(e);
            }
        }
    }
}
