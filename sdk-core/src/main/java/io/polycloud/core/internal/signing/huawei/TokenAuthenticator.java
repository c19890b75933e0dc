package io.polycloud.core.internal.signing.huawei;

import io.polycloud.core.credentials.huawei.HuaweiToken;
import io.polycloud.core.credentials.huawei.HuaweiTokenProvider;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.pipeline.RequestAuthenticator;
import java.time.Instant;
import java.util.Objects;

/**
 * Authenticates Huawei Cloud requests with an IAM token in {@code X-Auth-Token} instead of an
 * AK/SK signature. On a 401 it drops the token that was refused, and the pipeline retries once
 * with a fresh one.
 */
public final class TokenAuthenticator implements RequestAuthenticator {

    private static final String HEADER = "X-Auth-Token";

    private final HuaweiTokenProvider tokens;

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
        return request.toBuilder().setHeader(HEADER, token.value()).build();
    }

    /**
     * Drops the refused token if it is still the provider's current one. When another call has
     * already replaced it, the current token is kept and the retry uses it.
     */
    @Override
    public boolean refreshAfterAuthenticationFailure(SdkHttpRequest rejected, ServiceException error) {
        String sent = rejected.headers().first(HEADER).orElse(null);
        if (sent == null) {
            return false;
        }
        HuaweiToken current;
        try {
            current = tokens.resolveToken();
        } catch (SdkException e) {
            // The retry's authenticate() reports why no token can be had.
            return true;
        }
        return current == null || !current.value().equals(sent) || tokens.invalidate(current);
    }
}
