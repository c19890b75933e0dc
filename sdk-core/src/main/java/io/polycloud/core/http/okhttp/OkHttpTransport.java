package io.polycloud.core.http.okhttp;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The default {@link HttpTransport}, on OkHttp 5. The only class of the SDK that uses OkHttp.
 *
 * <p>One instance owns one connection pool and one dispatcher; an SDK client creates one unless
 * it is given a transport, and closes it on {@link #close()}. OkHttp's own silent retries and
 * redirects are off: every attempt is the SDK's, counted and logged, and credentials are never
 * forwarded to another host.
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
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

    private static final RequestBody EMPTY_BODY = RequestBody.create(new byte[0], null);
    private static final AtomicInteger THREAD_IDS = new AtomicInteger();

    private final OkHttpClient client;
    private final ExecutorService dispatcherExecutor;
    private final int maxResponseBytes;
    private final AtomicBoolean closed = new AtomicBoolean();
    // Parsing a full URL string per attempt made OkHttp canonicalise the host (IDNA mapping) every
    // time, the largest single CPU cost of a call; a client talks to one endpoint, so keep it parsed.
    private volatile Endpoint lastEndpoint;

    private OkHttpTransport(Builder b) {
        this.maxResponseBytes = b.maxResponseBytes;
        this.dispatcherExecutor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "polycloud-okhttp-" + THREAD_IDS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        Dispatcher dispatcher = new Dispatcher(dispatcherExecutor);
        dispatcher.setMaxRequests(b.maxConcurrentRequests);
        dispatcher.setMaxRequestsPerHost(b.maxConcurrentRequests);
        OkHttpClient.Builder ok = new OkHttpClient.Builder();
        if (b.cleartextOnly) {
            // Without a TLS connection spec OkHttp skips loading the trust store and building an
            // SSLSocketFactory: about 200 ms of the first call for a client that never uses TLS.
            ok.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        this.client = ok
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(b.maxIdleConnections, b.keepAlive.toMillis(), TimeUnit.MILLISECONDS))
                .connectTimeout(b.connectTimeout)
                .readTimeout(b.readTimeout)
                .writeTimeout(b.readTimeout)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .eventListenerFactory(ProgressListener::of)
                .build();
    }

    /**
     * A transport with default settings: connect 5 s, read 15 s, 1 MiB response limit.
     *
     * @return the transport
     */
    public static OkHttpTransport create() {
        return builder().build();
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) throws IOException {
        Call call = newCall(request, timeout);
        try (Response response = call.execute()) {
            return read(response);
        } catch (IOException e) {
            throw translate(call, e);
        }
    }

    @Override
    public CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout) {
        CompletableFuture<SdkHttpResponse> future = new CompletableFuture<>();
        Call call;
        try {
            call = newCall(request, timeout);
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
            return future;
        }
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                future.completeExceptionally(translate(c, e));
            }

            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    future.complete(read(response));
                } catch (IOException e) {
                    future.completeExceptionally(translate(c, e));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }
        });
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        return future;
    }

    /**
     * Number of pooled connections, open or idle; 0 after {@link #close()}.
     *
     * @return the connection count
     */
    public int connectionCount() {
        return client.connectionPool().connectionCount();
    }

    /** Cancels calls in flight and releases connections and threads; later calls fail. Idempotent. */
    @Override
    public void close() {
        closed.set(true);
        client.dispatcher().cancelAll();
        dispatcherExecutor.shutdown();
        client.connectionPool().evictAll();
    }

    private Call newCall(SdkHttpRequest request, Duration timeout) {
        if (closed.get()) {
            // OkHttp would open a fresh connection for a synchronous call even after close.
            throw new SdkClientException("the HTTP transport is closed");
        }
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
            body = EMPTY_BODY;
        }
        Request okRequest = new Request.Builder()
                .url(url(request))
                .headers(Headers.of(namesAndValues))
                .method(request.method(), body)
                .tag(ProgressListener.class, new ProgressListener())
                .build();
        Call call = client.newCall(okRequest);
        call.timeout().timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        return call;
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
        ResponseBody body = response.body();
        BufferedSource source = body.source();
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

    private static TransportException translate(Call call, IOException e) {
        if (e instanceof TransportException te) {
            return te;
        }
        ProgressListener progress = ProgressListener.of(call);
        boolean sent = progress.requestStarted;
        if (e instanceof SocketTimeoutException) {
            if (progress.connecting) {
                return new TransportException(TransportException.Kind.CONNECT_TIMEOUT, false, "connect timed out", e);
            }
            return new TransportException(TransportException.Kind.READ_TIMEOUT, sent, "read timed out", e);
        }
        if (e instanceof InterruptedIOException && call.isCanceled()) {
            // OkHttp's call timeout cancels the call and reports it this way.
            return new TransportException(TransportException.Kind.ATTEMPT_TIMEOUT, sent, "attempt timed out", e);
        }
        if (!sent && (e instanceof ConnectException || e instanceof NoRouteToHostException
                || e instanceof UnknownHostException || e instanceof SSLHandshakeException)) {
            return new TransportException(TransportException.Kind.CONNECT_FAILED, false,
                    "could not connect: " + e.getClass().getSimpleName(), e);
        }
        return new TransportException(TransportException.Kind.IO_ERROR, sent,
                "I/O error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }

    /** Tracks how far a call got, to tell "not sent" from "may have been sent". */
    private static final class ProgressListener extends EventListener {
        // Written on the thread running the call, read after it failed, possibly on another.
        volatile boolean connecting;
        volatile boolean requestStarted;

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

    /** Builds {@link OkHttpTransport}s. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(15);
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private int maxConcurrentRequests = 256;
        private int maxIdleConnections = 32;
        private Duration keepAlive = Duration.ofSeconds(55);
        private boolean cleartextOnly;

        private Builder() {
        }

        /**
         * @param connectTimeout limit for establishing a connection; default 5 s
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * @param readTimeout limit between two reads (and writes) on an open connection; default 15 s
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive(readTimeout, "readTimeout");
            return this;
        }

        /**
         * @param maxResponseBytes most body bytes read per response; more marks it truncated. Default 1 MiB
         * @return this builder
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be >= 1");
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * @param maxConcurrentRequests async requests executing at once; more wait in a queue. Default 256
         * @return this builder
         */
        public Builder maxConcurrentRequests(int maxConcurrentRequests) {
            if (maxConcurrentRequests < 1) {
                throw new IllegalArgumentException("maxConcurrentRequests must be >= 1");
            }
            this.maxConcurrentRequests = maxConcurrentRequests;
            return this;
        }

        /**
         * @param maxIdleConnections idle connections kept for reuse; default 32
         * @return this builder
         */
        public Builder maxIdleConnections(int maxIdleConnections) {
            if (maxIdleConnections < 0) {
                throw new IllegalArgumentException("maxIdleConnections must be >= 0");
            }
            this.maxIdleConnections = maxIdleConnections;
            return this;
        }

        /**
         * @param keepAlive how long an idle connection is kept; default 55 s, below the clouds' idle limits
         * @return this builder
         */
        public Builder keepAlive(Duration keepAlive) {
            this.keepAlive = positive(keepAlive, "keepAlive");
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
            this.cleartextOnly = cleartextOnly;
            return this;
        }

        /**
         * Builds the transport.
         *
         * @return the transport
         */
        public OkHttpTransport build() {
            return new OkHttpTransport(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
