package io.polycloud.core.credentials.aliyun;

import io.polycloud.core.internal.logging.Redaction;
import io.polycloud.core.internal.validation.Validate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An Alibaba Cloud AccessKey pair, with a security token and expiry when it is temporary (STS,
 * ECS RAM role). Immutable. Also a provider of itself, so static keys can be passed straight to a
 * client builder:
 *
 * <pre>{@code
 * VpcClient.builder().credentials(AliyunCredentials.of(accessKeyId, accessKeySecret))
 * }</pre>
 *
 * <p>{@link #toString()} shows only the first characters of the key id; the secret and token
 * are never shown.
 */
public final class AliyunCredentials implements AliyunCredentialsProvider {

    private final String accessKeyId;
    private final String accessKeySecret;
    private final String securityToken;
    private final Instant expiration;

    private AliyunCredentials(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {
        this.accessKeyId = Validate.text(accessKeyId, "accessKeyId", 256);
        this.accessKeySecret = Validate.text(accessKeySecret, "accessKeySecret", 256);
        this.securityToken = securityToken == null ? null : Validate.text(securityToken, "securityToken", 8192);
        this.expiration = expiration;
    }

    /**
     * Long-term credentials.
     *
     * @param accessKeyId     the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     * @return the credentials
     * @throws io.polycloud.core.exception.SdkClientException if either is null, blank or has control characters
     */
    public static AliyunCredentials of(String accessKeyId, String accessKeySecret) {
        return new AliyunCredentials(accessKeyId, accessKeySecret, null, null);
    }

    /**
     * Temporary (STS) credentials.
     *
     * @param accessKeyId     the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     * @param securityToken   the STS security token
     * @return the credentials
     * @throws io.polycloud.core.exception.SdkClientException if any is null, blank or has control characters
     */
    public static AliyunCredentials of(String accessKeyId, String accessKeySecret, String securityToken) {
        return new AliyunCredentials(accessKeyId, accessKeySecret,
                Validate.notNull(securityToken, "securityToken"), null);
    }

    /**
     * Temporary credentials that expire.
     *
     * @param accessKeyId     the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     * @param securityToken   the STS security token, may be null
     * @param expiration      when they stop working
     * @return the credentials
     */
    public static AliyunCredentials temporary(String accessKeyId, String accessKeySecret, String securityToken,
                                              Instant expiration) {
        return new AliyunCredentials(accessKeyId, accessKeySecret, securityToken,
                Validate.notNull(expiration, "expiration"));
    }

    /**
     * Reads {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} and
     * {@code ALIBABA_CLOUD_SECURITY_TOKEN} on every resolution.
     *
     * @return the provider
     */
    public static AliyunCredentialsProvider fromEnvironment() {
        return AliyunCredentialsProvider.environment();
    }

    /**
     * The default chain: system properties, environment, {@code ~/.aliyun/config.json}, then the
     * ECS RAM role when {@code ALIBABA_CLOUD_ECS_METADATA} names one.
     *
     * @return the provider
     */
    public static AliyunCredentialsProvider defaultChain() {
        return AliyunCredentialsProvider.defaultChain();
    }

    /**
     * The AccessKey ID.
     *
     * @return the id
     */
    public String accessKeyId() {
        return accessKeyId;
    }

    /**
     * The AccessKey secret. Never log it.
     *
     * @return the secret
     */
    public String accessKeySecret() {
        return accessKeySecret;
    }

    /**
     * The STS security token of temporary credentials.
     *
     * @return the token, empty for long-term keys
     */
    public Optional<String> securityToken() {
        return Optional.ofNullable(securityToken);
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
    public AliyunCredentials resolveCredentials() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AliyunCredentials c && c.accessKeyId.equals(accessKeyId)
                && c.accessKeySecret.equals(accessKeySecret) && Objects.equals(c.securityToken, securityToken)
                && Objects.equals(c.expiration, expiration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, accessKeySecret, securityToken, expiration);
    }

    @Override
    public String toString() {
        return "AliyunCredentials{accessKeyId=" + Redaction.identifier(accessKeyId)
                + (securityToken == null ? "" : ", securityToken=" + Redaction.REDACTED)
                + (expiration == null ? "" : ", expiration=" + expiration) + "}";
    }
}
