package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import java.net.URI;
import java.util.function.Consumer;

/** The settings every Polycloud Huawei Cloud client in the benchmarks shares; everything else is default. */
final class HuaweiClients {

    private HuaweiClients() {
    }

    static <B extends HuaweiClientBuilder<B>> B configure(B builder, URI endpoint, Consumer<SdkClientBuilder<?>> customizer) {
        builder.region(Fixtures.HUAWEI_REGION)
                .endpointOverride(endpoint)
                .credentials(HuaweiCredentials.builder()
                        .accessKey(Fixtures.HUAWEI_ACCESS_KEY)
                        .secretKey(Fixtures.HUAWEI_SECRET_KEY)
                        .projectId(Fixtures.HUAWEI_PROJECT_ID)
                        .build());
        customizer.accept(builder);
        return builder;
    }
}
