package io.polycloud.core.signing.aliyun;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.aliyun.AliyunCredentialsProvider;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.pipeline.RequestAuthenticator;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Resolves Alibaba Cloud credentials and signs each attempt with a fresh signature nonce, in
 * the configured {@link AliyunSignatureVersion}.
 */
public final class AliyunAuthenticator implements RequestAuthenticator {

    private final AliyunCredentialsProvider credentials;
    private final AliyunSignatureVersion version;
    private final Supplier<String> nonces;

    /**
     * Creates the authenticator.
     *
     * @param credentials where keys come from
     * @param version     the signature to apply
     */
    public AliyunAuthenticator(AliyunCredentialsProvider credentials, AliyunSignatureVersion version) {
        this(credentials, version, () -> UUID.randomUUID().toString());
    }

    /**
     * Creates the authenticator with a nonce source, for tests.
     *
     * @param credentials where keys come from
     * @param version     the signature to apply
     * @param nonces      yields a unique nonce per call
     */
    public AliyunAuthenticator(AliyunCredentialsProvider credentials, AliyunSignatureVersion version,
                               Supplier<String> nonces) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.version = Objects.requireNonNull(version, "version");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    @Override
    public SdkHttpRequest authenticate(SdkHttpRequest request, Instant signingTime) {
        AliyunCredentials c = credentials.resolveCredentials();
        if (c == null) {
            throw new SdkClientException("credentials provider " + credentials + " returned null");
        }
        String nonce = nonces.get();
        switch (version) {
            case ACS3_HMAC_SHA256:
                return Acs3Signer.hmacSha256().sign(request, c, signingTime, nonce);
            case ACS3_HMAC_SM3:
                return Acs3Signer.hmacSm3().sign(request, c, signingTime, nonce);
            default:
                return RpcV1Signer.create().sign(request, c, signingTime, nonce);
        }
    }
}
