package io.polycloud.opentelemetry;

import static io.polycloud.opentelemetry.TelemetryAttributes.ATTEMPTS;
import static io.polycloud.opentelemetry.TelemetryAttributes.ATTEMPT_DURATION_MS;
import static io.polycloud.opentelemetry.TelemetryAttributes.ATTEMPT_EVENT;
import static io.polycloud.opentelemetry.TelemetryAttributes.ATTEMPT_NUMBER;
import static io.polycloud.opentelemetry.TelemetryAttributes.ATTEMPT_THROTTLED;
import static io.polycloud.opentelemetry.TelemetryAttributes.ERROR_CATEGORY;
import static io.polycloud.opentelemetry.TelemetryAttributes.ERROR_TYPE;
import static io.polycloud.opentelemetry.TelemetryAttributes.HTTP_STATUS;
import static io.polycloud.opentelemetry.TelemetryAttributes.REQUEST_ID;
import static io.polycloud.opentelemetry.TelemetryAttributes.RETRY_BACKOFF_MS;
import static io.polycloud.opentelemetry.TelemetryAttributes.RETRY_BUDGET_EXHAUSTED;
import static io.polycloud.opentelemetry.TelemetryAttributes.THROTTLED_ATTEMPTS;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.CallObserver;
import io.polycloud.core.interceptor.CallOutcome;

/**
 * One call's span, from {@code beforeCall} to {@code afterCall}, and its metrics. The SDK never
 * calls one observer concurrently, so the span needs no more guarding than it has.
 *
 * <p>A blocking call's span is current on the calling thread until {@code afterCall}, which the
 * SDK runs on that same thread; an async call's span is never made current, because its later
 * hooks run on the transport's and timer threads, where a context left behind would leak into
 * unrelated work.
 */
final class CallSpan implements CallObserver {

    private final Span span;
    private final OperationAttributes operation;
    private final CallMetrics metrics;
    /** The blocking caller's scope, and its thread: null for an async call. */
    private final Scope scope;
    private final Thread caller;

    private CallSpan(Span span, OperationAttributes operation, CallMetrics metrics, Scope scope, Thread caller) {
        this.span = span;
        this.operation = operation;
        this.metrics = metrics;
        this.scope = scope;
        this.caller = caller;
    }

    /**
     * Starts the span as a child of the caller's current context, on the caller's thread.
     *
     * @param async whether the call was made through an {@code …Async} method
     */
    static CallSpan start(Tracer tracer, CallMetrics metrics, OperationAttributes operation, boolean async) {
        Context parent = Context.current();
        Span span = tracer.spanBuilder(operation.spanName()).setParent(parent).setSpanKind(SpanKind.CLIENT)
                .setAllAttributes(operation.spanStart()).startSpan();
        metrics.callStarted(operation);
        if (async) {
            return new CallSpan(span, operation, metrics, null, null);
        }
        return new CallSpan(span, operation, metrics, parent.with(span).makeCurrent(), Thread.currentThread());
    }

    @Override
    public void afterAttempt(AttemptOutcome outcome) {
        if (outcome.throttled()) {
            metrics.throttledAttempt(operation);
        }
        if (span.isRecording()) {
            span.addEvent(ATTEMPT_EVENT, attemptAttributes(outcome));
        }
    }

    @Override
    public void afterCall(CallOutcome outcome) {
        try {
            if (span.isRecording()) {
                record(outcome);
            }
        } finally {
            span.end();
            // Always the caller's thread for a blocking call; were it not, closing here would
            // corrupt another thread's context, which is worse than leaving this one.
            if (scope != null && Thread.currentThread() == caller) {
                scope.close();
            }
            metrics.callEnded(operation, outcome);
        }
    }

    private void record(CallOutcome outcome) {
        span.setAttribute(ATTEMPTS, outcome.attempts());
        if (outcome.httpStatus() > 0) {
            span.setAttribute(HTTP_STATUS, outcome.httpStatus());
        }
        outcome.requestId().ifPresent(id -> span.setAttribute(REQUEST_ID, id));
        if (outcome.throttledAttempts() > 0) {
            span.setAttribute(THROTTLED_ATTEMPTS, outcome.throttledAttempts());
        }
        if (outcome.retryBudgetExhausted()) {
            span.setAttribute(RETRY_BUDGET_EXHAUSTED, true);
        }
        if (outcome.cancelled()) {
            span.setAttribute(ERROR_TYPE, ErrorTypes.CANCELLED);
            span.setStatus(StatusCode.ERROR, "cancelled by the caller");
        }
        outcome.failure().ifPresent(failure -> {
            span.setAttribute(ERROR_TYPE, ErrorTypes.of(failure));
            if (failure instanceof ServiceException e) {
                span.setAttribute(ERROR_CATEGORY, e.category().name());
            }
            span.setStatus(StatusCode.ERROR, failure.getMessage());
        });
    }

    private static Attributes attemptAttributes(AttemptOutcome outcome) {
        AttributesBuilder a = Attributes.builder().put(ATTEMPT_NUMBER, outcome.attempt());
        if (outcome.httpStatus() > 0) {
            a.put(HTTP_STATUS, outcome.httpStatus());
        }
        outcome.requestId().ifPresent(id -> a.put(REQUEST_ID, id));
        outcome.failure().ifPresent(failure -> a.put(ERROR_TYPE, ErrorTypes.of(failure)));
        a.put(ATTEMPT_THROTTLED, outcome.throttled());
        a.put(ATTEMPT_DURATION_MS, outcome.latency().toNanos() / 1e6);
        outcome.backoff().ifPresent(backoff -> a.put(RETRY_BACKOFF_MS, backoff.toMillis()));
        return a.build();
    }
}
