package io.polycloud.aliyun.vpc.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that building fails with an {@link SdkClientException} whose message names the field. */
final class Rejections {

    private Rejections() {
    }

    static void assertRejected(String field, Executable build) {
        SdkClientException e = assertThrows(SdkClientException.class, build);
        assertTrue(e.getMessage().startsWith(field + " "), () -> "expected the message to name " + field + ": " + e.getMessage());
    }
}
