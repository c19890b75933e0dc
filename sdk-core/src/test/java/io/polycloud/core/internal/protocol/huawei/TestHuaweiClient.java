package io.polycloud.core.internal.protocol.huawei;

import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.internal.protocol.ServiceDescriptor;
import io.polycloud.core.protocol.huawei.HuaweiEndpoints;

/** A minimal Huawei Cloud client for core's own tests: what a service module's builder does. */
public final class TestHuaweiClient extends HuaweiClientBuilder<TestHuaweiClient> {

    /** Builds a {@code drs} REST client with no documented codes. */
    public HuaweiRestClient build() {
        return buildRestClient(ServiceDescriptor.huawei("drs", region -> HuaweiEndpoints.of("drs", region), ErrorCatalog.empty()));
    }
}
