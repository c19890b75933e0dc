package io.polycloud.jobs;

import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallObserver;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Tells a {@link Deletion} about every call made for its job: how many attempts, the last request
 * id, throttling, an empty retry budget. Added last to every client {@link CloudJobs} builds. A
 * client asks its interceptors for a call's observer on the calling thread, before anything is
 * sent (the {@link ExecutionInterceptor#beforeCall(CallInfo)} contract), so the observer of the
 * call being made is handed over in a thread-local for the length of that one method call.
 */
final class CallAccounting implements ExecutionInterceptor {

    static final CallAccounting INSTANCE = new CallAccounting();

    private static final CallObserver NONE = new CallObserver() {
    };
    private static final ThreadLocal<CallObserver> NEXT = new ThreadLocal<>();

    private CallAccounting() {
    }

    /**
     * Makes a call whose hooks go to an observer.
     *
     * @param observer receives the call's attempts and outcome
     * @param call     invokes one {@code …Async} method of a client
     * @return the call's future; a call that threw completes it exceptionally
     */
    static <T> CompletableFuture<T> observed(CallObserver observer, Supplier<CompletableFuture<T>> call) {
        NEXT.set(observer);
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        } finally {
            NEXT.remove();
        }
    }

    @Override
    public CallObserver beforeCall(CallInfo call) {
        CallObserver observer = NEXT.get();
        return observer == null ? NONE : observer;
    }
}
