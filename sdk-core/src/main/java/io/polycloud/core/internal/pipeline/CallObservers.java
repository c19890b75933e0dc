package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallObserver;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interceptors' observers of one call, and the gate that ends the call exactly once. An async
 * call can be ended by its last attempt, its deadline timer or the caller's cancel, on different
 * threads: whichever comes first reports {@code afterCall}, and nothing is reported after it. The
 * lock serialises the callbacks, which the {@link CallObserver} contract promises never overlap;
 * observers are quick and do no I/O, so it is held only briefly.
 */
final class CallObservers {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    private final List<Observer> observers;
    private boolean ended;

    /** An observer and the interceptor that made it, named in messages. */
    private record Observer(String interceptor, CallObserver observer) {
    }

    private CallObservers(List<Observer> observers) {
        this.observers = observers;
    }

    /**
     * Starts observing a call: asks each interceptor for its observer, on the calling thread.
     *
     * @param interceptors the client's interceptors, in registration order
     * @param call         the call
     * @return the call's observers
     */
    static CallObservers start(List<ExecutionInterceptor> interceptors, CallInfo call) {
        if (interceptors.isEmpty()) {
            return new CallObservers(List.of());
        }
        List<Observer> observers = new ArrayList<>(interceptors.size());
        for (ExecutionInterceptor interceptor : interceptors) {
            try {
                CallObserver observer = interceptor.beforeCall(call);
                if (observer != null) {
                    observers.add(new Observer(interceptor.getClass().getName(), observer));
                }
            } catch (RuntimeException e) {
                LOG.warn("interceptor {} failed in beforeCall: {}", interceptor.getClass().getName(), e.toString());
            }
        }
        return new CallObservers(observers);
    }

    /**
     * Lets each observer modify the request of an attempt, in order.
     *
     * @param request the unsigned request
     * @param attempt the attempt, 1-based
     * @return the request to sign
     * @throws SdkClientException if an observer returned no request
     */
    SdkHttpRequest beforeAttempt(SdkHttpRequest request, int attempt) {
        SdkHttpRequest r = request;
        for (Observer o : observers) {
            r = o.observer().beforeAttempt(r, attempt);
            if (r == null) {
                throw new SdkClientException("interceptor " + o.interceptor() + " returned no request");
            }
        }
        return r;
    }

    /**
     * Reports an attempt, unless the call already ended.
     *
     * @param outcome builds the outcome; not called without observers
     */
    void afterAttempt(Supplier<AttemptOutcome> outcome) {
        if (observers.isEmpty()) {
            return; // the default, no interceptors: no lock per attempt (the list never changes)
        }
        synchronized (this) {
            if (ended) {
                return;
            }
            AttemptOutcome attempt = outcome.get();
            notifyEach("afterAttempt", observer -> observer.afterAttempt(attempt));
        }
    }

    /**
     * Ends the call, if nothing ended it before, and reports it.
     *
     * @param outcome builds the outcome; not called without observers
     * @return true if this ended the call, false if it had already ended
     */
    synchronized boolean end(Supplier<CallOutcome> outcome) {
        if (ended) {
            return false;
        }
        ended = true;
        if (observers.isEmpty()) {
            return true;
        }
        CallOutcome call = outcome.get();
        notifyEach("afterCall", observer -> observer.afterCall(call));
        return true;
    }

    private void notifyEach(String hook, Consumer<CallObserver> notification) {
        for (Observer o : observers) {
            try {
                notification.accept(o.observer());
            } catch (RuntimeException e) {
                LOG.warn("interceptor {} failed in {}: {}", o.interceptor(), hook, e.toString());
            }
        }
    }
}
