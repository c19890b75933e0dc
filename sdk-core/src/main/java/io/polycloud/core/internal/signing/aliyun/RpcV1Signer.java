package io.polycloud.core.internal.signing.aliyun;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.internal.http.PercentEncoding;
import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.signing.CanonicalQuery;
import io.polycloud.core.internal.signing.DigestAlgorithm;
import io.polycloud.core.internal.signing.SignatureDetails;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Alibaba Cloud's legacy RPC signature (version 1.0, HMAC-SHA1), for endpoints that predate V3.
 * Everything travels in the query string; there is no {@code Authorization} header.
 *
 * <pre>
 * StringToSign = METHOD &amp; %2F &amp; percentEncode(CanonicalQuery)
 * Signature    = base64(HMAC-SHA1(AccessKeySecret + "&amp;", StringToSign))
 * </pre>
 */
public final class RpcV1Signer {

    private static final RpcV1Signer INSTANCE = new RpcV1Signer();

    private RpcV1Signer() {
    }

    /**
     * The signer.
     *
     * @return the signer
     */
    public static RpcV1Signer create() {
        return INSTANCE;
    }

    /**
     * Signs a request: adds {@code AccessKeyId}, {@code SignatureMethod}, {@code SignatureNonce},
     * {@code SignatureVersion}, {@code Timestamp}, {@code SecurityToken} (temporary credentials),
     * then {@code Signature}, replacing any earlier values.
     *
     * @param request     the request carrying {@code Action}, {@code Version}, {@code Format} and the operation's parameters
     * @param credentials the keys
     * @param time        the signing time
     * @param nonce       unique per attempt
     * @return the signed request
     */
    public SdkHttpRequest sign(SdkHttpRequest request, AliyunCredentials credentials, Instant time, String nonce) {
        SdkHttpRequest.Builder b = request.toBuilder();
        for (String name : List.of("AccessKeyId", "SignatureMethod", "SignatureNonce", "SignatureVersion", "Timestamp",
                "SecurityToken", "Signature")) {
            b.removeQueryParameter(name);
        }
        b.addQueryParameter("AccessKeyId", credentials.accessKeyId())
                .addQueryParameter("SignatureMethod", "HMAC-SHA1")
                .addQueryParameter("SignatureNonce", nonce)
                .addQueryParameter("SignatureVersion", "1.0")
                .addQueryParameter("Timestamp", Acs3Signer.formatDate(time));
        credentials.securityToken().ifPresent(t -> b.addQueryParameter("SecurityToken", t));
        SdkHttpRequest unsigned = b.build();
        SignatureDetails details = signature(unsigned.method(), unsigned.queryParameters(), credentials.accessKeySecret());
        return b.addQueryParameter("Signature", details.signature()).build();
    }

    /**
     * Computes the signature over the parameters other than {@code Signature}.
     *
     * @param method          the HTTP method
     * @param parameters      every query parameter; a {@code Signature} entry is ignored
     * @param accessKeySecret the secret
     * @return canonical query, string to sign and Base64 signature
     */
    public SignatureDetails signature(String method, List<QueryParameter> parameters, String accessKeySecret) {
        List<QueryParameter> signed = new ArrayList<>(parameters.size());
        for (QueryParameter p : parameters) {
            if (!p.name().equals("Signature")) {
                signed.add(p);
            }
        }
        String canonicalQuery = CanonicalQuery.of(signed);
        String stringToSign = method + "&" + PercentEncoding.encode("/") + "&" + PercentEncoding.encode(canonicalQuery);
        byte[] mac = DigestAlgorithm.SHA1.hmac(accessKeySecret + "&", stringToSign.getBytes(StandardCharsets.UTF_8));
        return new SignatureDetails(canonicalQuery, stringToSign, "", Base64.getEncoder().encodeToString(mac));
    }
}
