package io.polycloud.core.http.okhttp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.testsupport.Loopback;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OkHttpTransportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final OkHttpTransport transport = OkHttpTransport.builder().readTimeout(Duration.ofMillis(300)).maxResponseBytes(16).build();

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    private SdkHttpRequest.Builder request(String method) {
        return SdkHttpRequest.builder().method(method).endpoint(Loopback.uri(server));
    }

    @Test
    void execute_sendsTheRequestAsBuiltAndReadsTheResponse() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).addHeader("X-Request-Id", "r1").body("created").build());
        SdkHttpResponse response = transport.execute(request("POST").appendEncodedPath("/v1/jobs%2F1")
                .addQueryParameter("a b", "c*").addHeader("Content-Type", "application/json").addHeader("X-Custom", "v")
                .body("{}".getBytes(StandardCharsets.UTF_8)).build(), TIMEOUT);

        assertEquals(201, response.statusCode());
        assertEquals(Optional.of("r1"), response.header("x-request-id"));
        assertEquals("created", response.bodyAsString());
        assertFalse(response.bodyTruncated());
        RecordedRequest r = server.takeRequest();
        assertEquals("POST /v1/jobs%2F1?a%20b=c%2A HTTP/1.1", r.getRequestLine());
        assertEquals("application/json", r.getHeaders().get("Content-Type"), "no charset added to the signed value");
        assertEquals("v", r.getHeaders().get("X-Custom"));
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
    void cleartextOnly_servesHttpAndRefusesHttpsBeforeConnecting() throws Exception {
        try (OkHttpTransport cleartext = OkHttpTransport.builder().cleartextOnly(true).build()) {
            server.enqueue(new MockResponse.Builder().code(204).build());
            assertEquals(204, cleartext.execute(request("DELETE").build(), TIMEOUT).statusCode());
            SdkHttpRequest https = SdkHttpRequest.builder().method("GET")
                    .endpoint(URI.create("https://127.0.0.1:" + server.getPort())).build();
            assertThrows(RuntimeException.class, () -> cleartext.execute(https, TIMEOUT));
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void execute_ofBodylessDelete_sendsNoContentType() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        assertEquals(204, transport.execute(request("DELETE").build(), TIMEOUT).statusCode());
        assertNull(server.takeRequest().getHeaders().get("Content-Type"));
    }

    @Test
    void execute_ofABodyBeyondTheLimit_readsOnlyTheLimitAndSaysSo() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("0123456789abcdefOVERFLOW").build());
        SdkHttpResponse response = transport.execute(request("GET").build(), TIMEOUT);
        assertTrue(response.bodyTruncated());
        assertArrayEquals("0123456789abcdef".getBytes(StandardCharsets.UTF_8), response.body());
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
    void close_releasesPooledConnectionsAndRefusesLaterCalls() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        transport.execute(request("GET").build(), TIMEOUT);
        assertEquals(1, transport.connectionCount(), "kept alive for reuse");
        transport.close();
        assertEquals(0, transport.connectionCount());
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        SdkClientException sync = assertThrows(SdkClientException.class, () -> transport.execute(request("GET").build(), TIMEOUT));
        assertEquals("the HTTP transport is closed", sync.getMessage());
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> transport.executeAsync(request("GET").build(), TIMEOUT).get(5, TimeUnit.SECONDS));
        assertEquals("the HTTP transport is closed", async.getCause().getMessage());
        assertEquals(1, server.getRequestCount());
    }
}
