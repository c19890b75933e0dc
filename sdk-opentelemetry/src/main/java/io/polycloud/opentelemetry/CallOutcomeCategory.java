package io.polycloud.opentelemetry;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.interceptor.CallOutcome;
import java.util.Locale;

/**
 * How a call ended, in few enough values to be a metric attribute ({@code polycloud.outcome}): the
 * client-side kinds of failure, and for a service error its {@link ErrorCategory}, whose names all
 * appear here too.
 */
enum CallOutcomeCategory {
    SUCCESS,
    CANCELLED,
    INTERRUPTED,
    NETWORK_ERROR,
    CLIENT_ERROR,
    // A client-side timeout, or a service error of category TIMEOUT: the same thing to an operator.
    TIMEOUT,
    INVALID_PARAMETER,
    INVALID_STATE,
    NOT_FOUND,
    CONFLICT,
    AUTHENTICATION,
    AUTHORIZATION,
    THROTTLING,
    SERVER_ERROR,
    UNKNOWN;

    private final String value = name().toLowerCase(Locale.ROOT);

    /** The attribute value, for example {@code not_found}. */
    String value() {
        return value;
    }

    static CallOutcomeCategory of(CallOutcome outcome) {
        if (outcome.cancelled()) {
            return CANCELLED;
        }
        return outcome.failure().map(CallOutcomeCategory::of).orElse(SUCCESS);
    }

    private static CallOutcomeCategory of(SdkException failure) {
        if (failure instanceof ServiceException e) {
            return valueOf(e.category().name());
        }
        if (failure instanceof SdkTimeoutException) {
            return TIMEOUT;
        }
        if (failure instanceof SdkNetworkException) {
            return NETWORK_ERROR;
        }
        if (failure instanceof SdkInterruptedException) {
            return INTERRUPTED;
        }
        return CLIENT_ERROR;
    }
}
