package io.polycloud.core.signing.huawei;

import io.polycloud.core.credentials.huawei.HuaweiToken;
import io.polycloud.core.credentials.huawei.HuaweiTokenProvider;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.pipeline.RequestAuthenticator;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Authenticates Huawei Cloud requests with an IAM token in {@code X-Auth-Token} instead of an
 * AK/SK signature. On a 401 it drops the token it sent, and the pipeline retries once with a
 * fresh one.
 */
public final class TokenAuthenticator implements RequestAuthenticator {

    private final HuaweiTokenProvider tokens;
    private final AtomicReference<HuaweiToken> lastSent = new AtomicReference<>();

    /**
     * Creates the authenticator.
     *
     * @param tokens where tokens come from
     */
    public TokenAuthenticator(HuaweiTokenProvider tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public SdkHttpRequest authenticate(SdkHttpRequest request, Instant signingTime) {
        HuaweiToken token = tokens.resolveToken();
        if (token == null) {
            throw new SdkClientException("token provider " + tokens + " returned null");
        }
        lastSent.set(token);
        return request.toBuilder().setHeader("X-Auth-Token", token.value()).build();
    }

    @Override
    public boolean refreshAfterAuthenticationFailure(ServiceException error) {
        HuaweiToken token = lastSent.get();
        return token != null && tokens.invalidate(token);
    }
}
