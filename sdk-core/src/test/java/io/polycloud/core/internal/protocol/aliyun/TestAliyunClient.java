package io.polycloud.core.internal.protocol.aliyun;

import io.polycloud.core.protocol.aliyun.AliyunClientBuilder;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.internal.protocol.ServiceDescriptor;
import java.net.URI;

/** A minimal Alibaba Cloud client for core's own tests: what a service module's builder does. */
public final class TestAliyunClient extends AliyunClientBuilder<TestAliyunClient> {

    /** Builds a {@code vpc} RPC client, API version {@code 2016-04-28}, with no documented codes. */
    public AliyunRpcClient build() {
        return buildRpcClient(ServiceDescriptor.aliyun("vpc", "2016-04-28", region -> URI.create("https://vpc." + region + ".aliyuncs.com"),
                ErrorCatalog.empty()));
    }
}
