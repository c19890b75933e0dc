package io.polycloud.core.interceptor;

import io.polycloud.core.http.SdkHttpRequest;

/**
 * Follows one call from its first attempt to its end, holding whatever per-call state an
 * {@link ExecutionInterceptor} needs (a span, a timer sample): the interceptor creates one in
 * {@link ExecutionInterceptor#beforeCall(CallInfo)}, and the SDK calls it for that call only.
 *
 * <p>Calls arrive one after another, never concurrently, each after the previous one returned.
 * For a blocking call every method runs on the caller's thread; for an async call they may run on
 * the transport's or the SDK's timer threads. {@link #afterCall(CallOutcome)} is called exactly
 * once: after success, failure, total timeout, or the caller cancelling the future. The
 * observation methods must not throw; if they do, the exception is logged and the call goes on.
 */
public interface CallObserver {

    /**
     * Called before each attempt is signed; may return a modified request, for example with a
     * {@code traceparent} header, which is then signed too.
     *
     * @param request the unsigned request
     * @param attempt 1-based attempt number
     * @return the request to sign and send, never null
     */
    default SdkHttpRequest beforeAttempt(SdkHttpRequest request, int attempt) {
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
     * Called once, when the call ended.
     *
     * @param outcome how the call ended
     */
    default void afterCall(CallOutcome outcome) {
    }
}
