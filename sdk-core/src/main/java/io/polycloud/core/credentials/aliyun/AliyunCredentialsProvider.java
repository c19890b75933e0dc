package io.polycloud.core.credentials.aliyun;

import java.util.List;

/**
 * Supplies Alibaba Cloud credentials to a client; called before every signature, so it must be
 * fast once warm (the providers here cache what they fetch). Implement it to plug in a vault.
 *
 * <p>Built-in providers:
 * <pre>{@code
 * AliyunCredentials.of(id, secret)              // static keys
 * AliyunCredentialsProvider.environment()       // ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN
 * AliyunCredentialsProvider.systemProperties()  // alibabacloud.accessKeyId / alibabacloud.accessKeySecret / alibabacloud.sessionToken
 * AliyunProfileCredentialsProvider.create()     // ~/.aliyun/config.json
 * EcsRamRoleCredentialsProvider.builder()...    // ECS instance RAM role (metadata service)
 * AliyunCredentialsProvider.defaultChain()      // all of the above, in that order
 * }</pre>
 */
@FunctionalInterface
public interface AliyunCredentialsProvider {

    /**
     * Returns credentials valid for at least the next request.
     *
     * @return the credentials
     * @throws io.polycloud.core.exception.SdkClientException if none can be found or fetched
     */
    AliyunCredentials resolveCredentials();

    /**
     * Reads {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} and, if
     * set, {@code ALIBABA_CLOUD_SECURITY_TOKEN}.
     *
     * @return the provider
     */
    static AliyunCredentialsProvider environment() {
        return new EnvironmentCredentialsProvider(System::getenv);
    }

    /**
     * Reads the system properties {@code alibabacloud.accessKeyId},
     * {@code alibabacloud.accessKeySecret} and, if set, {@code alibabacloud.sessionToken}.
     *
     * @return the provider
     */
    static AliyunCredentialsProvider systemProperties() {
        return new SystemPropertiesCredentialsProvider();
    }

    /**
     * Tries each provider in order and uses the first that yields credentials; after one
     * succeeded it is asked directly from then on.
     *
     * @param providers the providers, at least one
     * @return the chain
     */
    static AliyunCredentialsProvider chain(AliyunCredentialsProvider... providers) {
        return new CredentialsChain(List.of(providers));
    }

    /**
     * System properties, environment, {@code ~/.aliyun/config.json} (profile from
     * {@code ALIBABA_CLOUD_PROFILE} or the file's current one), then the ECS RAM role, which is
     * tried only when {@code ALIBABA_CLOUD_ECS_METADATA} names a role, so a laptop or CI run
     * never probes the metadata address.
     *
     * @return the chain
     */
    static AliyunCredentialsProvider defaultChain() {
        return new CredentialsChain(List.of(
                systemProperties(),
                environment(),
                AliyunProfileCredentialsProvider.create(),
                EcsRamRoleCredentialsProvider.fromEnvironment(System::getenv)));
    }
}
