package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.protocol.aliyun.TestAliyunClient;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Interceptors see every attempt and call, with attempt numbers, status, request id and latency. */
class ExecutionInterceptorTest {

    private static final AliyunRpcRequest START = AliyunRpcRequest.builder("StartFailoverTestJob")
            .parameter("JobId", "ftj-1").safeToRepeat(true).build();

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final CallInfo startJob = new CallInfo("aliyun", "vpc", "StartFailoverTestJob", Optional.empty(),
            "127.0.0.1", server.getPort(), false);
    private final FakeTime time = new FakeTime();
    private final Recorder recorder = new Recorder(startJob);

    @AfterEach
    void stop() {
        server.close();
    }

    /** Records every callback, and tags each attempt with a signed header. */
    private static final class Recorder implements ExecutionInterceptor {
        volatile CallInfo expected;
        final List<Integer> attemptsStarted = new CopyOnWriteArrayList<>();
        final List<AttemptOutcome> attempts = new CopyOnWriteArrayList<>();
        final List<CallOutcome> calls = new CopyOnWriteArrayList<>();

        Recorder(CallInfo expected) {
            this.expected = expected;
        }

        @Override
        public SdkHttpRequest beforeAttempt(SdkHttpRequest request, CallInfo call, int attempt) {
            // The same call made async differs only in that flag.
            assertEquals(expected, new CallInfo(call.provider(), call.service(), call.operation(), call.region(),
                    call.serverHost(), call.serverPort(), false));
            assertTrue(request.headers().first("Authorization").isEmpty(), "sees the request before signing");
            attemptsStarted.add(attempt);
            return request.toBuilder().setHeader("x-acs-trace-attempt", Integer.toString(attempt)).build();
        }

        @Override
        public void afterAttempt(AttemptOutcome outcome) {
            attempts.add(outcome);
        }

        @Override
        public void afterCall(CallOutcome outcome) {
            calls.add(outcome);
        }
    }

    private TestAliyunClient client() {
        return new TestAliyunClient().endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret"))
                .retryPolicy(RetryPolicy.builder().jitter(() -> 0.5).build())
                .clock(time.clock()).sleeper(time.sleeper())
                .addInterceptor(recorder);
    }

    private static void assertLatencyPlausible(Duration latency) {
        assertTrue(!latency.isNegative() && latency.compareTo(Duration.ofSeconds(5)) < 0, latency.toString());
    }

