package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.ErrorCategory;
import java.util.Optional;

/**
 * What an {@link ErrorResponseParser} found in an error response.
 *
 * @param code      the service's error code, empty when none could be read
 * @param message   the service's message, or why the body could not be read
 * @param requestId the request id from the body or headers
 * @param category  a cloud-wide category for the code (for example throttling), when the
 *                  protocol knows one; the service's catalog takes precedence
 * @param clockSkew whether the service rejected the request's timestamp, so the pipeline should
 *                  correct its clock from the response {@code Date} and retry once
 */
public record ParsedError(Optional<String> code, Optional<String> message, Optional<String> requestId,
                          Optional<ErrorCategory> category, boolean clockSkew) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ParsedError {
        java.util.Objects.requireNonNull(code, "code");
        java.util.Objects.requireNonNull(message, "message");
        java.util.Objects.requireNonNull(requestId, "requestId");
        java.util.Objects.requireNonNull(category, "category");
    }
}
