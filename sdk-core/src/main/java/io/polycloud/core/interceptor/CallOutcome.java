package io.polycloud.core.interceptor;

import io.polycloud.core.exception.SdkException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a whole call, all attempts included, ended.
 *
 * @param call      the operation
 * @param attempts  attempts made; 0 when it failed before sending
 * @param latency   from the call's start to its end, backoff included
 * @param requestId the request id of the last response, if any
 * @param failure   the exception the caller receives, empty on success
 */
public record CallOutcome(CallInfo call, int attempts, Duration latency, Optional<String> requestId,
                          Optional<SdkException> failure) {

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
}
