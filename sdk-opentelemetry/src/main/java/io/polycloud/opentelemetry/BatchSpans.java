package io.polycloud.opentelemetry;

import static io.polycloud.opentelemetry.TelemetryAttributes.BATCH_DISTINCT_REFS;
import static io.polycloud.opentelemetry.TelemetryAttributes.BATCH_DRY_RUN;
import static io.polycloud.opentelemetry.TelemetryAttributes.BATCH_MAX_CONCURRENCY;
import static io.polycloud.opentelemetry.TelemetryAttributes.BATCH_OUTCOME_PREFIX;
import static io.polycloud.opentelemetry.TelemetryAttributes.BATCH_REFS;
import static io.polycloud.opentelemetry.TelemetryAttributes.DELETE_OUTCOME;
import static io.polycloud.opentelemetry.TelemetryAttributes.JOB_KIND;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.polycloud.jobs.BatchInfo;
import io.polycloud.jobs.BatchListener;
import io.polycloud.jobs.BatchObserver;
import io.polycloud.jobs.BatchSummary;
import io.polycloud.jobs.DeleteOutcome;
import io.polycloud.jobs.DeleteResult;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A {@code deleteAll} as one {@code INTERNAL} span, {@code jobs.deleteAll}, child of the caller's
 * span and parent of every call the batch makes: the jobs layer runs each of its tasks through
 * {@link BatchObserver#wrap}, which makes the batch's context current, so the calls'
 * {@code beforeCall} finds it. Results feed two metrics.
 */
final class BatchSpans implements BatchListener {

    private final Tracer tracer;
    private final LongCounter deletions;
    private final DoubleHistogram duration;

    private BatchSpans(Tracer tracer, Meter meter) {
        this.tracer = tracer;
        this.deletions = meter.counterBuilder("polycloud.jobs.deletions").setUnit("{job}")
                .setDescription("Jobs a deleteAll ended, by kind and outcome.").build();
        this.duration = meter.histogramBuilder("polycloud.jobs.batch.duration").setUnit("s")
                .setDescription("Duration of deleteAll batches.")
                .setExplicitBucketBoundariesAdvice(CallMetrics.DURATION_BUCKETS).build();
    }

    static BatchListener listener(Tracer tracer, Meter meter) {
        return new BatchSpans(tracer, meter);
    }

    @Override
    public BatchObserver onBatchStart(BatchInfo info) {
        Context parent = Context.current();
        Span span = tracer.spanBuilder("jobs.deleteAll").setParent(parent).setSpanKind(SpanKind.INTERNAL)
                .setAttribute(BATCH_REFS, info.refs())
                .setAttribute(BATCH_DISTINCT_REFS, info.distinctRefs())
                .setAttribute(BATCH_MAX_CONCURRENCY, info.maxConcurrency())
                .setAttribute(BATCH_DRY_RUN, info.dryRun())
                .startSpan();
        Context batch = parent.with(span);
        Attributes dryRun = Attributes.of(BATCH_DRY_RUN, info.dryRun());
        return new BatchObserver() {
            @Override
            public Runnable wrap(Runnable task) {
                return batch.wrap(task);
            }

            @Override
            public void onResult(DeleteResult result) {
                deletions.add(1, Attributes.of(JOB_KIND, result.ref().kind().name().toLowerCase(Locale.ROOT),
                        DELETE_OUTCOME, result.outcome().name().toLowerCase(Locale.ROOT)));
            }

            @Override
            public void onBatchEnd(BatchSummary summary) {
                for (DeleteOutcome outcome : DeleteOutcome.values()) {
                    span.setAttribute(BATCH_OUTCOME_PREFIX + outcome.name().toLowerCase(Locale.ROOT), summary.count(outcome));
                }
                if (!summary.allSucceeded()) {
                    List<DeleteOutcome> failed = Arrays.stream(DeleteOutcome.values())
                            .filter(o -> !o.succeeded() && summary.count(o) > 0).toList();
                    span.setStatus(StatusCode.ERROR, "not every job was deleted: " + failed);
                }
                span.end();
                duration.record(summary.duration().toNanos() / 1e9, dryRun);
            }
        };
    }
}
