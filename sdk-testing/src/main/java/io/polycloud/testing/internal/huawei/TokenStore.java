package io.polycloud.testing.internal.huawei;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Internal: the IAM tokens the emulator issued, each valid for one project until it expires (by
 * the emulator's clock) or is revoked. Thread-safe. Not part of the public API.
 */
public final class TokenStore {

    /** What a token stands for. */
    record Grant(String userName, String projectId, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    /**
     * Issues a token.
     *
     * @param userName  who it is for
     * @param projectId the project it is scoped to
     * @param expiresAt when it expires
     * @return the token value for {@code X-Subject-Token}
     */
    String issue(String userName, String projectId, Instant expiresAt) {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        // Real tokens are long base64 blobs starting with "MII"; tests see the same kind of value.
        String token = "MII" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(userName, projectId, expiresAt));
        return token;
    }

    /**
     * Looks a token up.
     *
     * @param token the {@code X-Auth-Token} value
     * @param now   the emulator's time
     * @return the grant, empty if unknown, revoked or expired
     */
    Optional<Grant> find(String token, Instant now) {
        return Optional.ofNullable(grants.get(token)).filter(g -> now.isBefore(g.expiresAt()));
    }

    /** Revokes every token: the next call with one is refused with {@code APIG.1002}. */
    public void revokeAll() {
        grants.clear();
    }
}
