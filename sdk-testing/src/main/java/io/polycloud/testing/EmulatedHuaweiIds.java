package io.polycloud.testing;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules for what a test gives the Huawei Cloud facades: ids may be anything but empty, so a
 * test can put in place a job whose id holds {@code / ? # %} or spaces and check that a client
 * addresses it as one path segment; statuses must be ones the service reports.
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

    /** A status exactly as the service spells it. */
    static String status(String status, Set<String> known) {
        Validate.notNull(status, "status");
        if (!known.contains(status)) {
            throw new SdkClientException("status must be one of " + new TreeSet<>(known) + ", was '" + status + "'");
        }
        return status;
    }
}
