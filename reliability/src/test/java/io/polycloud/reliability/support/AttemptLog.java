package io.polycloud.reliability.support;

import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what each attempt of a client's calls ended with, as the pipeline reports it to
 * interceptors: {@code HTTP 503}, {@code READ timeout}, {@code SdkNetworkException}.
 */
public final class AttemptLog implements ExecutionInterceptor {

    private final List<String> attempts = new CopyOnWriteArrayList<>();

    @Override
    public void afterAttempt(AttemptOutcome outcome) {
        attempts.add(describe(outcome));
    }

    /**
     * What the attempts ended with, in order.
     *
     * @return one entry per attempt
     */
    public List<String> attempts() {
        return List.copyOf(attempts);
    }

    private static String describe(AttemptOutcome outcome) {
        if (outcome.httpStatus() != 0) {
            return "HTTP " + outcome.httpStatus();
        }
        Throwable failure = outcome.failure().orElseThrow(() -> new AssertionError("an attempt without status or failure"));
        return failure instanceof SdkTimeoutException t ? t.kind() + " timeout" : failure.getClass().getSimpleName();
    }
}
