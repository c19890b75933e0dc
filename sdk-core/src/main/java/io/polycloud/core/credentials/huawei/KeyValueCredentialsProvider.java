package io.polycloud.core.credentials.huawei;

import io.polycloud.core.exception.SdkClientException;
import java.util.function.UnaryOperator;

/** Environment variables or system properties: the same four keys, from a different source. */
final class KeyValueCredentialsProvider implements HuaweiCredentialsProvider {

    private final String sourceName;
    private final UnaryOperator<String> source;
    private final String akKey;
    private final String skKey;
    private final String tokenKey;
    private final String projectKey;

    KeyValueCredentialsProvider(String sourceName, UnaryOperator<String> source, String akKey, String skKey,
                                String tokenKey, String projectKey) {
        this.sourceName = sourceName;
        this.source = source;
        this.akKey = akKey;
        this.skKey = skKey;
        this.tokenKey = tokenKey;
        this.projectKey = projectKey;
    }

    @Override
    public HuaweiCredentials resolveCredentials() {
        String ak = read(akKey);
        String sk = read(skKey);
        if (ak == null || sk == null) {
            throw new SdkClientException(sourceName + " " + akKey + " and " + skKey + " are not both set");
        }
        return HuaweiCredentials.builder().accessKey(ak).secretKey(sk)
                .securityToken(read(tokenKey)).projectId(read(projectKey)).build();
    }

    private String read(String key) {
        String v = source.apply(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    @Override
    public String toString() {
        return "HuaweiCredentialsProvider(" + sourceName + ")";
    }
}
