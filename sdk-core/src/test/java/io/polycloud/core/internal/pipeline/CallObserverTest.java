package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallObserver;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.protocol.aliyun.TestAliyunClient;
import io.polycloud.core.retry.RetryBudget;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-call side of the interceptor SPI, what a tracing or metrics module builds on: a
 * {@link CallObserver} per call, created on the caller's thread, that sees each attempt with its
 * throttling and backoff, and the call's end exactly once.
 */
class CallObserverTest {

    private static final AliyunRpcRequest START = AliyunRpcRequest.builder("StartFailoverTestJob")
            .parameter("JobId", "ftj-1").safeToRepeat(true).build();
    private static final RetryPolicy DETERMINISTIC = RetryPolicy.builder().jitter(() -> 0.5).build();

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();
    private final List<Trace> traces = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    /** What one call's observer saw: the state a span would hold. */
    private static final class Trace implements CallObserver {
        final CallInfo call;
        final Thread startedOn = Thread.currentThread();
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<AttemptOutcome> attempts = new CopyOnWriteArrayList<>();
        volatile CallOutcome end;

        Trace(CallInfo call) {
            this.call = call;
        }

        @Override
        public SdkHttpRequest beforeAttempt(SdkHttpRequest request, int attempt) {
            events.add("before " + attempt);
            return request.toBuilder().setHeader("traceparent", "00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-01").build();
        }

        @Override
        public void afterAttempt(AttemptOutcome outcome) {
            events.add("after " + outcome.attempt());
            attempts.add(outcome);
        }

        @Override
        public void afterCall(CallOutcome outcome) {
            events.add("end");
            end = outcome;
        }
    }

    private final ExecutionInterceptor tracing = new ExecutionInterceptor() {
        @Override
        public CallObserver beforeCall(CallInfo call) {
            Trace trace = new Trace(call);
            traces.add(trace);
            return trace;
        }
    };

    private TestAliyunClient client() {
        return new TestAliyunClient().region("cn-shanghai").endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret"))
                .retryPolicy(DETERMINISTIC).clock(time.clock()).sleeper(time.sleeper())
                .addInterceptor(tracing);
    }

    private static MockResponse status(int code, String requestId) {
        return new MockResponse.Builder().code(code).addHeader("x-acs-request-id", requestId).body(code == 200 ? "{}" : "").build();
    }

    @Test
    void call_sync_givesOneObserverMadeOnTheCallersThreadTheCallsInfoAndEveryEventInOrder() throws Exception {
        server.enqueue(status(503, "r1"));
        server.enqueue(status(200, "r2"));
        try (AliyunRpcClient client = client().build()) {
            client.call(START, SdkHttpResponse::bodyAsString);
        }
        assertEquals(1, traces.size());
        Trace trace = traces.get(0);
        assertSame(Thread.currentThread(), trace.startedOn);
        assertEquals(new CallInfo("aliyun", "vpc", "StartFailoverTestJob", Optional.of("cn-shanghai"), "127.0.0.1",
                server.getPort(), false), trace.call);
        assertEquals(List.of("before 1", "after 1", "before 2", "after 2", "end"), trace.events);
        assertEquals("00-" + "1".repeat(32) + "-" + "2".repeat(16) + "-01",
                server.takeRequest().getHeaders().get("traceparent"), "the observer's header is sent");

        assertEquals(Optional.of(Duration.ofMillis(50)), trace.attempts.get(0).backoff(), "the backoff chosen after attempt 1");
        assertEquals(Optional.empty(), trace.attempts.get(1).backoff(), "nothing follows the last attempt");
        CallOutcome end = trace.end;
        assertTrue(end.succeeded());
        assertEquals(2, end.attempts());
        assertEquals(200, end.httpStatus());
        assertEquals(Optional.of("r2"), end.requestId());
        assertEquals(0, end.throttledAttempts());
        assertFalse(end.retryBudgetExhausted());
        assertFalse(end.cancelled());
    }

    @Test
    void callAsync_makesTheObserverOnTheCallersThreadAndSaysItIsAsync() throws Exception {
        server.enqueue(status(200, "r1"));
        try (AliyunRpcClient client = client().build()) {
            client.callAsync(START, SdkHttpResponse::bodyAsString).get(5, TimeUnit.SECONDS);
        }
        Trace trace = traces.get(0);
        assertSame(Thread.currentThread(), trace.startedOn);
        assertTrue(trace.call.async());
        assertEquals(List.of("before 1", "after 1", "end"), trace.events);
    }

    @Test
    void attemptsThrottledByTheService_areMarkedAndCountedWithTheRetryAfterChosen() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body("").build());
        server.enqueue(new MockResponse.Builder().code(400).addHeader("x-acs-request-id", "r2")
                .body("{\"Code\":\"Throttling.User\",\"Message\":\"slow down\"}").build());
        server.enqueue(new MockResponse.Builder().code(400).addHeader("x-acs-request-id", "r3")
                .body("{\"Code\":\"IllegalParam.JobId\",\"Message\":\"bad\"}").build());
        try (AliyunRpcClient client = client().build()) {
            assertThrows(ServiceException.class, () -> client.call(START, SdkHttpResponse::bodyAsString));
        }
        Trace trace = traces.get(0);
        assertEquals(List.of(true, true, false), trace.attempts.stream().map(AttemptOutcome::throttled).toList());
        assertEquals(Optional.of(Duration.ofSeconds(2)), trace.attempts.get(0).backoff());
        assertEquals(Optional.of(Duration.ofMillis(1000)), trace.attempts.get(1).backoff(), "half the 2 s throttling ceiling");
        assertEquals(Optional.empty(), trace.attempts.get(2).backoff());
        CallOutcome end = trace.end;
        assertEquals(2, end.throttledAttempts());
        assertEquals(400, end.httpStatus());
        assertEquals("IllegalParam.JobId", ((ServiceException) end.failure().orElseThrow()).errorCode());
        assertEquals(Optional.of("r3"), end.requestId());
    }

    @Test
    void aCallRefusedARetryByTheEmptyBudget_saysSo() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(503, "r" + i));
        }
        try (AliyunRpcClient client = client().retryPolicy(DETERMINISTIC.toBuilder().budget(new RetryBudget(5, 5, 5)).build())
                .build()) {
            assertThrows(ServiceException.class, () -> client.call(START, SdkHttpResponse::bodyAsString));
            assertThrows(ServiceException.class, () -> client.call(START, SdkHttpResponse::bodyAsString));
        }
        assertEquals(List.of(true, true), traces.stream().map(t -> t.end.retryBudgetExhausted()).toList(),
                "the first call's retry emptied the bucket, so its second failure was not retried either");
        assertEquals(List.of(2, 1), traces.stream().map(t -> t.end.attempts()).toList());
    }

    @Test
    void anInterceptorWhoseBeforeCallThrows_isLoggedAndTheCallGoesOn() throws Exception {
        server.enqueue(status(200, "r1"));
        CapturedLogs.clear();
        ExecutionInterceptor broken = new ExecutionInterceptor() {
            @Override
            public CallObserver beforeCall(CallInfo call) {
                throw new IllegalStateException("tracer not ready");
            }
        };
        try (AliyunRpcClient client = client().addInterceptor(broken).build()) {
            assertEquals("{}", client.call(START, SdkHttpResponse::bodyAsString));
        }
        assertTrue(traces.get(0).end.succeeded(), "the other interceptor still observes the call");
        assertEquals(1, CapturedLogs.events().stream()
                .filter(e -> e.level().equals("WARN") && e.message().contains("tracer not ready")).count());
    }
}
