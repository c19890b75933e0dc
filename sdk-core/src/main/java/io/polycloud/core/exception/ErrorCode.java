package io.polycloud.core.exception;

import java.util.Objects;

/**
 * A documented error code of a service, with the category callers should treat it as.
 *
 * <p>Service modules publish their codes as constants, for example
 * {@code VpcErrorCodes.INCORRECT_STATUS_ONLY_FOR_INIT}; compare them with
 * {@link ServiceException#errorCode()} through {@link #matches(ServiceException)}.
 *
 * @param code        the code exactly as the service sends it, for example {@code IllegalParam.JobId}
 * @param httpStatus  the HTTP status the service documents for it
 * @param category    how callers should treat it
 * @param description what the documentation says it means
 */
public record ErrorCode(String code, int httpStatus, ErrorCategory category, String description) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code code} is blank or {@code httpStatus} is not an HTTP status
     */
    public ErrorCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be 100..599, was " + httpStatus);
        }
    }

    /**
     * Whether the exception carries this code.
     *
     * @param e the exception to test
     * @return true when {@code e.errorCode()} equals {@link #code()}
     */
    public boolean matches(ServiceException e) {
        return code.equals(e.errorCode());
    }
}
