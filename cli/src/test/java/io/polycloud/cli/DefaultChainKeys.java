package io.polycloud.cli;

import io.polycloud.testing.PolycloudEmulator;

/** The emulator's made-up keys where the default credential chains look first: system properties. */
final class DefaultChainKeys {

    private static final String[] NAMES = {"alibabacloud.accessKeyId", "alibabacloud.accessKeySecret", "huaweicloud.sdk.ak",
        "huaweicloud.sdk.sk"};

    private DefaultChainKeys() {
    }

    static void set(PolycloudEmulator emulator) {
        System.setProperty(NAMES[0], emulator.aliyunCredentials().accessKeyId());
        System.setProperty(NAMES[1], emulator.aliyunCredentials().accessKeySecret());
        System.setProperty(NAMES[2], emulator.huaweiCredentials().accessKey());
        System.setProperty(NAMES[3], emulator.huaweiCredentials().secretKey());
    }

    static void clear() {
        for (String name : NAMES) {
            System.clearProperty(name);
        }
    }
}
