package io.polycloud.core.testsupport;

import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.internal.signing.huawei.SdkHmacSigner;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;

/**
 * Checks a Huawei {@code SDK-HMAC-SHA256} signature the way a server would: parses the received
 * {@code Authorization} header and recomputes the signature from the request as it arrived, with
 * the core signer's pure {@link SdkHmacSigner#signature}. Shared by the Huawei service modules'
 * wire tests through sdk-core's test-jar.
 */
public final class HuaweiSignatures {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

    private HuaweiSignatures() {
    }

    /**
     * Fails unless the request carries a signature by this key pair over exactly these headers.
     *
     * @param received              what the server received
     * @param accessKey             the AK the client used
     * @param secretKey             the SK the client used
     * @param expectedSignedHeaders for example {@code host;user-agent;x-project-id;x-sdk-date}
     * @return the recomputed details, for assertions on the canonical request
     * @throws AssertionError if the header is missing or malformed, or any part differs
     */
    public static SignatureDetails assertSigned(RecordedRequest received, String accessKey, String secretKey,
                                                String expectedSignedHeaders) {
        String header = received.getHeaders().get("Authorization");
        Matcher m = AUTHORIZATION.matcher(header == null ? "" : header);
        check(m.matches(), "Authorization is not an SDK-HMAC-SHA256 header: " + header);
        check(m.group(1).equals(accessKey), "signed with access key " + m.group(1));
        check(m.group(2).equals(expectedSignedHeaders), "signed headers " + m.group(2) + ", expected " + expectedSignedHeaders);
        SignatureDetails recomputed = SdkHmacSigner.hmacSha256()
                .signature(RecordedRequests.toSdkHttpRequest(received), List.of(m.group(2).split(";")), secretKey);
        check(recomputed.signature().equals(m.group(3)), "signature does not verify against the received request");
        return recomputed;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
