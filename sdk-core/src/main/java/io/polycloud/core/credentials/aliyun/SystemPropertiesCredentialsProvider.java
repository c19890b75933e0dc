package io.polycloud.core.credentials.aliyun;

import io.polycloud.core.exception.SdkClientException;

/** {@link AliyunCredentialsProvider#systemProperties()}. */
final class SystemPropertiesCredentialsProvider implements AliyunCredentialsProvider {

    static final String ACCESS_KEY_ID = "alibabacloud.accessKeyId";
    static final String ACCESS_KEY_SECRET = "alibabacloud.accessKeySecret";
    // The official credentials library has used this spelling; accepted for compatibility.
    static final String ACCESS_KEY_SECRET_LEGACY = "alibabacloud.accessKeyIdSecret";
    static final String SESSION_TOKEN = "alibabacloud.sessionToken";

    @Override
    public AliyunCredentials resolveCredentials() {
        String id = EnvironmentCredentialsProvider.blankToNull(System.getProperty(ACCESS_KEY_ID));
        String secret = EnvironmentCredentialsProvider.blankToNull(System.getProperty(ACCESS_KEY_SECRET));
        if (secret == null) {
            secret = EnvironmentCredentialsProvider.blankToNull(System.getProperty(ACCESS_KEY_SECRET_LEGACY));
        }
        if (id == null || secret == null) {
            throw new SdkClientException("system properties " + ACCESS_KEY_ID + " and " + ACCESS_KEY_SECRET + " are not both set");
        }
        String token = EnvironmentCredentialsProvider.blankToNull(System.getProperty(SESSION_TOKEN));
        return token == null ? AliyunCredentials.of(id, secret) : AliyunCredentials.of(id, secret, token);
    }

    @Override
    public String toString() {
        return "AliyunCredentialsProvider.systemProperties()";
    }
}
