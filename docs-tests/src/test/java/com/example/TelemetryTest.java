package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.jobs.CloudJobs;
import io.polycloud.jobs.JobRef;
import io.polycloud.opentelemetry.PolycloudTelemetry;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.PolycloudEmulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The telemetry the README's OpenTelemetry lines create produces the spans it describes. */
class TelemetryTest {

    @Test
    void aCallAndABatch_throughTheReadmesLines_becomeTheirSpans() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        try (OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .build();
             PolycloudEmulator emulator = PolycloudEmulator.start()) {
            emulator.drs().putJob("drs-job-1", EmulatedDrs.STOPPED);
            emulator.drs().putJob("drs-job-2", EmulatedDrs.STOPPED);
            PolycloudTelemetry telemetry = TelemetrySetup.attach(otel);

            // The README's clients, pointed at the emulator.
            try (DrsClient drs = emulator.configure(DrsClient.builder()).region("cn-north-4")
                         .addInterceptor(telemetry.interceptor()).build();
                 CloudJobs jobs = CloudJobs.builder()
                         .huaweiEndpointOverride(emulator.baseUri()).huaweiCredentials(emulator.huaweiCredentials())
                         .addInterceptor(telemetry.interceptor()).addBatchListener(telemetry.batchListener()).build()) {
                drs.deleteJob(DeleteJobRequest.builder().jobId("drs-job-1").build());
                jobs.deleteAll(List.of(JobRef.parse("huawei://drs/cn-north-4/" + emulator.huaweiProjectId() + "/jobs/drs-job-2")));
            }

            List<String> names = spans.getFinishedSpanItems().stream().map(SpanData::getName).toList();
            assertEquals(List.of("drs.DeleteJob", "drs.DeleteJob", "jobs.deleteAll"), names);
            SpanData batchCall = spans.getFinishedSpanItems().get(1);
            SpanData batch = spans.getFinishedSpanItems().get(2);
            assertEquals(batch.getSpanId(), batchCall.getParentSpanId(), "the batch's call is a child of jobs.deleteAll");
            assertTrue(spans.getFinishedSpanItems().get(0).getAttributes().asMap().toString().contains("polycloud.request_id"));
        }
    }
}
