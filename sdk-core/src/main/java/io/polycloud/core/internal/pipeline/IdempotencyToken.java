package io.polycloud.core.internal.pipeline;

import java.util.UUID;

/**
 * Generates idempotency tokens (Alibaba Cloud's {@code ClientToken}): a random UUID, 36 ASCII
 * characters. A service client generates one per call, before the retry loop, when the caller
 * gave none, so every attempt carries the same token and the service acts at most once.
 */
public final class IdempotencyToken {

    private IdempotencyToken() {
    }

    /**
     * A new token.
     *
     * @return a random UUID string
     */
    public static String generate() {
        return UUID.randomUUID().toString();
    }
}