    @Test
    void call_withRetry_reportsEachAttemptAndTheCall() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("x-acs-request-id", "r1").body("").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("x-acs-request-id", "r2").body("{}").build());
        try (AliyunRpcClient client = client().build()) {
            client.call(START, SdkHttpResponse::bodyAsString);
        }

        assertEquals(List.of(1, 2), recorder.attemptsStarted);
        assertEquals(2, recorder.attempts.size());
        AttemptOutcome first = recorder.attempts.get(0);
        assertEquals(startJob, first.call());
        assertEquals(1, first.attempt());
        assertEquals(503, first.httpStatus());
        assertEquals(Optional.of("r1"), first.requestId());
        assertEquals(503, assertInstanceOf(ServiceException.class, first.failure().orElseThrow()).httpStatus());
        assertLatencyPlausible(first.latency());
        AttemptOutcome second = recorder.attempts.get(1);
        assertEquals(2, second.attempt());
        assertEquals(200, second.httpStatus());
        assertEquals(Optional.of("r2"), second.requestId());
        assertEquals(Optional.empty(), second.failure());
        assertLatencyPlausible(second.latency());

        assertEquals(1, recorder.calls.size());
        CallOutcome call = recorder.calls.get(0);
        assertEquals(startJob, call.call());
        assertEquals(2, call.attempts());
        assertEquals(Optional.of("r2"), call.requestId());
        assertEquals(Optional.empty(), call.failure());
        assertLatencyPlausible(call.latency());
    }

    @Test
    void beforeAttempt_headersAddedBeforeSigning_areSentAndSigned() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (AliyunRpcClient client = client().build()) {
            client.call(START, SdkHttpResponse::bodyAsString);
        }
        RecordedRequest r = server.takeRequest();
        assertEquals("1", r.getHeaders().get("x-acs-trace-attempt"));
        assertTrue(r.getHeaders().get("Authorization").contains(",SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                + "x-acs-signature-nonce;x-acs-trace-attempt;x-acs-version,"), r.getHeaders().get("Authorization"));
    }

    @Test
    void call_thatFails_reportsTheFailureToAfterCall() {
        server.enqueue(new MockResponse.Builder().code(404).addHeader("x-acs-request-id", "r1")
                .body("{\"Code\":\"ResourceNotFound.Job\",\"Message\":\"no such job\"}").build());
        try (AliyunRpcClient client = client().build()) {
            ServiceException thrown = assertThrows(ServiceException.class, () -> client.call(START, SdkHttpResponse::bodyAsString));
            CallOutcome call = recorder.calls.get(0);
            assertEquals(1, call.attempts());
            assertEquals(Optional.of("r1"), call.requestId());
            assertEquals(thrown, call.failure().orElseThrow());
        }
    }

    @Test
    void call_thatCannotConnect_reportsAttemptsWithoutStatus() {
        URI closed = Loopback.closedPort();
        recorder.expected = new CallInfo("aliyun", "vpc", "StartFailoverTestJob", Optional.empty(), "127.0.0.1",
                closed.getPort(), false);
        try (AliyunRpcClient client = client().endpointOverride(closed).retryPolicy(RetryPolicy.none()).build()) {
            assertThrows(SdkNetworkException.class, () -> client.call(START, SdkHttpResponse::bodyAsString));
        }
        AttemptOutcome attempt = recorder.attempts.get(0);
        assertEquals(0, attempt.httpStatus());
        assertEquals(Optional.empty(), attempt.requestId());
        assertInstanceOf(SdkNetworkException.class, attempt.failure().orElseThrow());
        assertInstanceOf(SdkNetworkException.class, recorder.calls.get(0).failure().orElseThrow());
    }

    @Test
    void callAsync_reportsTheSameOutcomes() throws Exception {
        server.enqueue(new MockResponse.Builder().code(500).addHeader("x-acs-request-id", "r1").body("").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("x-acs-request-id", "r2").body("{}").build());
        try (AliyunRpcClient client = client().build()) {
            client.callAsync(START, SdkHttpResponse::bodyAsString).get(5, TimeUnit.SECONDS);
        }
        assertEquals(List.of(1, 2), recorder.attemptsStarted);
        assertEquals(List.of(500, 200), recorder.attempts.stream().map(AttemptOutcome::httpStatus).toList());
        assertEquals(2, recorder.calls.get(0).attempts());
        assertEquals(Optional.of("r2"), recorder.calls.get(0).requestId());
    }

    @Test
    void call_whenAnObservingInterceptorThrows_logsAndCompletesTheCall() {
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        CapturedLogs.clear();
        ExecutionInterceptor broken = new ExecutionInterceptor() {
            @Override
            public void afterAttempt(AttemptOutcome outcome) {
                throw new IllegalStateException("metrics backend down");
            }

            @Override
            public void afterCall(CallOutcome outcome) {
                throw new IllegalStateException("metrics backend down");
            }
        };
        try (AliyunRpcClient client = client().addInterceptor(broken).build()) {
            assertEquals("ok", client.call(START, SdkHttpResponse::bodyAsString));
        }
        long warnings = CapturedLogs.events().stream()
                .filter(e -> e.level().equals("WARN") && e.message().contains("metrics backend down")).count();
        assertEquals(2, warnings);
    }

    @Test
    void call_whenBeforeAttemptReturnsNull_failsNamingTheInterceptorWithoutSending() {
        ExecutionInterceptor dropsRequest = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest beforeAttempt(SdkHttpRequest request, CallInfo call, int attempt) {
                return null;
            }
        };
        try (AliyunRpcClient client = client().addInterceptor(dropsRequest).build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> client.call(START, SdkHttpResponse::bodyAsString));
            assertTrue(e.getMessage().contains("returned no request"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }
}
