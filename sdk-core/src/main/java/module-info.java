/**
 * Polycloud core: the building blocks every service client shares (client builders, errors,
 * credentials, retry policy, interceptors), the HTTP transport SPI and the built-in JDK
 * {@code java.net.http} transport.
 *
 * <p>Every {@code io.polycloud.core.internal} package is exported only to the Polycloud modules
 * that use it; applications see the API packages alone. A package added to this module must be
 * listed here, either exported to everyone (API) or under {@code internal} (exported to named
 * Polycloud modules, or not at all): the compat-tests module fails the build otherwise.
 */
@SuppressWarnings("module") // qualified exports name Polycloud modules compiled after this one
module io.polycloud.core {
    requires java.net.http;
    requires org.slf4j;
    // Only the SM3 algorithms need BouncyCastle; an application that selects them adds it.
    requires static org.bouncycastle.provider;

    // API
    exports io.polycloud.core;
    exports io.polycloud.core.client;
    exports io.polycloud.core.credentials.aliyun;
    exports io.polycloud.core.credentials.huawei;
    exports io.polycloud.core.exception;
    exports io.polycloud.core.http;
    exports io.polycloud.core.interceptor;
    exports io.polycloud.core.protocol.aliyun;
    exports io.polycloud.core.protocol.huawei;
    exports io.polycloud.core.retry;
    exports io.polycloud.core.signing.aliyun;
    exports io.polycloud.core.signing.huawei;
    exports io.polycloud.core.time;

    // Internal, for Polycloud's own modules only: add a module here when it starts using a package.
    exports io.polycloud.core.internal.http to
            io.polycloud.testing;
    exports io.polycloud.core.internal.json to
            io.polycloud.testing;
    exports io.polycloud.core.internal.logging to
            io.polycloud.testing;
    exports io.polycloud.core.internal.protocol to
            io.polycloud.aliyun.vpc, io.polycloud.huawei.drs, io.polycloud.huawei.dds, io.polycloud.huawei.lakeformation;
    exports io.polycloud.core.internal.protocol.aliyun to
            io.polycloud.aliyun.vpc;
    exports io.polycloud.core.internal.protocol.huawei to
            io.polycloud.huawei.drs, io.polycloud.huawei.dds, io.polycloud.huawei.lakeformation;
    exports io.polycloud.core.internal.signing to
            io.polycloud.testing;
    exports io.polycloud.core.internal.signing.aliyun to
            io.polycloud.testing;
    exports io.polycloud.core.internal.signing.huawei to
            io.polycloud.testing;
    exports io.polycloud.core.internal.validation to
            io.polycloud.aliyun.vpc, io.polycloud.huawei.drs, io.polycloud.huawei.dds, io.polycloud.huawei.lakeformation,
            io.polycloud.testing;
    // Not exported: internal.credentials, internal.pipeline, internal.retry, internal.transport,
    // internal.transport.jdk.

    uses io.polycloud.core.http.HttpTransportProvider;
    provides io.polycloud.core.http.HttpTransportProvider
            with io.polycloud.core.internal.transport.jdk.JdkHttpTransportProvider;
}
