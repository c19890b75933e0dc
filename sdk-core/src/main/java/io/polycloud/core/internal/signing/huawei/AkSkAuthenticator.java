package io.polycloud.core.internal.signing.huawei;

import io.polycloud.core.signing.huawei.HuaweiSigningAlgorithm;

import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentialsProvider;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.pipeline.RequestAuthenticator;
import java.time.Instant;
import java.util.Objects;

/**
 * Resolves Huawei Cloud AK/SK credentials and signs each attempt with a fresh {@code X-Sdk-Date}.
 */
public final class AkSkAuthenticator implements RequestAuthenticator {

    private final HuaweiCredentialsProvider credentials;
    private final SdkHmacSigner signer;

    /**
     * Creates the authenticator.
     *
     * @param credentials where keys come from
     * @param algorithm   the signature algorithm
     */
    public AkSkAuthenticator(HuaweiCredentialsProvider credentials, HuaweiSigningAlgorithm algorithm) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.signer = Objects.requireNonNull(algorithm, "algorithm") == HuaweiSigningAlgorithm.SDK_HMAC_SM3
                ? SdkHmacSigner.hmacSm3() : SdkHmacSigner.hmacSha256();
    }

    @Override
    public SdkHttpRequest authenticate(SdkHttpRequest request, Instant signingTime) {
        HuaweiCredentials c = credentials.resolveCredentials();
        if (c == null) {
            throw new SdkClientException("credentials provider " + credentials + " returned null");
        }
        return signer.sign(request, c, signingTime);
    }
}
