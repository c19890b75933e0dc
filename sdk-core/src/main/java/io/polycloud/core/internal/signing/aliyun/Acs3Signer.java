package io.polycloud.core.internal.signing.aliyun;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.signing.CanonicalHeaders;
import io.polycloud.core.internal.signing.CanonicalQuery;
import io.polycloud.core.internal.signing.CanonicalRequestBuffer;
import io.polycloud.core.internal.signing.DigestAlgorithm;
import io.polycloud.core.internal.signing.LowerCaseHeaderName;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.internal.signing.SigningTimestamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Alibaba Cloud's V3 request signature, {@code ACS3-HMAC-SHA256} and {@code ACS3-HMAC-SM3}.
 *
 * <pre>
 * CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n HashedPayload
 * StringToSign     = ALGORITHM \n hex(hash(CanonicalRequest))
 * Signature        = hex(HMAC(AccessKeySecret, StringToSign))
 * Authorization    = ALGORITHM Credential=AK,SignedHeaders=a;b,Signature=hex
 * </pre>
 *
 * Signed headers: {@code host}, {@code content-type} when present, and every {@code x-acs-*}
 * header; names lower-cased and sorted, values trimmed. {@code x-acs-content-sha256} carries the
 * payload hash under that name for both algorithms (the SM3 digest for SM3).
 */
public final class Acs3Signer {

    private static final Acs3Signer SHA256 = new Acs3Signer("ACS3-HMAC-SHA256", DigestAlgorithm.SHA256);
    private static final Acs3Signer SM3 = new Acs3Signer("ACS3-HMAC-SM3", DigestAlgorithm.SM3);

    private final String algorithm;
    private final DigestAlgorithm digest;

    private Acs3Signer(String algorithm, DigestAlgorithm digest) {
        this.algorithm = algorithm;
        this.digest = digest;
    }

    /**
     * The {@code ACS3-HMAC-SHA256} signer.
     *
     * @return the signer
     */
    public static Acs3Signer hmacSha256() {
        return SHA256;
    }

    /**
     * The {@code ACS3-HMAC-SM3} signer; needs BouncyCastle.
     *
     * @return the signer
     */
    public static Acs3Signer hmacSm3() {
        return SM3;
    }

    /**
     * The algorithm name as it appears in the {@code Authorization} header.
     *
     * @return for example {@code ACS3-HMAC-SHA256}
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * Formats a signing time as {@code x-acs-date} wants it.
     *
     * @param time the instant
     * @return {@code yyyy-MM-dd'T'HH:mm:ss'Z'} in UTC
     */
    public static String formatDate(Instant time) {
        return SigningTimestamp.EXTENDED.format(time);
    }

    /**
     * Signs a request: sets {@code x-acs-date}, {@code x-acs-signature-nonce},
     * {@code x-acs-content-sha256}, {@code x-acs-security-token} (temporary credentials) and
     * {@code Authorization}. The request must already carry {@code x-acs-action} and
     * {@code x-acs-version}.
     *
     * @param request     the request
     * @param credentials the keys
     * @param time        the signing time
     * @param nonce       unique per attempt
     * @return the signed request
     */
    public SdkHttpRequest sign(SdkHttpRequest request, AliyunCredentials credentials, Instant time, String nonce) {
        String payloadHash = digest.hexHash(request.body());
        String date = formatDate(time);
        String token = credentials.securityToken().orElse(null);
        // The signed headers as the request will carry them, gathered without building it first.
        CanonicalHeaders signed = CanonicalHeaders.of(request, Acs3Signer::signedFromRequest, true);
        signed.add("x-acs-date", date);
        signed.add("x-acs-signature-nonce", nonce.trim());
        signed.add("x-acs-content-sha256", payloadHash);
        if (token != null) {
            signed.add("x-acs-security-token", token.trim());
        }
        String signedHeaders = signed.signedHeaders();
        // Hashed from its builder: signing needs the canonical request's digest, never the String.
        StringBuilder canonical = signed.appendTo(canonicalRequestStart(request));
        String stringToSign = stringToSign(canonicalRequestEnd(canonical, signedHeaders, payloadHash));
        SdkHttpRequest.Builder b = request.toBuilder()
                .setHeader("x-acs-date", date)
                .setHeader("x-acs-signature-nonce", nonce)
                .setHeader("x-acs-content-sha256", payloadHash)
                .removeHeader("Authorization");
        if (token != null) {
            b.setHeader("x-acs-security-token", token);
        } else {
            b.removeHeader("x-acs-security-token");
        }
        return b.addHeader("Authorization", algorithm + " Credential=" + credentials.accessKeyId()
                        + ",SignedHeaders=" + signedHeaders + ",Signature=" + sign(stringToSign, credentials.accessKeySecret()))
                .build();
    }

