package io.polycloud.core.internal.transport.jdk;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.http.TransportException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;

/**
 * One request/response exchange on a JDK {@link HttpClient}, with what the JDK client lacks: a
 * deadline for the whole exchange (queueing included), a read timeout for the server's silence,
 * a cap on body bytes, and an abort (interrupt, cancel, close) that completes the caller at once
 * while the JDK closes the connection behind it.
 *
 * <p>One timer task per exchange fires at the earliest limit: the attempt deadline, or the end of
 * the allowed silence: the read timeout after the exchange started (the JDK tells nothing about
 * connecting or writing, so for the response head it counts from the start, connect included,
 * as the JDK's own request timeout does), then after each body chunk. A fired check that finds
 * progress re-arms itself.
 */
final class JdkExchange implements HttpResponse.BodyHandler<JdkExchange.Body> {

    /** The body bytes read and whether there were more. */
    record Body(byte[] bytes, boolean truncated) {
    }

    final CompletableFuture<SdkHttpResponse> result = new CompletableFuture<>();

    private final HttpClient client;
    private final HttpRequest request;
    private final int maxResponseBytes;
    private final long readTimeoutNanos;
    private final long deadlineNanos;

    private volatile boolean started;
    private volatile long lastProgressNanos;
    // The worker running send(), while it does; guarded by this.
    private Thread runner;
    private volatile Flow.Subscription subscription;
    private ScheduledFuture<?> timer;
    private long timerAt;

    JdkExchange(HttpClient client, HttpRequest request, int maxResponseBytes, long readTimeoutNanos, long attemptTimeoutNanos) {
        this.client = client;
        this.request = request;
        this.maxResponseBytes = maxResponseBytes;
        this.readTimeoutNanos = readTimeoutNanos;
        long now = System.nanoTime();
        this.lastProgressNanos = now;
        this.deadlineNanos = now + attemptTimeoutNanos;
        result.whenComplete((r, e) -> {
            cancelTimer();
            if (e != null) {
                cancelInFlight();
            }
        });
        arm(Math.min(deadlineNanos, now + readTimeoutNanos));
    }

    /**
     * Hands the request to the JDK client, unless the exchange already ended (timed out or
     * cancelled while queued), so a request cancelled in time is never sent.
     *
     * @return whether it was started
     */
    boolean start() {
        if (result.isDone()) {
            return false;
        }
        started = true;
        lastProgressNanos = System.nanoTime();
        SharedHttpClients.WORKERS.execute(this::send);
        return true;
    }

