package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.aliyun.AliyunCredentialsProvider;
import io.polycloud.core.credentials.huawei.HuaweiCredentialsProvider;
import io.polycloud.core.exception.SdkClientException;
import org.junit.jupiter.api.Test;

/**
 * The credentials section's providers exist as written, and what the troubleshooting section
 * quotes is what a machine without credentials sees (the build runs with the credential variables
 * cleared and {@code user.home} in {@code target/}).
 */
class CredentialsTest {

    @Test
    void everyProviderOfTheReadme_isBuilt() {
        assertEquals(9, CredentialsExamples.providers().size());
    }

    @Test
    void aliyunDefaultChain_withNothingSet_namesEverySourceItTried() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> AliyunCredentialsProvider.defaultChain().resolveCredentials());

        String message = e.getMessage();
        assertTrue(message.startsWith("no Alibaba Cloud credentials found; tried:\n"
                + "  AliyunCredentialsProvider.systemProperties(): system properties alibabacloud.accessKeyId and "
                + "alibabacloud.accessKeySecret are not both set\n"
                + "  AliyunCredentialsProvider.environment(): environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and "
                + "ALIBABA_CLOUD_ACCESS_KEY_SECRET are not both set\n"), () -> "the README quotes these lines: " + message);
        for (String source : new String[] {"alibabacloud.accessKeyId", "ALIBABA_CLOUD_ACCESS_KEY_ID", "config.json",
                "ALIBABA_CLOUD_ECS_METADATA"}) {
            assertTrue(message.contains(source), () -> "does not name " + source + ": " + message);
        }
    }

    @Test
    void huaweiDefaultChain_withNothingSet_namesEverySourceItTried() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> HuaweiCredentialsProvider.defaultChain().resolveCredentials());

        assertTrue(e.getMessage().startsWith("no Huawei Cloud credentials found; tried:\n"), e.getMessage());
        assertTrue(e.getMessage().contains("HUAWEICLOUD_SDK_AK"), e.getMessage());
    }

    @Test
    void fromEnvironment_withNothingSet_namesTheVariables() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> AliyunCredentials.fromEnvironment().resolveCredentials());

        assertTrue(e.getMessage().contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), e.getMessage());
    }
}
