package io.polycloud.core.credentials.huawei;

import io.polycloud.core.internal.credentials.ProviderChain;
import java.util.List;

/** {@link HuaweiCredentialsProvider#chain(HuaweiCredentialsProvider...)}. */
final class CredentialsChain implements HuaweiCredentialsProvider {

    private final ProviderChain<HuaweiCredentialsProvider, HuaweiCredentials> chain;

    CredentialsChain(List<HuaweiCredentialsProvider> providers) {
        this.chain = new ProviderChain<>("Huawei Cloud", providers, HuaweiCredentialsProvider::resolveCredentials);
    }

    @Override
    public HuaweiCredentials resolveCredentials() {
        return chain.resolve();
    }

    @Override
    public String toString() {
        return "HuaweiCredentialsProvider." + chain;
    }
}
