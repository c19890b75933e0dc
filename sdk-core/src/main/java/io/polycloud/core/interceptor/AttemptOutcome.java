package io.polycloud.core.interceptor;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one HTTP attempt ended, reported after the SDK decided what comes next, so
 * {@link #backoff()} says whether and when another attempt follows.
 *
 * @param call       the operation
 * @param attempt    1-based attempt number
 * @param httpStatus the response status, 0 when no response arrived
 * @param requestId  the service's request id, when it sent one
 * @param latency    time from sending to the last body byte (or the failure)
 * @param failure    the I/O failure or mapped error, empty on success
 * @param throttled  whether the service rejected the attempt for rate limiting (HTTP 429 or a
 *                   throttling error code)
 * @param backoff    the wait before the next attempt; empty when no attempt follows
 */
public record AttemptOutcome(CallInfo call, int attempt, int httpStatus, Optional<String> requestId,
                             Duration latency, Optional<Throwable> failure, boolean throttled,
                             Optional<Duration> backoff) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AttemptOutcome {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(backoff, "backoff");
    }
}
