package io.polycloud.core.credentials.huawei;

import io.polycloud.core.internal.logging.Redaction;
import io.polycloud.core.internal.validation.Validate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Huawei Cloud AK/SK pair, optionally with the security token and expiry of temporary
 * credentials and the project id the keys are used with. Immutable; a provider of itself.
 *
 * <pre>{@code
 * DrsClient.builder().credentials(HuaweiCredentials.builder().accessKey(ak).secretKey(sk).projectId(pid).build())
 * }</pre>
 *
 * <p>{@link #toString()} never shows the secret key or token.
 */
public final class HuaweiCredentials implements HuaweiCredentialsProvider {

    private final String accessKey;
    private final String secretKey;
    private final String securityToken;
    private final String projectId;
    private final Instant expiration;

    private HuaweiCredentials(Builder b) {
        this.accessKey = Validate.text(b.accessKey, "accessKey", 256);
        this.secretKey = Validate.text(b.secretKey, "secretKey", 256);
        this.securityToken = b.securityToken == null ? null : Validate.text(b.securityToken, "securityToken", 16384);
        this.projectId = b.projectId == null ? null : Validate.pathSegment(b.projectId, "projectId", 64);
        this.expiration = b.expiration;
    }

    /**
     * Long-term AK/SK.
     *
     * @param accessKey the access key (AK)
     * @param secretKey the secret key (SK)
     * @return the credentials
     * @throws io.polycloud.core.exception.SdkClientException if either is null, blank or has control characters
     */
    public static HuaweiCredentials of(String accessKey, String secretKey) {
        return builder().accessKey(accessKey).secretKey(secretKey).build();
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads {@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK} and, if set,
     * {@code HUAWEICLOUD_SDK_SECURITY_TOKEN} and {@code HUAWEICLOUD_SDK_PROJECT_ID}.
     *
     * @return the provider
     */
    public static HuaweiCredentialsProvider fromEnvironment() {
        return HuaweiCredentialsProvider.environment();
    }

    /**
     * The access key (AK).
     *
     * @return the AK
     */
    public String accessKey() {
        return accessKey;
    }

    /**
     * The secret key (SK). Never log it.
     *
     * @return the SK
     */
    public String secretKey() {
        return secretKey;
    }

    /**
     * The security token of temporary credentials.
     *
     * @return the token, empty for long-term keys
     */
    public Optional<String> securityToken() {
        return Optional.ofNullable(securityToken);
    }

    /**
     * The project the keys are used with, if the source named one.
     *
     * @return the project id
     */
    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /**
     * When temporary credentials stop working.
     *
     * @return the expiry, empty for long-term keys
     */
    public Optional<Instant> expiration() {
        return Optional.ofNullable(expiration);
    }

    /** Returns this instance. */
    @Override
    public HuaweiCredentials resolveCredentials() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HuaweiCredentials c && c.accessKey.equals(accessKey) && c.secretKey.equals(secretKey)
                && Objects.equals(c.securityToken, securityToken) && Objects.equals(c.projectId, projectId)
                && Objects.equals(c.expiration, expiration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKey, secretKey, securityToken, projectId, expiration);
    }

    @Override
    public String toString() {
        return "HuaweiCredentials{accessKey=" + Redaction.identifier(accessKey)
                + (securityToken == null ? "" : ", securityToken=" + Redaction.REDACTED)
                + (projectId == null ? "" : ", projectId=" + projectId)
                + (expiration == null ? "" : ", expiration=" + expiration) + "}";
    }

    /** Builds {@link HuaweiCredentials}. */
    public static final class Builder {
        private String accessKey;
        private String secretKey;
        private String securityToken;
        private String projectId;
        private Instant expiration;

        private Builder() {
        }

        /**
         * @param accessKey the AK; required
         * @return this builder
         */
        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        /**
         * @param secretKey the SK; required
         * @return this builder
         */
        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        /**
         * @param securityToken the security token of temporary credentials
         * @return this builder
         */
        public Builder securityToken(String securityToken) {
            this.securityToken = securityToken;
            return this;
        }

        /**
         * @param projectId the project these keys are used with
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * @param expiration when temporary credentials expire
         * @return this builder
         */
        public Builder expiration(Instant expiration) {
            this.expiration = expiration;
            return this;
        }

        /**
         * Builds the credentials.
         *
         * @return the credentials
         * @throws io.polycloud.core.exception.SdkClientException if AK or SK is missing or a value is malformed
         */
        public HuaweiCredentials build() {
            return new HuaweiCredentials(this);
        }
    }
}
