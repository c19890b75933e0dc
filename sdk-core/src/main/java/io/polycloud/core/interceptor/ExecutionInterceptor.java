package io.polycloud.core.interceptor;

import io.polycloud.core.http.SdkHttpRequest;

/**
 * A hook into every call of a client, for metrics, tracing and custom headers. Register with a
 * client builder's {@code addInterceptor}; interceptors run in registration order.
 *
 * <p>Two ways to use it. Stateless hooks override {@link #beforeAttempt}, {@link #afterAttempt}
 * and {@link #afterCall}. Hooks that keep state per call (a span, a timer) override
 * {@link #beforeCall(CallInfo)} instead and return a {@link CallObserver} that holds it; the
 * default {@code beforeCall} returns an observer that forwards to the three stateless methods,
 * which are then the only ones the SDK calls.
 *
 * <p>{@code beforeCall} runs on the caller's thread when the call is made, sync or async, before
 * anything is sent; a blocking call's later hooks run on that thread too, so a tracing context
 * made current in {@code beforeCall} can be closed in {@code afterCall}. Requests are seen before
 * they are signed (added headers are signed too) and never with credentials. The observation
 * methods must not throw; if they do, the exception is logged and the call goes on.
 *
 * <pre>{@code
 * ExecutionInterceptor metrics = new ExecutionInterceptor() {
 *     @Override
 *     public void afterAttempt(AttemptOutcome o) {
 *         registry.timer("polycloud.attempt", "op", o.call().operation()).record(o.latency());
 *     }
 * };
 *
 * ExecutionInterceptor tracing = new ExecutionInterceptor() {
 *     @Override
 *     public CallObserver beforeCall(CallInfo call) {
 *         Span span = tracer.spanBuilder(call.service() + "." + call.operation()).setSpanKind(SpanKind.CLIENT)
 *                 .setAttribute("server.address", call.serverHost()).startSpan();
 *         return new CallObserver() {
 *             @Override
 *             public void afterAttempt(AttemptOutcome o) {
 *                 span.addEvent("attempt", Attributes.of(longKey("status"), (long) o.httpStatus(),
 *                         longKey("backoff_ms"), o.backoff().map(Duration::toMillis).orElse(-1L)));
 *             }
 *
 *             @Override
 *             public void afterCall(CallOutcome o) {
 *                 span.setAttribute("attempts", o.attempts());
 *                 o.failure().ifPresent(e -> span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName()));
 *                 span.end();
 *             }
 *         };
 *     }
 * };
 * }</pre>
 */
public interface ExecutionInterceptor {

    /**
     * Called once per call, on the caller's thread, when the call is made.
     *
     * @param call the operation
     * @return the observer of this call; by default one that forwards to {@link #beforeAttempt},
     *         {@link #afterAttempt} and {@link #afterCall}
     */
    default CallObserver beforeCall(CallInfo call) {
        ExecutionInterceptor self = this;
        return new CallObserver() {
            @Override
            public SdkHttpRequest beforeAttempt(SdkHttpRequest request, int attempt) {
                return self.beforeAttempt(request, call, attempt);
            }

            @Override
            public void afterAttempt(AttemptOutcome outcome) {
                self.afterAttempt(outcome);
            }

            @Override
            public void afterCall(CallOutcome outcome) {
                self.afterCall(outcome);
            }
        };
    }

    /**
     * Called before each attempt is signed; may return a modified request, for example with a
     * {@code traceparent} header.
     *
     * @param request the unsigned request
     * @param call    the operation
     * @param attempt 1-based attempt number
     * @return the request to sign and send
     */
    default SdkHttpRequest beforeAttempt(SdkHttpRequest request, CallInfo call, int attempt) {
        return request;
    }

    /**
     * Called after each attempt, once the SDK decided whether another follows.
     *
     * @param outcome how it ended
     */
    default void afterAttempt(AttemptOutcome outcome) {
    }

    /**
     * Called once per call, after the last attempt, a total timeout or a cancellation.
     *
     * @param outcome how the call ended
     */
    default void afterCall(CallOutcome outcome) {
    }
}
