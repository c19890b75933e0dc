package io.polycloud.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.testsupport.Loopback;
import io.polycloud.core.testsupport.StallingServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HttpTransport} must do, run against each one (the JDK transport in sdk-core,
 * the OkHttp one in sdk-http-okhttp): exact bytes on the wire, the response cap, each failure
 * kind with its "sent or not", no redirects, interrupts and cancellation, close.
 */
public abstract class HttpTransportContract {

    protected static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** How long an interrupted or cancelled call may take to return; far below every timeout here. */
    private static final long PROMPT_MILLIS = 1_000;

    protected final MockWebServer server = Loopback.start(new MockWebServer());
    protected final HttpTransport transport = create(HttpTransportSettings.builder()
            .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofMillis(300)).maxResponseBytes(16).build());

    /**
     * The transport under test, as its provider makes it.
     *
     * @param settings the settings
     * @return a new transport
     */
    protected abstract HttpTransport create(HttpTransportSettings settings);

    /**
     * A transport that runs one asynchronous exchange at a time and queues the rest.
     *
     * @param settings the settings
     * @return a new transport
     */
    protected abstract HttpTransport createWithOneAsyncSlot(HttpTransportSettings settings);

    @AfterEach
    void stopTransportAndServer() {
        Thread.interrupted();
        transport.close();
        server.close();
    }

    protected SdkHttpRequest.Builder request(String method) {
        return SdkHttpRequest.builder().method(method).endpoint(Loopback.uri(server));
    }

    @Test
    void execute_sendsTheRequestAsBuiltAndReadsTheResponse() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).addHeader("X-Request-Id", "r1").body("created").build());
        SdkHttpResponse response = transport.execute(request("POST").appendEncodedPath("/v1/jobs%2F1")
                .addQueryParameter("a b", "c*").addHeader("Content-Type", "application/json").addHeader("X-Custom", " v ")
                .addHeader("User-Agent", "polycloud-java/test").body("{}".getBytes(StandardCharsets.UTF_8)).build(), TIMEOUT);

        assertEquals(201, response.statusCode());
        assertEquals(Optional.of("r1"), response.header("x-request-id"));
        assertEquals("created", response.bodyAsString());
        assertFalse(response.bodyTruncated());
        RecordedRequest r = server.takeRequest();
        assertEquals("POST /v1/jobs%2F1?a%20b=c%2A HTTP/1.1", r.getRequestLine());
        assertEquals("application/json", r.getHeaders().get("Content-Type"), "no charset added to the signed value");
        assertEquals("127.0.0.1:" + server.getPort(), r.getHeaders().get("Host"), "the host header signers sign");
        assertEquals("polycloud-java/test", r.getHeaders().get("User-Agent"));
        assertEquals("v", r.getHeaders().get("X-Custom"), "values are trimmed on the wire as by every HTTP stack");
        assertEquals("2", r.getHeaders().get("Content-Length"));
        assertNull(r.getHeaders().get("Upgrade"), "no h2c upgrade on cleartext");
        assertNull(r.getHeaders().get("HTTP2-Settings"));
        assertEquals("{}", r.getBody().utf8());
    }

    @Test
    void execute_keepsEachRequestsPathAndQuery_andFollowsAChangeOfEndpoint() throws Exception {
        try (MockWebServer other = Loopback.start(new MockWebServer())) {
            server.enqueue(new MockResponse.Builder().code(200).build());
            server.enqueue(new MockResponse.Builder().code(200).build());
            other.enqueue(new MockResponse.Builder().code(200).build());

            transport.execute(request("GET").appendPathSegment("a/b").addQueryParameter("x", "1").build(), TIMEOUT);
            transport.execute(request("GET").appendPathSegment("c").build(), TIMEOUT);
            transport.execute(SdkHttpRequest.builder().method("GET").endpoint(Loopback.uri(other))
                    .appendPathSegment("d").addQueryParameter("y", "é").build(), TIMEOUT);

            assertEquals("GET /a%2Fb?x=1 HTTP/1.1", server.takeRequest().getRequestLine());
            assertEquals("GET /c HTTP/1.1", server.takeRequest().getRequestLine());
            assertEquals("GET /d?y=%C3%A9 HTTP/1.1", other.takeRequest().getRequestLine());
        }
    }

    @Test
    void execute_ofBodylessDelete_sendsNoContentType() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        assertEquals(204, transport.execute(request("DELETE").build(), TIMEOUT).statusCode());
        assertNull(server.takeRequest().getHeaders().get("Content-Type"));
    }

    @Test
    void execute_ofARedirect_returnsItWithoutFollowing() throws Exception {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", Loopback.uri(server) + "/elsewhere").build());
        assertEquals(302, transport.execute(request("GET").build(), TIMEOUT).statusCode());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void execute_ofABodyBeyondTheLimit_readsOnlyTheLimitAndSaysSo() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("0123456789abcdefOVERFLOW").build());
        SdkHttpResponse response = transport.execute(request("GET").build(), TIMEOUT);
        assertTrue(response.bodyTruncated());
        assertArrayEquals("0123456789abcdef".getBytes(StandardCharsets.UTF_8), response.body());
    }

    @Test
    void execute_ofABodyExactlyAtTheLimit_isNotTruncated() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("0123456789abcdef").build());
        SdkHttpResponse response = transport.execute(request("GET").build(), TIMEOUT);
        assertFalse(response.bodyTruncated());
        assertEquals("0123456789abcdef", response.bodyAsString());
    }

    @Test
    void execute_whenNothingListens_reportsAConnectFailureBeforeSending() {
        URI closed = Loopback.closedPort();
        TransportException e = assertThrows(TransportException.class,
                () -> transport.execute(SdkHttpRequest.builder().endpoint(closed).build(), TIMEOUT));
        assertEquals(TransportException.Kind.CONNECT_FAILED, e.kind());
        assertFalse(e.requestSent());
    }

    @Test
    void execute_whenTheServerStalls_reportsReadTimeoutAfterSending() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        TransportException e = assertThrows(TransportException.class, () -> transport.execute(request("GET").build(), TIMEOUT));
        assertEquals(TransportException.Kind.READ_TIMEOUT, e.kind());
        assertTrue(e.requestSent());
    }

    @Test
    void execute_whenTheBodyStallsMidway_reportsReadTimeout() {
        server.enqueue(new MockResponse.Builder().body("0123456789").throttleBody(4, 2, TimeUnit.SECONDS).build());
        long start = System.nanoTime();
        TransportException e = assertThrows(TransportException.class, () -> transport.execute(request("GET").build(), TIMEOUT));
        assertEquals(TransportException.Kind.READ_TIMEOUT, e.kind());
        assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(1_500), "the 300 ms read timeout, not the 5 s attempt");
    }

    @Test
    void execute_whenTheExchangeOutlastsTheTimeout_reportsAttemptTimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        TransportException e = assertThrows(TransportException.class,
                () -> transport.execute(request("GET").build(), Duration.ofMillis(100)));
        assertEquals(TransportException.Kind.ATTEMPT_TIMEOUT, e.kind());
    }

    @Test
    void executeAsync_completesExceptionallyWithTheSameClassification() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> transport.executeAsync(request("POST").build(), TIMEOUT).get(5, TimeUnit.SECONDS));
        TransportException cause = assertInstanceOf(TransportException.class, e.getCause());
        assertEquals(TransportException.Kind.IO_ERROR, cause.kind());
        assertTrue(cause.requestSent());
    }

    @Test
    void executeAsync_returnsTheResponse() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        assertEquals("ok", transport.executeAsync(request("GET").build(), TIMEOUT).get(5, TimeUnit.SECONDS).bodyAsString());
    }

    @Test
    void execute_onAnInterruptedThread_sendsNothingAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        TransportException e = assertThrows(TransportException.class, () -> transport.execute(request("GET").build(), TIMEOUT));
        assertTrue(Thread.interrupted(), "the interrupt flag is still set");
        assertEquals(TransportException.Kind.INTERRUPTED, e.kind());
        assertFalse(e.requestSent());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void execute_interruptedWhileWaitingForTheAnswer_returnsAtOnce_keepsTheFlag_andClosesTheConnection() throws Exception {
        try (StallingServer stalling = new StallingServer();
             HttpTransport patient = create(HttpTransportSettings.builder().readTimeout(Duration.ofSeconds(30)).build())) {
            long interruptToReturn = interruptDuringCall(patient, stalling, TransportException.Kind.INTERRUPTED);
            assertTrue(interruptToReturn < TimeUnit.MILLISECONDS.toNanos(PROMPT_MILLIS), interruptToReturn / 1_000_000 + " ms");
            assertNotNull(stalling.awaitClientClose(PROMPT_MILLIS), "the connection is closed, never reused");
        }
    }

    /**
     * Interrupts a synchronous call once the server holds its request, and checks the outcome.
     *
     * @return nanoseconds from the interrupt to the call's return
     */
    protected static long interruptDuringCall(HttpTransport t, StallingServer stalling, TransportException.Kind expected)
            throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flagKept = new AtomicReference<>();
        long[] returnedAt = new long[1];
        Thread caller = new Thread(() -> {
            try {
                t.execute(SdkHttpRequest.builder().method("GET").endpoint(stalling.uri()).build(), Duration.ofSeconds(30));
            } catch (Throwable e) {
                thrown.set(e);
            }
            returnedAt[0] = System.nanoTime();
            flagKept.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertTrue(stalling.awaitRequest(5_000), "the request reached the server");
        Thread.sleep(50);
        long interruptedAt = System.nanoTime();
        caller.interrupt();
        caller.join(10_000);
        assertFalse(caller.isAlive(), "the call returned");
        TransportException e = assertInstanceOf(TransportException.class, thrown.get());
        assertEquals(expected, e.kind());
        assertTrue(e.requestSent());
        assertTrue(flagKept.get(), "the interrupt flag is still set");
        return returnedAt[0] - interruptedAt;
    }

    @Test
    void executeAsync_cancelledWhileQueued_isNeverSent() throws Exception {
        try (StallingServer stalling = new StallingServer();
             HttpTransport oneSlot = createWithOneAsyncSlot(HttpTransportSettings.builder().readTimeout(Duration.ofSeconds(30)).build())) {
            SdkHttpRequest get = SdkHttpRequest.builder().method("GET").endpoint(stalling.uri()).build();
            CompletableFuture<SdkHttpResponse> running = oneSlot.executeAsync(get, TIMEOUT);
            assertTrue(stalling.awaitRequest(5_000));
            server.enqueue(new MockResponse.Builder().code(200).build());
            CompletableFuture<SdkHttpResponse> queued = oneSlot.executeAsync(request("GET").build(), TIMEOUT);
            assertTrue(queued.cancel(true));
            running.cancel(true);
            assertNotNull(stalling.awaitClientClose(PROMPT_MILLIS), "the running exchange was aborted");
            // The freed slot would have picked the queued call up by now.
            Thread.sleep(200);
            assertEquals(0, server.getRequestCount(), "the cancelled call never reached the wire");
            assertThrows(CancellationException.class, queued::join);
        }
    }

    @Test
    void executeAsync_waitingInTheQueuePastItsTimeout_failsWithAttemptTimeoutUnsent() throws Exception {
        try (StallingServer stalling = new StallingServer();
             HttpTransport oneSlot = createWithOneAsyncSlot(HttpTransportSettings.builder().readTimeout(Duration.ofSeconds(30)).build())) {
            SdkHttpRequest get = SdkHttpRequest.builder().method("GET").endpoint(stalling.uri()).build();
            CompletableFuture<SdkHttpResponse> running = oneSlot.executeAsync(get, TIMEOUT);
            assertTrue(stalling.awaitRequest(5_000));
            long start = System.nanoTime();
            CompletableFuture<SdkHttpResponse> queued = oneSlot.executeAsync(get, Duration.ofMillis(200));
            ExecutionException e = assertThrows(ExecutionException.class, () -> queued.get(5, TimeUnit.SECONDS));
            long took = System.nanoTime() - start;
            TransportException cause = assertInstanceOf(TransportException.class, e.getCause());
            assertEquals(TransportException.Kind.ATTEMPT_TIMEOUT, cause.kind());
            assertFalse(cause.requestSent());
            assertTrue(took < TimeUnit.MILLISECONDS.toNanos(200 + PROMPT_MILLIS), took / 1_000_000 + " ms");
            running.cancel(true);
        }
    }

    @Test
    void executeAsync_cancelledAfterSending_abortsTheExchange() throws Exception {
        try (StallingServer stalling = new StallingServer()) {
            CompletableFuture<SdkHttpResponse> f = transport.executeAsync(
                    SdkHttpRequest.builder().method("GET").endpoint(stalling.uri()).build(), TIMEOUT);
            assertTrue(stalling.awaitRequest(5_000));
            f.cancel(true);
            assertNotNull(stalling.awaitClientClose(PROMPT_MILLIS), "the connection is closed");
        }
    }

    @Test
    void close_refusesLaterCalls() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        transport.execute(request("GET").build(), TIMEOUT);
        transport.close();
        transport.close();
        SdkClientException sync = assertThrows(SdkClientException.class, () -> transport.execute(request("GET").build(), TIMEOUT));
        assertEquals("the HTTP transport is closed", sync.getMessage());
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> transport.executeAsync(request("GET").build(), TIMEOUT).get(5, TimeUnit.SECONDS));
        assertEquals("the HTTP transport is closed", async.getCause().getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void close_endsCallsInFlight() throws Exception {
        try (StallingServer stalling = new StallingServer()) {
            CompletableFuture<SdkHttpResponse> f = transport.executeAsync(
                    SdkHttpRequest.builder().method("GET").endpoint(stalling.uri()).build(), TIMEOUT);
            assertTrue(stalling.awaitRequest(5_000));
            transport.close();
            assertThrows(ExecutionException.class, () -> f.get(PROMPT_MILLIS, TimeUnit.MILLISECONDS));
            assertNotNull(stalling.awaitClientClose(PROMPT_MILLIS));
        }
    }

    @Test
    void cleartextOnly_refusesHttpsBeforeConnecting() throws Exception {
        try (HttpTransport cleartext = create(HttpTransportSettings.builder().cleartextOnly(true).build())) {
            server.enqueue(new MockResponse.Builder().code(204).build());
            assertEquals(204, cleartext.execute(request("DELETE").build(), TIMEOUT).statusCode());
            SdkHttpRequest https = SdkHttpRequest.builder().method("GET")
                    .endpoint(URI.create("https://127.0.0.1:" + server.getPort())).build();
            SdkClientException e = assertThrows(SdkClientException.class, () -> cleartext.execute(https, TIMEOUT));
            assertEquals("this HTTP transport is cleartext-only (http://) and refuses https URLs", e.getMessage());
            assertEquals(1, server.getRequestCount());
        }
    }
}
