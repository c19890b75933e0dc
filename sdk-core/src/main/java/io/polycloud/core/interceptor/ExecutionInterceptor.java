package io.polycloud.core.interceptor;

import io.polycloud.core.http.SdkHttpRequest;

/**
 * A hook into every call of a client, for metrics, tracing and custom headers. Register with a
 * client builder's {@code addInterceptor}. All methods have no-op defaults.
 *
 * <p>{@link #beforeAttempt} sees the request before it is signed (so added headers are signed
 * too) and never sees credentials. The observation callbacks must not throw; if they do, the
 * exception is logged and the call goes on.
 *
 * <pre>{@code
 * ExecutionInterceptor metrics = new ExecutionInterceptor() {
 *     @Override
 *     public void afterAttempt(AttemptOutcome o) {
 *         registry.timer("polycloud.attempt", "op", o.call().operation()).record(o.latency());
 *     }
 * };
 * }</pre>
 */
public interface ExecutionInterceptor {

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
     * Called after each attempt.
     *
     * @param outcome how it ended
     */
    default void afterAttempt(AttemptOutcome outcome) {
    }

    /**
     * Called once per call, after the last attempt.
     *
     * @param outcome how the call ended
     */
    default void afterCall(CallOutcome outcome) {
    }
}
