package io.polycloud.jobs;

import io.polycloud.core.exception.SdkClientException;
import java.time.Duration;

/**
 * The argument checks of this package's builders and methods: each failure is an
 * {@link SdkClientException} naming the field and the rule, thrown before anything is sent.
 */
final class Require {

    private Require() {
    }

    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new SdkClientException(field + " is required but was null");
        }
        return value;
    }

    static int range(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw new SdkClientException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    static Duration positive(Duration value, String field, Duration max) {
        notNull(value, field);
        if (value.isNegative() || value.isZero() || value.compareTo(max) > 0) {
            throw new SdkClientException(field + " must be more than 0 and at most " + max + ", was " + value);
        }
        return value;
    }
}
