package io.polycloud.core.testsupport;

import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An async transport with a bounded number of exchanges in flight, like an HTTP client's
 * dispatcher: the rest wait in a queue. Each exchange "takes" the service time, then answers
 * {@code 200 {}}. It keeps the {@link HttpTransport} contract the pipeline relies on: the timeout
 * runs from the call, so a request whose timeout passed in the queue fails unsent; cancelling the
 * future of a request still in the queue means it is never sent; cancelling one in flight
 * abandons it.
 */
public final class QueueingTransport implements HttpTransport {

    private final ExecutorService workers;
    private final Duration serviceTime;
    private final Consumer<SdkHttpRequest> onSend;
    private final AtomicInteger sent = new AtomicInteger();

    /**
     * @param concurrency exchanges in flight at most
     * @param serviceTime how long the server takes to answer
     * @param onSend      told of each request when it leaves the queue for the wire
     */
    public QueueingTransport(int concurrency, Duration serviceTime, Consumer<SdkHttpRequest> onSend) {
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "queueing-transport");
            t.setDaemon(true);
            return t;
        });
        this.serviceTime = serviceTime;
        this.onSend = onSend;
    }

    /** Requests that reached the wire. */
    public int sent() {
        return sent.get();
    }

    @Override
    public SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) {
        throw new UnsupportedOperationException("async only");
    }

    @Override
    public CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout) {
        CompletableFuture<SdkHttpResponse> future = new CompletableFuture<>();
        long expiry = System.nanoTime() + timeout.toNanos();
        Future<?> exchange = workers.submit(() -> {
            if (future.isDone()) {
                return;
            }
            if (System.nanoTime() - expiry >= 0) {
                future.completeExceptionally(new TransportException(TransportException.Kind.ATTEMPT_TIMEOUT, false,
                        "timed out in the queue", null));
                return;
            }
            sent.incrementAndGet();
            onSend.accept(request);
            try {
                Thread.sleep(serviceTime.toMillis());
                future.complete(ScriptedTransport.response(200, "{}"));
            } catch (InterruptedException e) {
                future.completeExceptionally(new TransportException(TransportException.Kind.INTERRUPTED, true, "cancelled", e));
            }
        });
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return future;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
