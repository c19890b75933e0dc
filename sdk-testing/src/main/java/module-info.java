/**
 * The Polycloud emulator: a stateful, signature-checking server for the Polycloud services, its
 * JUnit 5 extension ({@code io.polycloud.testing}) and its standalone launcher
 * ({@code io.polycloud.testing.standalone}). The {@code internal} packages are not exported.
 */
module io.polycloud.testing {
    requires transitive io.polycloud.core;
    // The JUnit 5 extension is part of the API.
    requires transitive org.junit.jupiter.api;
    // The services' status enums and error codes, which the emulator answers with; VPC's job status is in its API.
    requires transitive io.polycloud.aliyun.vpc;
    requires io.polycloud.huawei.drs;
    requires io.polycloud.huawei.dds;
    requires io.polycloud.huawei.lakeformation;
    // The emulator checks SM3 signatures, which core computes with BouncyCastle when it is present.
    requires org.bouncycastle.provider;

    // API
    exports io.polycloud.testing;
    exports io.polycloud.testing.standalone;
    // Not exported: internal, internal.aliyun, internal.huawei, internal.server.
}
