package io.polycloud.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.polycloud.jobs.BatchResult;
import io.polycloud.jobs.CloudJobs;
import io.polycloud.jobs.DeleteAllOptions;
import io.polycloud.jobs.DeleteOptions;
import io.polycloud.jobs.DeleteOutcome;
import io.polycloud.jobs.JobRef;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.PolycloudEmulator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A deleteAll through CloudJobs: one batch span under the caller's, every call under the batch, and the jobs metrics. */
class BatchTelemetryTest {

    @Test
    void deleteAll_isOneSpanThatParentsEveryCallItMakes() {
        try (InMemoryTelemetry otel = new InMemoryTelemetry(); PolycloudEmulator emulator = TracedClients.emulator()) {
            SeededOperation.seedJobs(emulator);
            PolycloudTelemetry telemetry = PolycloudTelemetry.create(otel.sdk());
            String project = PolycloudEmulator.DEFAULT_HUAWEI_PROJECT_ID;
            List<JobRef> refs = List.of(
                    new JobRef.VpcFailoverTestJob(TracedClients.ALIYUN_REGION, SeededOperation.JOB_ID),
                    new JobRef.DrsJob(TracedClients.HUAWEI_REGION, project, SeededOperation.JOB_ID),
                    new JobRef.DdsScheduledTask(TracedClients.HUAWEI_REGION, project, SeededOperation.JOB_ID),
                    new JobRef.LakeFormationJob(TracedClients.HUAWEI_REGION, project, SeededOperation.LAKEFORMATION_INSTANCE,
                            SeededOperation.JOB_ID),
                    new JobRef.DrsJob(TracedClients.HUAWEI_REGION, project, "ftj-telemetry00099"));

            Span parent = otel.sdk().getTracer("test").spanBuilder("cleanup").startSpan();
            BatchResult result;
            try (CloudJobs jobs = tracedJobs(emulator, telemetry); Scope ignored = parent.makeCurrent()) {
                result = jobs.deleteAll(refs);
            } finally {
                parent.end();
            }
            assertEquals(4, result.summary().count(DeleteOutcome.DELETED), result.toString());
            assertEquals(1, result.summary().count(DeleteOutcome.ALREADY_GONE), result.toString());

            SpanData batch = otel.span("jobs.deleteAll");
            assertEquals(SpanKind.INTERNAL, batch.getKind());
            assertEquals(parent.getSpanContext().getSpanId(), batch.getParentSpanId());
            assertEquals(StatusCode.UNSET, batch.getStatus().getStatusCode());
            Map<String, Object> attributes = batch.getAttributes().asMap().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().getKey(), Map.Entry::getValue));
            assertEquals(Map.of("polycloud.batch.refs", 5L, "polycloud.batch.distinct_refs", 5L,
                    "polycloud.batch.max_concurrency", attributes.get("polycloud.batch.max_concurrency"),
                    "polycloud.batch.dry_run", false,
                    "polycloud.batch.outcome.deleted", 4L, "polycloud.batch.outcome.already_gone", 1L,
                    "polycloud.batch.outcome.not_deletable", 0L, "polycloud.batch.outcome.failed", 0L,
                    "polycloud.batch.outcome.dry_run", 0L, "polycloud.batch.outcome.skipped", 0L), attributes);

            List<SpanData> calls = otel.spans().stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
            assertTrue(calls.size() >= refs.size(), () -> "a call per ref at least: " + calls);
            for (SpanData call : calls) {
                assertEquals(batch.getSpanId(), call.getParentSpanId(), () -> call.getName() + " is a child of the batch");
                assertEquals(batch.getTraceId(), call.getTraceId());
            }

