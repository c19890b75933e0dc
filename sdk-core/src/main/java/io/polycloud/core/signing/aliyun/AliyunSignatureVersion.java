package io.polycloud.core.signing.aliyun;

/**
 * How an Alibaba Cloud client signs its requests.
 */
public enum AliyunSignatureVersion {
    /** V3, {@code ACS3-HMAC-SHA256}: the default. */
    ACS3_HMAC_SHA256,
    /** V3 with the SM3 hash, {@code ACS3-HMAC-SM3}; needs {@code org.bouncycastle:bcprov-jdk18on}. */
    ACS3_HMAC_SM3,
    /** The legacy RPC signature 1.0 (HMAC-SHA1, parameters in the query), for old endpoints. */
    RPC_V1_HMAC_SHA1
}
