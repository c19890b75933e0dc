package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;

/**
 * The rule for ids a test gives the Huawei Cloud facades: anything but empty, so a test can put
 * in place a job whose id holds {@code / ? # %} or spaces and check that a client addresses it
 * as one path segment.
 */
final class EmulatedHuaweiIds {

    private EmulatedHuaweiIds() {
    }

    static String check(String id, String field) {
        Validate.notNull(id, field);
        if (id.isEmpty()) {
            throw new SdkClientException(field + " must not be empty");
        }
        return id;
    }
}
