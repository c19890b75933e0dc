/**
 * The Polycloud emulator: a stateful, signature-checking server for the Polycloud services, its
 * JUnit 5 extension ({@code io.polycloud.testing}) and its standalone launcher
 * ({@code io.polycloud.testing.standalone}). The {@code internal} packages are not exported.
 */
module io.polycloud.testing {
    requires transitive io.polycloud.core;
    // The JUnit 5 extension is part of the API.
    requires transitive org.junit.jupiter.api;
    requires com.fasterxml.jackson.databind;
    requires mockwebserver3;
    requires okhttp3;
    // The emulator checks SM3 signatures, which core computes with BouncyCastle when it is present.
    requires org.bouncycastle.provider;

    // API
    exports io.polycloud.testing;
    exports io.polycloud.testing.standalone;
    // Not exported: internal, internal.admin, internal.aliyun, internal.huawei.
}
