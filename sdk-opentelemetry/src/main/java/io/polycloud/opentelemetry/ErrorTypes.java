package io.polycloud.opentelemetry;

import io.polycloud.core.exception.ServiceException;

/**
 * The {@code error.type} of a failure, as the semantic conventions ask: a predictable value of
 * low cardinality. A service error is named by the cloud's error code, which is what its
 * documentation and support know; anything else by its exception's class name.
 */
final class ErrorTypes {

    /** What the caller of a cancelled future sees, as the error type of the cancelled call. */
    static final String CANCELLED = java.util.concurrent.CancellationException.class.getName();

    private ErrorTypes() {
    }

    static String of(Throwable failure) {
        return failure instanceof ServiceException e ? e.errorCode() : failure.getClass().getName();
    }
}