            Map<String, Long> deletions = otel.metrics().get("polycloud.jobs.deletions").getLongSumData().getPoints().stream()
                    .collect(Collectors.toMap(p -> p.getAttributes().get(AttributeKey.stringKey("polycloud.job.kind")) + "/"
                            + p.getAttributes().get(AttributeKey.stringKey("polycloud.delete.outcome")), LongPointData::getValue));
            assertEquals(Map.of("vpc_failover_test_job/deleted", 1L, "drs_job/deleted", 1L, "drs_job/already_gone", 1L,
                    "dds_scheduled_task/deleted", 1L, "lakeformation_job/deleted", 1L), deletions);
            assertEquals(1, otel.metrics().get("polycloud.jobs.batch.duration").getHistogramData().getPoints().stream()
                    .filter(p -> p.getAttributes().equals(Attributes.of(AttributeKey.booleanKey("polycloud.batch.dry_run"), false)))
                    .mapToLong(p -> p.getCount()).sum());
            TelemetrySecrets.assertNoneIn(otel, emulator);
        }
    }

    @Test
    void deleteAll_withAJobThatCannotBeDeleted_endsTheBatchSpanInError() {
        try (InMemoryTelemetry otel = new InMemoryTelemetry(); PolycloudEmulator emulator = TracedClients.emulator()) {
            emulator.drs().putJob(SeededOperation.JOB_ID, EmulatedDrs.RUNNING);
            PolycloudTelemetry telemetry = PolycloudTelemetry.create(otel.sdk());
            try (CloudJobs jobs = tracedJobs(emulator, telemetry)) {
                jobs.deleteAll(List.of(new JobRef.DrsJob(TracedClients.HUAWEI_REGION, PolycloudEmulator.DEFAULT_HUAWEI_PROJECT_ID,
                        SeededOperation.JOB_ID)));
            }

            SpanData batch = otel.span("jobs.deleteAll");
            assertEquals(StatusCode.ERROR, batch.getStatus().getStatusCode());
            assertEquals("not every job was deleted: [NOT_DELETABLE]", batch.getStatus().getDescription());
            assertEquals(1L, batch.getAttributes().get(AttributeKey.longKey("polycloud.batch.outcome.not_deletable")));
            SpanData call = otel.span("drs.DeleteJob");
            assertEquals(batch.getSpanId(), call.getParentSpanId());
            assertEquals("DRS.M00304", call.getAttributes().get(AttributeKey.stringKey("error.type")));
        }
    }

    @Test
    void deleteAll_dryRun_isABatchSpanWithoutCalls() {
        try (InMemoryTelemetry otel = new InMemoryTelemetry(); PolycloudEmulator emulator = TracedClients.emulator()) {
            PolycloudTelemetry telemetry = PolycloudTelemetry.create(otel.sdk());
            try (CloudJobs jobs = tracedJobs(emulator, telemetry)) {
                jobs.deleteAll(List.of(new JobRef.VpcFailoverTestJob(TracedClients.ALIYUN_REGION, SeededOperation.JOB_ID)),
                        DeleteAllOptions.builder().deleteOptions(DeleteOptions.builder().dryRun(true).build()).build());
            }

            SpanData batch = otel.span("jobs.deleteAll");
            assertEquals(true, batch.getAttributes().get(AttributeKey.booleanKey("polycloud.batch.dry_run")));
            assertEquals(1L, batch.getAttributes().get(AttributeKey.longKey("polycloud.batch.outcome.dry_run")));
            assertEquals(StatusCode.UNSET, batch.getStatus().getStatusCode());
            assertEquals(List.of(batch), otel.spans(), "nothing was sent, so no call span");
        }
    }

    private static CloudJobs tracedJobs(PolycloudEmulator emulator, PolycloudTelemetry telemetry) {
        return CloudJobs.builder()
                .aliyunEndpointOverride(emulator.baseUri()).huaweiEndpointOverride(emulator.baseUri())
                .aliyunCredentials(TracedClients.ALIYUN).huaweiCredentials(TracedClients.HUAWEI)
                .addInterceptor(telemetry.interceptor()).addBatchListener(telemetry.batchListener())
                .build();
    }
}
