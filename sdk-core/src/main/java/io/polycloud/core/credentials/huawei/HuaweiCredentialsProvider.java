package io.polycloud.core.credentials.huawei;

import java.util.List;

/**
 * Supplies Huawei Cloud AK/SK credentials; called before every signature. Implement it to plug
 * in a vault.
 *
 * <pre>{@code
 * HuaweiCredentials.of(ak, sk)                   // static keys
 * HuaweiCredentialsProvider.environment()        // HUAWEICLOUD_SDK_AK / _SK / _SECURITY_TOKEN / _PROJECT_ID
 * HuaweiCredentialsProvider.systemProperties()   // huaweicloud.sdk.ak / .sk / .securityToken / .projectId
 * HuaweiCredentialsProvider.defaultChain()       // system properties, then environment
 * }</pre>
 */
@FunctionalInterface
public interface HuaweiCredentialsProvider {

    /**
     * Returns credentials valid for at least the next request.
     *
     * @return the credentials
     * @throws io.polycloud.core.exception.SdkClientException if none can be found
     */
    HuaweiCredentials resolveCredentials();

    /**
     * Reads {@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK} and, if set,
     * {@code HUAWEICLOUD_SDK_SECURITY_TOKEN} and {@code HUAWEICLOUD_SDK_PROJECT_ID}.
     *
     * @return the provider
     */
    static HuaweiCredentialsProvider environment() {
        return new KeyValueCredentialsProvider("environment variables", System::getenv,
                "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "HUAWEICLOUD_SDK_PROJECT_ID");
    }

    /**
     * Reads the system properties {@code huaweicloud.sdk.ak}, {@code huaweicloud.sdk.sk} and, if
     * set, {@code huaweicloud.sdk.securityToken} and {@code huaweicloud.sdk.projectId}.
     *
     * @return the provider
     */
    static HuaweiCredentialsProvider systemProperties() {
        return new KeyValueCredentialsProvider("system properties", System::getProperty,
                "huaweicloud.sdk.ak", "huaweicloud.sdk.sk", "huaweicloud.sdk.securityToken", "huaweicloud.sdk.projectId");
    }

    /**
     * Tries each provider in order; the first that yields credentials is used from then on.
     *
     * @param providers at least one provider
     * @return the chain
     */
    static HuaweiCredentialsProvider chain(HuaweiCredentialsProvider... providers) {
        return new CredentialsChain(List.of(providers));
    }

    /**
     * System properties, then environment variables.
     *
     * @return the chain
     */
    static HuaweiCredentialsProvider defaultChain() {
        return chain(systemProperties(), environment());
    }
}