    /**
     * Runs the exchange on a worker thread with {@code HttpClient.send}. Not {@code sendAsync}: the
     * JDK completes that through {@code CompletableFuture}'s default executor, which on a machine
     * with fewer than three processors starts a new thread for every task, so every exchange cost
     * a thread start (JDK 17: about 300 µs of CPU time per call on two cores, where the exchange
     * itself takes about 140 µs). An abort interrupts the worker, which makes {@code send} cancel
     * the exchange.
     */
    private void send() {
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            runner = Thread.currentThread();
        }
        HttpResponse<Body> response = null;
        Throwable error = null;
        try {
            response = client.send(request, this);
        } catch (Throwable e) {
            error = e;
        } finally {
            synchronized (this) {
                runner = null;
            }
            // An abort's interrupt must not stay with the pool's thread.
            Thread.interrupted();
        }
        onDone(response, error);
    }

    /**
     * Ends the exchange with a failure now; the JDK client closes the connection afterwards.
     *
     * @param kind    what happened
     * @param message description
     * @return the failure the exchange ended with (another if it had already ended)
     */
    TransportException abort(Kind kind, String message) {
        TransportException failure = new TransportException(kind, started, message, null);
        result.completeExceptionally(failure);
        return failure;
    }

    boolean started() {
        return started;
    }

    @Override
    public BodySubscriber<Body> apply(ResponseInfo info) {
        lastProgressNanos = System.nanoTime();
        arm(Math.min(deadlineNanos, lastProgressNanos + readTimeoutNanos));
        return new CappedBody();
    }

    private void onDone(HttpResponse<Body> response, Throwable error) {
        if (error != null) {
            result.completeExceptionally(translate(error));
            return;
        }
        HttpHeaders.Builder headers = HttpHeaders.builder();
        for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
            if (!h.getKey().startsWith(":")) {
                for (String v : h.getValue()) {
                    headers.addReceived(h.getKey(), v);
                }
            }
        }
        Body body = response.body();
        try {
            result.complete(SdkHttpResponse.of(response.statusCode(), headers.build(), body.bytes(), body.truncated()));
        } catch (RuntimeException e) {
            result.completeExceptionally(new TransportException(Kind.IO_ERROR, true, "invalid response: " + e.getMessage(), e));
        }
    }

    private Throwable translate(Throwable e) {
        if (e instanceof HttpConnectTimeoutException) {
            return new TransportException(Kind.CONNECT_TIMEOUT, false, "connect timed out", e);
        }
        if (e instanceof ConnectException || e instanceof SSLHandshakeException || unresolved(e)) {
            return new TransportException(Kind.CONNECT_FAILED, false, "could not connect: " + e.getClass().getSimpleName(), e);
        }
        if (e instanceof IOException) {
            return new TransportException(Kind.IO_ERROR, true, "I/O error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
        if (e instanceof InterruptedException) {
            return e; // our own abort; the result already holds its reason
        }
        return unexpected(e);
    }

    /** {@code send} wraps what the exchange failed with in an exception of its own. */
    private static boolean unresolved(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static SdkClientException unexpected(Throwable e) {
        return new SdkClientException("the jdk HTTP transport failed: " + e, e);
    }

    private void check() {
        long now = System.nanoTime();
        synchronized (this) {
            timer = null;
        }
        if (result.isDone()) {
            return;
        }
        if (now - deadlineNanos >= 0) {
            abortOffTimer(Kind.ATTEMPT_TIMEOUT, "attempt timed out");
            return;
        }
        long silentUntil = lastProgressNanos + readTimeoutNanos;
        if (now - silentUntil >= 0) {
            abortOffTimer(Kind.READ_TIMEOUT, "read timed out");
            return;
        }
        arm(Math.min(deadlineNanos, silentUntil));
    }

    /** The caller's callbacks run on completion: keep them off the one timer thread. */
    private void abortOffTimer(Kind kind, String message) {
        SharedHttpClients.WORKERS.execute(() -> abort(kind, message));
    }

    /** Makes the timer fire at {@code atNanos} unless it already fires earlier. */
    private synchronized void arm(long atNanos) {
        if (result.isDone() || (timer != null && timerAt - atNanos <= 0)) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
        }
        timerAt = atNanos;
        timer = SharedHttpClients.TIMER.schedule(this::check, Math.max(0, atNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private synchronized void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void cancelInFlight() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        synchronized (this) {
            if (runner != null) {
                runner.interrupt();
            }
        }
    }

    /** Collects at most the cap plus one byte, then stops reading. */
    private final class CappedBody implements BodySubscriber<Body> {
        private final CompletableFuture<Body> body = new CompletableFuture<>();
        private byte[] bytes = new byte[0];
        private int size;

        @Override
        public CompletionStage<Body> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            lastProgressNanos = System.nanoTime();
            for (ByteBuffer b : buffers) {
                int take = Math.min(b.remaining(), maxResponseBytes + 1 - size);
                if (take > 0) {
                    if (size + take > bytes.length) {
                        bytes = Arrays.copyOf(bytes, Math.min(maxResponseBytes + 1, Math.max(size + take, bytes.length * 2)));
                    }
                    b.get(bytes, size, take);
                    size += take;
                }
            }
            if (size > maxResponseBytes) {
                subscription.cancel();
                body.complete(new Body(Arrays.copyOf(bytes, maxResponseBytes), true));
            }
        }

        @Override
        public void onError(Throwable t) {
            body.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            body.complete(new Body(size == bytes.length ? bytes : Arrays.copyOf(bytes, size), false));
        }
    }
}
