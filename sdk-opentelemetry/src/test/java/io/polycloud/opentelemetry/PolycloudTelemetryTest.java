package io.polycloud.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.polycloud.testing.PolycloudEmulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The entry point: which OpenTelemetry it reports to, and what it costs a call that is not sampled. */
class PolycloudTelemetryTest {

    @Test
    void create_withNull_namesTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> PolycloudTelemetry.create(null));
        assertEquals("openTelemetry", e.getMessage());
    }

    @Test
    void interceptor_isOneInstanceForEveryClient() {
        PolycloudTelemetry telemetry = PolycloudTelemetry.create(OpenTelemetry.noop());
        assertSame(telemetry.interceptor(), telemetry.interceptor());
    }

    @Test
    void create_withoutArgument_reportsToTheGlobalOpenTelemetry() {
        try (InMemoryTelemetry otel = new InMemoryTelemetry(); PolycloudEmulator emulator = TracedClients.emulator()) {
            SeededOperation.seedJobs(emulator);
            GlobalOpenTelemetry.resetForTest();
            GlobalOpenTelemetry.set(otel.sdk());
            try (TracedClients clients = new TracedClients(emulator, TracedClients.RETRY_POLICY, Duration.ofSeconds(2),
                    PolycloudTelemetry.create().interceptor())) {
                SeededOperation.DRS_DELETE_JOB.call(clients, SeededOperation.JOB_ID);
            } finally {
                GlobalOpenTelemetry.resetForTest();
            }
            assertEquals("drs.DeleteJob", otel.span("drs.DeleteJob").getName());
        }
    }

    @Test
    void noopOpenTelemetry_callsSucceedAndNothingStaysCurrent() {
        try (PolycloudEmulator emulator = TracedClients.emulator();
             TracedClients clients = new TracedClients(emulator, TracedClients.RETRY_POLICY, Duration.ofSeconds(2),
                     PolycloudTelemetry.create(OpenTelemetry.noop()).interceptor())) {
            for (SeededOperation op : SeededOperation.values()) {
                emulator.reset();
                SeededOperation.seedJobs(emulator);
                op.call(clients, SeededOperation.JOB_ID);
                emulator.reset();
                SeededOperation.seedJobs(emulator);
                op.callAsync(clients, SeededOperation.JOB_ID).join();
            }
            assertFalse(Span.current().getSpanContext().isValid());
        }
    }

    @Test
    void unsampledCall_exportsNoSpan_butStillCountsInTheMetrics() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        InMemoryMetricReader metrics = InMemoryMetricReader.create();
        try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().setSampler(Sampler.alwaysOff())
                        .addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build()).build();
             PolycloudEmulator emulator = TracedClients.emulator()) {
            SeededOperation.seedJobs(emulator);
            try (TracedClients clients = new TracedClients(emulator, TracedClients.RETRY_POLICY, Duration.ofSeconds(2),
                    PolycloudTelemetry.create(sdk).interceptor())) {
                SeededOperation.DDS_CANCEL_SCHEDULED_TASK.call(clients, SeededOperation.JOB_ID);
            }
            assertTrue(spans.getFinishedSpanItems().isEmpty());
            assertEquals(1, metrics.collectAllMetrics().stream()
                    .filter(m -> m.getName().equals("polycloud.client.call.duration"))
                    .mapToLong(m -> m.getHistogramData().getPoints().iterator().next().getCount()).sum());
        }
    }
}
