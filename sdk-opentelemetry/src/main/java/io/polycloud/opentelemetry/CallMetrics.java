package io.polycloud.opentelemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.polycloud.core.interceptor.CallOutcome;
import java.util.List;

/** The five instruments every call feeds; names, units and buckets are documented on {@link PolycloudTelemetry}. */
final class CallMetrics {

    /**
     * From a loopback answer to a call that waited out throttling backoff and a long total
     * timeout; the OpenTelemetry HTTP buckets, plus 30 s, 60 s and 120 s for retried calls.
     */
    static final List<Double> DURATION_BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0,
            2.5, 5.0, 7.5, 10.0, 30.0, 60.0, 120.0);
    /** 0 for a call that sent nothing; the default policy allows 4 attempts. */
    static final List<Long> ATTEMPT_BUCKETS = List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 8L, 10L, 20L);

    private final DoubleHistogram duration;
    private final LongHistogram attempts;
    private final LongCounter throttledAttempts;
    private final LongCounter retryBudgetExhausted;
    private final LongUpDownCounter activeCalls;

    CallMetrics(Meter meter) {
        duration = meter.histogramBuilder("polycloud.client.call.duration").setUnit("s")
                .setDescription("Duration of Polycloud calls, all attempts and backoff included.")
                .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS).build();
        attempts = meter.histogramBuilder("polycloud.client.call.attempts").ofLongs().setUnit("{attempt}")
                .setDescription("HTTP attempts per Polycloud call.")
                .setExplicitBucketBoundariesAdvice(ATTEMPT_BUCKETS).build();
        throttledAttempts = meter.counterBuilder("polycloud.client.throttled_attempts").setUnit("{attempt}")
                .setDescription("Attempts the cloud rejected for rate limiting.").build();
        retryBudgetExhausted = meter.counterBuilder("polycloud.client.retry_budget.exhausted").setUnit("{call}")
                .setDescription("Calls that failed because the client's retry budget refused a retry.").build();
        activeCalls = meter.upDownCounterBuilder("polycloud.client.active_calls").setUnit("{call}")
                .setDescription("Polycloud calls in flight.").build();
    }

    void callStarted(OperationAttributes operation) {
        activeCalls.add(1, operation.metric());
    }

    void throttledAttempt(OperationAttributes operation) {
        throttledAttempts.add(1, operation.metric());
    }

    void callEnded(OperationAttributes operation, CallOutcome outcome) {
        activeCalls.add(-1, operation.metric());
        Attributes attributes = operation.metric(CallOutcomeCategory.of(outcome));
        duration.record(outcome.latency().toNanos() / 1e9, attributes);
        attempts.record(outcome.attempts(), attributes);
        if (outcome.retryBudgetExhausted()) {
            retryBudgetExhausted.add(1, attributes);
        }
    }
}
