package io.polycloud.reliability.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.testsupport.HuaweiSignatures;
import io.polycloud.core.testsupport.RecordedRequests;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;

/**
 * Verifies a received request's signature as the cloud would: from the bytes that arrived,
 * with the core signers' pure {@code signature(...)} and the made-up secret.
 */
public final class WireSignatures {

    /** What the Huawei clients sign when the credentials carry a security token. */
    public static final String HUAWEI_SIGNED_HEADERS = "host;user-agent;x-project-id;x-sdk-date;x-security-token";

    private static final Pattern ACS3 = Pattern.compile(
            "ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})");

    private WireSignatures() {
    }

    /** Fails unless the request carries an ACS3-HMAC-SHA256 signature by the made-up Alibaba key that verifies. */
    public static void assertAliyunSigned(RecordedRequest received) {
        String authorization = received.getHeaders().get("Authorization");
        Matcher m = ACS3.matcher(authorization == null ? "" : authorization);
        assertTrue(m.matches(), "not an ACS3-HMAC-SHA256 Authorization header");
        assertEquals(MadeUpKeys.ALIYUN_ACCESS_KEY_ID, m.group(1));
        assertTrue(m.group(2).contains("x-acs-security-token"), "the security token is signed");
        String recomputed = Acs3Signer.hmacSha256().signature(RecordedRequests.toSdkHttpRequest(received),
                Arrays.asList(m.group(2).split(";")), MadeUpKeys.ALIYUN_ACCESS_KEY_SECRET).signature();
        assertEquals(recomputed, m.group(3), "the signature verifies against the request as received");
    }

    /** Fails unless the request carries an SDK-HMAC-SHA256 signature by the made-up Huawei key that verifies. */
    public static void assertHuaweiSigned(RecordedRequest received) {
        HuaweiSignatures.assertSigned(received, MadeUpKeys.HUAWEI_ACCESS_KEY, MadeUpKeys.HUAWEI_SECRET_KEY,
                HUAWEI_SIGNED_HEADERS);
    }
}
