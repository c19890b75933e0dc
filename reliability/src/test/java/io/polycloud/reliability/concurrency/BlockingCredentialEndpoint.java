package io.polycloud.reliability.concurrency;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A credential service (ECS instance metadata or IAM) as a transport: it hands out the scripted
 * answers one per credential fetch, and holds every fetch after the first until
 * {@link #release()}, so a test can prove that callers never wait for a refresh in progress.
 * Requests that are not a credential fetch (the metadata session token) get a fixed answer.
 */
final class BlockingCredentialEndpoint implements HttpTransport {

    private final Predicate<SdkHttpRequest> isFetch;
    private final SdkHttpResponse otherAnswer;
    private final List<SdkHttpResponse> fetchAnswers;
    private final AtomicInteger fetches = new AtomicInteger();
    private final CountDownLatch refreshStarted = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    BlockingCredentialEndpoint(Predicate<SdkHttpRequest> isFetch, SdkHttpResponse otherAnswer, List<SdkHttpResponse> fetchAnswers) {
        this.isFetch = isFetch;
        this.otherAnswer = otherAnswer;
        this.fetchAnswers = List.copyOf(fetchAnswers);
    }

    static SdkHttpResponse answer(int status, String body, String... headerNamesAndValues) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            headers.add(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        return SdkHttpResponse.of(status, headers.build(), body.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Credential fetches so far, the held one included. */
    int fetches() {
        return fetches.get();
    }

    /** Waits until a second fetch (the refresh) has started and is being held. */
    boolean awaitRefreshStarted(Duration timeout) throws InterruptedException {
        return refreshStarted.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets held fetches answer. */
    void release() {
        released.countDown();
    }

    @Override
    public SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) {
        if (!isFetch.test(request)) {
            return otherAnswer;
        }
        int n = fetches.incrementAndGet();
        if (n > 1) {
            refreshStarted.countDown();
            try {
                if (!released.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the held credential fetch was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while held", e);
            }
        }
        return fetchAnswers.get(Math.min(n, fetchAnswers.size()) - 1);
    }

    @Override
    public CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout) {
        return CompletableFuture.supplyAsync(() -> execute(request, timeout));
    }

    @Override
    public void close() {
        release();
    }
}
