package io.polycloud.core.credentials.aliyun;

import io.polycloud.core.internal.credentials.ProviderChain;
import java.util.List;

/** {@link AliyunCredentialsProvider#chain(AliyunCredentialsProvider...)}. */
final class CredentialsChain implements AliyunCredentialsProvider {

    private final ProviderChain<AliyunCredentialsProvider, AliyunCredentials> chain;

    CredentialsChain(List<AliyunCredentialsProvider> providers) {
        this.chain = new ProviderChain<>("Alibaba Cloud", providers, AliyunCredentialsProvider::resolveCredentials);
    }

    @Override
    public AliyunCredentials resolveCredentials() {
        return chain.resolve();
    }

    @Override
    public String toString() {
        return "AliyunCredentialsProvider." + chain;
    }
}
