package io.polycloud.core.signing.huawei;

/**
 * How a Huawei Cloud client signs AK/SK requests.
 */
public enum HuaweiSigningAlgorithm {
    /** {@code SDK-HMAC-SHA256}: the default. */
    SDK_HMAC_SHA256,
    /** {@code SDK-HMAC-SM3}; needs {@code org.bouncycastle:bcprov-jdk18on}. */
    SDK_HMAC_SM3
}
