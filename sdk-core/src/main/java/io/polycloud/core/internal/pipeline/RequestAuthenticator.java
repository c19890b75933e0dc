package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import java.time.Instant;

/**
 * Resolves credentials and signs (or otherwise authenticates) one attempt. Called inside the
 * retry loop, so every attempt carries a fresh timestamp and nonce. Implementations live in
 * core ({@code io.polycloud.core.signing.*}); service modules only choose one.
 */
public interface RequestAuthenticator {

    /**
     * Authenticates a request.
     *
     * @param request     the request, with every other header already set
     * @param signingTime the time to sign with, corrected for measured clock skew
     * @return the request with authentication headers or parameters added
     * @throws io.polycloud.core.exception.SdkClientException if credentials cannot be resolved or signing fails
     */
    SdkHttpRequest authenticate(SdkHttpRequest request, Instant signingTime);

    /**
     * Called when the service answered 401: a token-based authenticator drops its cached token
     * and returns true, and the pipeline retries once with a fresh one.
     *
     * @param error the authentication error
     * @return whether a retry with refreshed credentials is worthwhile
     */
    default boolean refreshAfterAuthenticationFailure(ServiceException error) {
        return false;
    }

    /**
     * Called when the service answered 401 to {@code rejected}, the request exactly as this
     * authenticator sent it; lets a token-based authenticator drop the very token that was
     * refused, not one another call fetched meanwhile. The pipeline calls this method; by default
     * it delegates to {@link #refreshAfterAuthenticationFailure(ServiceException)}.
     *
     * @param rejected the authenticated request the service refused
     * @param error    the authentication error
     * @return whether a retry with refreshed credentials is worthwhile
     */
    default boolean refreshAfterAuthenticationFailure(SdkHttpRequest rejected, ServiceException error) {
        return refreshAfterAuthenticationFailure(error);
    }
}
