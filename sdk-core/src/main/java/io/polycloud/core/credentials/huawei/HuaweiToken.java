package io.polycloud.core.credentials.huawei;

import io.polycloud.core.internal.logging.Redaction;
import io.polycloud.core.internal.validation.Validate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Huawei Cloud IAM token, sent as {@code X-Auth-Token}. Immutable; {@link #toString()} never
 * shows the token value.
 */
public final class HuaweiToken {

    private final String value;
    private final Instant expiresAt;
    private final String projectId;

    private HuaweiToken(String value, Instant expiresAt, String projectId) {
        this.value = Validate.text(value, "token", 65536);
        this.expiresAt = Validate.notNull(expiresAt, "expiresAt");
        this.projectId = projectId == null ? null : Validate.pathSegment(projectId, "projectId", 64);
    }

    /**
     * A token.
     *
     * @param value     the token as IAM returned it in {@code X-Subject-Token}
     * @param expiresAt when IAM says it expires
     * @param projectId the project it is scoped to, may be null
     * @return the token
     * @throws io.polycloud.core.exception.SdkClientException if the value is blank or malformed
     */
    public static HuaweiToken of(String value, Instant expiresAt, String projectId) {
        return new HuaweiToken(value, expiresAt, projectId);
    }

    /**
     * The token value. Never log it.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * When the token expires.
     *
     * @return the expiry
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * The project the token is scoped to.
     *
     * @return the project id, if known
     */
    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HuaweiToken t && t.value.equals(value) && t.expiresAt.equals(expiresAt)
                && Objects.equals(t.projectId, projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, expiresAt, projectId);
    }

    @Override
    public String toString() {
        return "HuaweiToken{value=" + Redaction.REDACTED + ", expiresAt=" + expiresAt
                + (projectId == null ? "" : ", projectId=" + projectId) + "}";
    }
}
