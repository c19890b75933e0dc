package io.polycloud.reliability.support;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import java.util.List;

/**
 * The made-up credentials every scenario signs with. They are temporary credentials, so a
 * security token travels on every request and the secret scan has something to find if it leaks.
 */
public final class MadeUpKeys {

    public static final String ALIYUN_ACCESS_KEY_ID = "TESTAKReliabilitySuite01";
    public static final String ALIYUN_ACCESS_KEY_SECRET = "aliyunSecretOfTheReliabilitySuite01";
    public static final String ALIYUN_SECURITY_TOKEN = "aliyunStsTokenOfTheReliabilitySuite01";

    public static final String HUAWEI_ACCESS_KEY = "HWRELIABILITYSUITEAK01";
    public static final String HUAWEI_SECRET_KEY = "huaweiSecretKeyOfTheReliabilitySuite01";
    public static final String HUAWEI_SECURITY_TOKEN = "huaweiSecurityTokenOfTheReliabilitySuite01";
    public static final String HUAWEI_PROJECT_ID = "0123456789abcdef0123456789abcdef";

    /** A second Alibaba key pair, for the scenarios that refresh credentials. */
    public static final String ALIYUN_REFRESHED_ACCESS_KEY_ID = "TESTAKReliabilitySuite02";
    public static final String ALIYUN_REFRESHED_ACCESS_KEY_SECRET = "aliyunSecretOfTheReliabilitySuite02";
    public static final String ALIYUN_REFRESHED_SECURITY_TOKEN = "aliyunStsTokenOfTheReliabilitySuite02";

    /** IAM: the password a token is obtained with, and the tokens the fake IAM issues. */
    public static final String IAM_PASSWORD = "iamPasswordOfTheReliabilitySuite01";
    public static final String IAM_TOKEN = "MIIiamTokenOfTheReliabilitySuite01";
    public static final String IAM_REFRESHED_TOKEN = "MIIiamTokenOfTheReliabilitySuite02";

    /** Every value that must never be shown: logs, messages and {@code toString()} are scanned for each. */
    public static final List<String> SECRETS = List.of(
            ALIYUN_ACCESS_KEY_SECRET, ALIYUN_SECURITY_TOKEN,
            HUAWEI_SECRET_KEY, HUAWEI_SECURITY_TOKEN,
            ALIYUN_REFRESHED_ACCESS_KEY_SECRET, ALIYUN_REFRESHED_SECURITY_TOKEN,
            IAM_PASSWORD, IAM_TOKEN, IAM_REFRESHED_TOKEN);

    private MadeUpKeys() {
    }

    public static AliyunCredentials aliyun() {
        return AliyunCredentials.of(ALIYUN_ACCESS_KEY_ID, ALIYUN_ACCESS_KEY_SECRET, ALIYUN_SECURITY_TOKEN);
    }

    public static HuaweiCredentials huawei() {
        return HuaweiCredentials.builder().accessKey(HUAWEI_ACCESS_KEY).secretKey(HUAWEI_SECRET_KEY)
                .securityToken(HUAWEI_SECURITY_TOKEN).projectId(HUAWEI_PROJECT_ID).build();
    }
}
