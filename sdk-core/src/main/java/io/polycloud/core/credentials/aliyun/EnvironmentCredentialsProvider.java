package io.polycloud.core.credentials.aliyun;

import io.polycloud.core.exception.SdkClientException;
import java.util.function.UnaryOperator;

/** {@link AliyunCredentialsProvider#environment()}. */
final class EnvironmentCredentialsProvider implements AliyunCredentialsProvider {

    static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    static final String SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    private final UnaryOperator<String> env;

    EnvironmentCredentialsProvider(UnaryOperator<String> env) {
        this.env = env;
    }

    @Override
    public AliyunCredentials resolveCredentials() {
        String id = blankToNull(env.apply(ACCESS_KEY_ID));
        String secret = blankToNull(env.apply(ACCESS_KEY_SECRET));
        if (id == null || secret == null) {
            throw new SdkClientException("environment variables " + ACCESS_KEY_ID + " and " + ACCESS_KEY_SECRET + " are not both set");
        }
        String token = blankToNull(env.apply(SECURITY_TOKEN));
        return token == null ? AliyunCredentials.of(id, secret) : AliyunCredentials.of(id, secret, token);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return "AliyunCredentialsProvider.environment()";
    }
}
