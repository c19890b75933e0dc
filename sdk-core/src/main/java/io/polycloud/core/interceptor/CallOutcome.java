package io.polycloud.core.interceptor;

import io.polycloud.core.exception.SdkException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a whole call, all attempts included, ended: it {@linkplain #succeeded() succeeded}, failed
 * with {@link #failure()}, or the caller {@linkplain #cancelled() cancelled} its future.
 *
 * @param call                 the operation
 * @param attempts             attempts made; 0 when it failed before sending
 * @param latency              from the call's start to its end, backoff included
 * @param requestId            the request id of the last response, if any
 * @param failure              the exception the caller receives, empty on success and on cancellation
 * @param httpStatus           the status of the last response, 0 when none arrived
 * @param throttledAttempts    how many attempts the service rejected for rate limiting
 * @param retryBudgetExhausted whether a retry was refused because the client's retry budget was empty
 * @param cancelled            whether the caller cancelled the future of an async call
 */
public record CallOutcome(CallInfo call, int attempts, Duration latency, Optional<String> requestId,
                          Optional<SdkException> failure, int httpStatus, int throttledAttempts,
                          boolean retryBudgetExhausted, boolean cancelled) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CallOutcome {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * Whether the caller received a result.
     *
     * @return true when the call neither failed nor was cancelled
     */
    public boolean succeeded() {
        return failure.isEmpty() && !cancelled;
    }
}
