package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;

/**
 * The 401 recovery of one call: when the service rejects the call's credentials, a token-based
 * authenticator drops the refused token and the call is sent once more with a fresh one. At most
 * once per call, so a token the service keeps refusing ends the call with its 401.
 */
final class TokenRefreshRecovery {

    private final RequestAuthenticator authenticator;
    private boolean refreshed;

    TokenRefreshRecovery(RequestAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * Handles an error response.
     *
     * @param rejected  the request exactly as sent
     * @param error     the mapped error
     * @param mayRepeat whether the call may send the request again; when not, the token is still
     *                  dropped so the next call fetches a fresh one
     * @return whether to send the request again now
     */
    boolean shouldRetry(SdkHttpRequest rejected, ServiceException error, boolean mayRepeat) {
        if (error.httpStatus() != 401 || refreshed || !authenticator.refreshAfterAuthenticationFailure(rejected, error)) {
            return false;
        }
        refreshed = true;
        return mayRepeat;
    }
}
