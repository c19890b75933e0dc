package io.polycloud.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.testing.Fault;
import io.polycloud.testing.PolycloudEmulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which span is current where: a blocking call's span while it runs on the caller's thread, and
 * nothing of Polycloud's anywhere once it returned; an async call's span parented on the caller's
 * span but never current on the threads that complete it.
 */
class ContextPropagationTest {

    private final InMemoryTelemetry otel = new InMemoryTelemetry();
    private final PolycloudEmulator emulator = TracedClients.emulator();
    /** What an interceptor registered after the telemetry sees as current in each hook. */
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private TracedClients clients;

    private record Seen(String hook, Thread thread, SpanContext current) {
    }

    @BeforeEach
    void setUp() {
        SeededOperation.seedJobs(emulator);
        ExecutionInterceptor observer = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest beforeAttempt(SdkHttpRequest request, CallInfo call, int attempt) {
                seen.add(new Seen("beforeAttempt", Thread.currentThread(), Span.current().getSpanContext()));
                return request;
            }

            @Override
            public void afterAttempt(AttemptOutcome outcome) {
                seen.add(new Seen("afterAttempt", Thread.currentThread(), Span.current().getSpanContext()));
            }

            @Override
            public void afterCall(CallOutcome outcome) {
                seen.add(new Seen("afterCall", Thread.currentThread(), Span.current().getSpanContext()));
            }
        };
        clients = new TracedClients(emulator, TracedClients.RETRY_POLICY, Duration.ofSeconds(2),
                PolycloudTelemetry.create(otel.sdk()).interceptor(), observer);
    }

    @AfterEach
    void tearDown() {
        clients.close();
        emulator.close();
        otel.close();
    }

    @Test
    void blockingCall_spanIsCurrentWhileItRuns_thenTheCallersSpanAgain() {
        emulator.inject(Fault.error(503, "APIG.0201", "Backend unavailable"));
        Span parent = otel.sdk().getTracer("test").spanBuilder("request").startSpan();
        try (Scope ignored = parent.makeCurrent()) {
            SeededOperation.DRS_DELETE_JOB.call(clients, SeededOperation.JOB_ID);
            assertEquals(parent.getSpanContext(), Span.current().getSpanContext(), "the caller's span is current again");
        } finally {
            parent.end();
        }
        assertFalse(Span.current().getSpanContext().isValid());

        SpanData call = otel.span("drs.DeleteJob");
        assertEquals(parent.getSpanContext().getSpanId(), call.getParentSpanId());
        assertEquals(List.of("beforeAttempt", "afterAttempt", "beforeAttempt", "afterAttempt", "afterCall"),
                seen.stream().map(Seen::hook).toList());
        for (Seen s : seen) {
            assertEquals(Thread.currentThread(), s.thread(), s.hook());
        }
        for (Seen s : seen.subList(0, 4)) {
            assertEquals(call.getSpanContext(), s.current(), () -> s.hook() + " runs inside the call's span");
        }
        // Interceptors end in registration order: the telemetry, registered first, has already closed its scope.
        assertEquals(parent.getSpanContext(), seen.get(4).current(), "afterCall of a later interceptor");
    }

    @Test
    void asyncCall_isAChildOfTheCallersSpan_andNeverCurrentOnAnotherThread() throws Exception {
        // A retry, so that one attempt starts on a thread other than the caller's.
        emulator.inject(Fault.error(503, "ServiceUnavailable", "busy"));
        Span parent = otel.sdk().getTracer("test").spanBuilder("request").startSpan();
        SpanContext[] inCallback = new SpanContext[1];
        try (Scope ignored = parent.makeCurrent()) {
            SeededOperation.VPC_START_FAILOVER_TEST_JOB.callAsync(clients, SeededOperation.JOB_ID)
                    .thenRun(() -> inCallback[0] = Span.current().getSpanContext())
                    .get(10, TimeUnit.SECONDS);
            assertEquals(parent.getSpanContext(), Span.current().getSpanContext(), "the caller's span is still current");
        } finally {
            parent.end();
        }

        SpanData call = otel.span("vpc.StartFailoverTestJob");
        assertEquals(parent.getSpanContext().getTraceId(), call.getTraceId());
        assertEquals(parent.getSpanContext().getSpanId(), call.getParentSpanId());
        assertEquals(List.of("beforeAttempt", "afterAttempt", "beforeAttempt", "afterAttempt", "afterCall"),
                seen.stream().map(Seen::hook).toList());
        for (Seen s : seen) {
            assertNotEquals(call.getSpanContext(), s.current(), () -> s.hook() + " must not see the call's span as current");
            if (s.thread() != Thread.currentThread()) {
                assertFalse(s.current().isValid(), () -> s.hook() + " on " + s.thread().getName() + " sees " + s.current());
            }
        }
        assertTrue(seen.stream().anyMatch(s -> s.thread() != Thread.currentThread()), "some hook ran on another thread");
        assertFalse(inCallback[0].isValid(), "the completing thread carries no context into the caller's callbacks");
    }
}
