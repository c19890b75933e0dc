package io.polycloud.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.polycloud.core.exception.SdkException;
import io.polycloud.opentelemetry.Scenario.Attempt;
import io.polycloud.opentelemetry.Scenario.Expected;
import io.polycloud.opentelemetry.Scenario.Mode;
import io.polycloud.testing.PolycloudEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every outcome of the fault matrix, for each of the five seeded operations, blocking and async:
 * the real clients call the emulator with the interceptor attached, inside a span the test made
 * current, and the OpenTelemetry SDK must receive exactly the span, attempt events and metric
 * points the scenario implies, with nothing secret in any of them.
 */
class FaultMatrixTelemetryTest {

    private static final AttributeKey<Double> ATTEMPT_DURATION_MS = AttributeKey.doubleKey("polycloud.attempt.duration_ms");

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            for (SeededOperation op : SeededOperation.values()) {
                for (Mode mode : scenario.modes()) {
                    cases.add(Arguments.of(scenario, op, mode));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("matrix")
    void call_leavesExactlyItsSpanAndMetrics(Scenario scenario, SeededOperation op, Mode mode) throws Exception {
        try (InMemoryTelemetry otel = new InMemoryTelemetry(); PolycloudEmulator emulator = TracedClients.emulator()) {
            SeededOperation.seedJobs(emulator);
            scenario.faults(op).forEach(emulator::inject);
            PolycloudTelemetry telemetry = PolycloudTelemetry.create(otel.sdk());

            Span parent = otel.sdk().getTracer("test").spanBuilder("test").startSpan();
            SdkException failure;
            try (TracedClients clients = new TracedClients(emulator, scenario.retryPolicy(), scenario.readTimeout(),
                    telemetry.interceptor()); Scope ignored = parent.makeCurrent()) {
                failure = scenario.call(op, mode, clients);
            } finally {
                parent.end();
            }
            assertFalse(Span.current().getSpanContext().isValid(), "nothing is left current on the test thread");

            Expected expected = scenario.expected(op);
            SpanData span = otel.span(op.spanName());
            assertSpan(span, parent, expected, op, emulator, failure);
            assertEvents(expected.attempts(), span.getEvents());
            assertMetrics(otel, op, expected);
            TelemetrySecrets.assertNoneIn(otel, emulator);
        }
    }

    private static void assertSpan(SpanData span, Span parent, Expected expected, SeededOperation op,
                                   PolycloudEmulator emulator, SdkException failure) {
        assertEquals(SpanKind.CLIENT, span.getKind());
        assertEquals(parent.getSpanContext().getTraceId(), span.getTraceId(), "same trace as the caller's span");
        assertEquals(parent.getSpanContext().getSpanId(), span.getParentSpanId(), "child of the caller's span");
        assertEquals("io.polycloud.opentelemetry", span.getInstrumentationScopeInfo().getName());
        assertTrue(span.hasEnded());

        AttributesBuilder attributes = operationAttributes(op).toBuilder()
                .put("cloud.region", op.aliyun() ? TracedClients.ALIYUN_REGION : TracedClients.HUAWEI_REGION)
                .put("rpc.system", op.aliyun() ? "alibaba_cloud_rpc" : "huawei_cloud_rest")
                .put("server.address", "127.0.0.1")
                .put("server.port", (long) emulator.port())
                .put("polycloud.attempts", (long) expected.attemptCount());
        if (expected.httpStatus() > 0) {
            attributes.put("http.response.status_code", (long) expected.httpStatus());
        }
        if (expected.requestId() != null) {
            attributes.put("polycloud.request_id", expected.requestId());
        }
        if (expected.throttled() > 0) {
            attributes.put("polycloud.throttled_attempts", (long) expected.throttled());
        }
        if (expected.budgetExhausted()) {
            attributes.put("polycloud.retry_budget_exhausted", true);
        }
        if (expected.errorType() != null) {
            attributes.put("error.type", expected.errorType());
        }
        if (expected.category() != null) {
            attributes.put("polycloud.error.category", expected.category().name());
        }
        assertEquals(attributes.build().asMap(), span.getAttributes().asMap());

        if (expected.errorType() == null) {
            assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
        } else {
            assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
            assertEquals(failure == null ? "cancelled by the caller" : failure.getMessage(), span.getStatus().getDescription());
        }
    }

    private static void assertEvents(List<Attempt> attempts, List<EventData> events) {
        List<Map<AttributeKey<?>, Object>> expected = new ArrayList<>();
        for (Attempt a : attempts) {
            AttributesBuilder b = Attributes.builder().put("polycloud.attempt.number", (long) a.number());
            if (a.status() > 0) {
                b.put("http.response.status_code", (long) a.status());
            }
            if (a.requestId() != null) {
                b.put("polycloud.request_id", a.requestId());
            }
            if (a.errorType() != null) {
                b.put("error.type", a.errorType());
            }
            b.put("polycloud.attempt.throttled", a.throttled());
            if (a.backoffMs() != null) {
                b.put("polycloud.retry.backoff_ms", a.backoffMs());
            }
            expected.add(b.build().asMap());
        }
        List<Map<AttributeKey<?>, Object>> actual = new ArrayList<>();
        for (EventData event : events) {
            assertEquals("polycloud.attempt", event.getName());
            Double duration = event.getAttributes().get(ATTEMPT_DURATION_MS);
            assertTrue(duration != null && duration >= 0, () -> "attempt duration in " + event);
            actual.add(event.getAttributes().toBuilder().removeIf(ATTEMPT_DURATION_MS::equals).build().asMap());
        }
        assertEquals(expected, actual);
    }

    private static void assertMetrics(InMemoryTelemetry otel, SeededOperation op, Expected expected) {
        Map<String, MetricData> metrics = otel.metrics();
        Attributes operation = operationAttributes(op);
        Attributes withOutcome = operation.toBuilder().put("polycloud.outcome", expected.outcome()).build();

        MetricData duration = metrics.get("polycloud.client.call.duration");
        assertEquals("s", duration.getUnit());
        HistogramPointData durationPoint = onlyHistogramPoint(duration);
        assertEquals(withOutcome.asMap(), durationPoint.getAttributes().asMap());
        assertEquals(1, durationPoint.getCount());
        assertEquals(List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 30.0, 60.0, 120.0),
                durationPoint.getBoundaries());

        HistogramPointData attempts = onlyHistogramPoint(metrics.get("polycloud.client.call.attempts"));
        assertEquals(withOutcome.asMap(), attempts.getAttributes().asMap());
        assertEquals(1, attempts.getCount());
        assertEquals(expected.attemptCount(), attempts.getSum());

        LongPointData active = onlyLongPoint(metrics.get("polycloud.client.active_calls"));
        assertEquals(operation.asMap(), active.getAttributes().asMap());
        assertEquals(0, active.getValue(), "no call in flight after it ended");

        MetricData throttled = metrics.get("polycloud.client.throttled_attempts");
        if (expected.throttled() == 0) {
            assertNull(throttled, "no throttled attempt, no point");
        } else {
            LongPointData point = onlyLongPoint(throttled);
            assertEquals(operation.asMap(), point.getAttributes().asMap());
            assertEquals(expected.throttled(), point.getValue());
        }

        MetricData budget = metrics.get("polycloud.client.retry_budget.exhausted");
        if (!expected.budgetExhausted()) {
            assertNull(budget, "budget not exhausted, no point");
        } else {
            LongPointData point = onlyLongPoint(budget);
            assertEquals(withOutcome.asMap(), point.getAttributes().asMap());
            assertEquals(1, point.getValue());
        }
    }

    /** The attributes of every metric point, and the first of every span's. */
    private static Attributes operationAttributes(SeededOperation op) {
        return Attributes.builder()
                .put("cloud.provider", op.aliyun() ? "alibaba_cloud" : "huawei_cloud")
                .put("rpc.service", op.service())
                .put("rpc.method", op.method())
                .build();
    }

    private static HistogramPointData onlyHistogramPoint(MetricData metric) {
        List<HistogramPointData> points = List.copyOf(metric.getHistogramData().getPoints());
        assertEquals(1, points.size(), () -> metric.getName() + ": " + points);
        return points.get(0);
    }

    private static LongPointData onlyLongPoint(MetricData metric) {
        List<LongPointData> points = List.copyOf(metric.getLongSumData().getPoints());
        assertEquals(1, points.size(), () -> metric.getName() + ": " + points);
        return points.get(0);
    }
}