    /** Whether {@link #sign} signs a header: {@code host}, {@code content-type} and every {@code x-acs-*} one. */
    private static boolean signs(String lowerCaseName) {
        return lowerCaseName.startsWith("x-acs-") || lowerCaseName.equals("content-type") || lowerCaseName.equals("host");
    }

    /** The request's own headers that {@link #sign} signs; the ones it sets itself are added after. */
    private static boolean signedFromRequest(String lowerCaseName) {
        return signs(lowerCaseName) && !lowerCaseName.equals("x-acs-date") && !lowerCaseName.equals("x-acs-signature-nonce")
                && !lowerCaseName.equals("x-acs-content-sha256") && !lowerCaseName.equals("x-acs-security-token");
    }

    /**
     * The headers signed by {@link #sign}: {@code host}, {@code content-type} if present and
     * every {@code x-acs-*} header, lower case and sorted.
     *
     * @param request the request
     * @return the names
     */
    public List<String> defaultSignedHeaders(SdkHttpRequest request) {
        HttpHeaders headers = request.headers();
        List<String> names = new ArrayList<>(headers.size() + 1);
        names.add("host");
        for (int i = 0; i < headers.size(); i++) {
            String lower = LowerCaseHeaderName.of(headers.name(i));
            if (signs(lower) && !names.contains(lower)) {
                names.add(lower);
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * Computes the signature of a request over the given headers, without changing it. The
     * payload hash is computed from the body. The {@code host} value is the request's
     * {@code Host} header if it has one, else {@link SdkHttpRequest#hostHeader()}.
     *
     * @param request         the request with every header to be signed already set
     * @param signedHeaders   header names to sign, any case and order
     * @param accessKeySecret the secret
     * @return every intermediate value
     */
    public SignatureDetails signature(SdkHttpRequest request, List<String> signedHeaders, String accessKeySecret) {
        List<String> names = new ArrayList<>(signedHeaders);
        names.replaceAll(n -> n.toLowerCase(Locale.ROOT));
        names.sort(null);
        return signature(request, names, accessKeySecret, digest.hexHash(request.body()));
    }

    /** The signature over lower-case, sorted {@code names}, with the payload hash already computed. */
    private SignatureDetails signature(SdkHttpRequest request, List<String> names, String accessKeySecret,
                                       String payloadHash) {
        String signedHeaderList = String.join(";", names);
        String canonicalRequest = canonicalRequest(request, names, signedHeaderList, payloadHash).toString();
        String stringToSign = stringToSign(canonicalRequest);
        return new SignatureDetails(canonicalRequest, stringToSign, signedHeaderList, sign(stringToSign, accessKeySecret));
    }

    private StringBuilder canonicalRequest(SdkHttpRequest request, List<String> names, String signedHeaderList,
                                           String payloadHash) {
        StringBuilder canonical = canonicalRequestStart(request);
        for (String name : names) {
            canonical.append(name).append(':').append(headerValue(request, name).trim()).append('\n');
        }
        return canonicalRequestEnd(canonical, signedHeaderList, payloadHash);
    }

    private static StringBuilder canonicalRequestStart(SdkHttpRequest request) {
        StringBuilder canonical = CanonicalRequestBuffer.acquire();
        canonical.append(request.method()).append('\n')
                .append(request.encodedPath()).append('\n');
        return CanonicalQuery.appendTo(canonical, request.queryParameters()).append('\n');
    }

    private static StringBuilder canonicalRequestEnd(StringBuilder canonical, String signedHeaderList, String payloadHash) {
        return canonical.append('\n').append(signedHeaderList).append('\n').append(payloadHash);
    }

    private String stringToSign(CharSequence canonicalRequest) {
        return algorithm + "\n" + digest.hexHash(canonicalRequest);
    }

    private String sign(String stringToSign, String accessKeySecret) {
        return DigestAlgorithm.hex(digest.hmac(accessKeySecret, stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every value of the header, each trimmed, joined by commas; the request's host for {@code host}. */
    private static String headerValue(SdkHttpRequest request, String name) {
        HttpHeaders headers = request.headers();
        String first = null;
        StringBuilder joined = null;
        for (int i = 0; i < headers.size(); i++) {
            if (headers.name(i).equalsIgnoreCase(name)) {
                String value = headers.value(i).trim();
                if (first == null) {
                    first = value;
                } else {
                    if (joined == null) {
                        joined = new StringBuilder(first);
                    }
                    joined.append(',').append(value);
                }
            }
        }
        if (first == null) {
            return name.equals("host") ? request.hostHeader() : "";
        }
        return joined == null ? first : joined.toString();
    }
}
