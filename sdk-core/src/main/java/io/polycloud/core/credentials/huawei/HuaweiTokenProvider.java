package io.polycloud.core.credentials.huawei;

/**
 * Supplies the IAM token a Huawei client sends as {@code X-Auth-Token}, instead of AK/SK
 * signing. {@link IamTokenProvider} obtains and caches one with a user name and password.
 */
public interface HuaweiTokenProvider {

    /**
     * Returns a token valid for at least the next request.
     *
     * @return the token
     * @throws io.polycloud.core.exception.SdkException if none can be obtained
     */
    HuaweiToken resolveToken();

    /**
     * Called when the service rejected {@code token} with a 401: drop it if it is still cached,
     * so the next {@link #resolveToken()} fetches a new one.
     *
     * @param token the rejected token
     * @return true if a fresh token will be fetched, so a retry is worthwhile
     */
    default boolean invalidate(HuaweiToken token) {
        return false;
    }

    /**
     * A fixed token, for tokens obtained elsewhere.
     *
     * @param token the token
     * @return the provider
     */
    static HuaweiTokenProvider of(HuaweiToken token) {
        java.util.Objects.requireNonNull(token, "token");
        return () -> token;
    }
}
