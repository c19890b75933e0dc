package io.polycloud.core.signing.aliyun;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.signing.CanonicalQuery;
import io.polycloud.core.signing.DigestAlgorithm;
import io.polycloud.core.signing.SignatureDetails;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

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

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
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
        return DATE.format(time);
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
        byte[] body = request.body();
        SdkHttpRequest.Builder b = request.toBuilder()
                .setHeader("x-acs-date", formatDate(time))
                .setHeader("x-acs-signature-nonce", nonce)
                .setHeader("x-acs-content-sha256", digest.hexHash(body))
                .removeHeader("Authorization");
        credentials.securityToken().ifPresentOrElse(
                token -> b.setHeader("x-acs-security-token", token),
                () -> b.removeHeader("x-acs-security-token"));
        SdkHttpRequest withHeaders = b.build();
        SignatureDetails details = signature(withHeaders, defaultSignedHeaders(withHeaders), credentials.accessKeySecret());
        return withHeaders.toBuilder()
                .setHeader("Authorization", algorithm + " Credential=" + credentials.accessKeyId()
                        + ",SignedHeaders=" + details.signedHeaders() + ",Signature=" + details.signature())
                .build();
    }

    /**
     * The headers signed by {@link #sign}: {@code host}, {@code content-type} if present and
     * every {@code x-acs-*} header, lower case and sorted.
     *
     * @param request the request
     * @return the names
     */
    public List<String> defaultSignedHeaders(SdkHttpRequest request) {
        TreeMap<String, Boolean> names = new TreeMap<>();
        names.put("host", true);
        for (String name : request.headers().names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-acs-") || lower.equals("content-type")) {
                names.put(lower, true);
            }
        }
        return new ArrayList<>(names.keySet());
    }

    /**
     * Computes the signature of a request over the given headers, without changing it. The
     * payload hash is computed from the body. The {@code host} value is the request's
     * {@code Host} header if it has one, else {@link SdkHttpRequest#hostHeader()}.
     *
     * @param request         the request with every header to be signed already set
     * @param signedHeaders   lower-case header names to sign
     * @param accessKeySecret the secret
     * @return every intermediate value
     */
    public SignatureDetails signature(SdkHttpRequest request, List<String> signedHeaders, String accessKeySecret) {
        List<String> names = new ArrayList<>(signedHeaders);
        names.replaceAll(n -> n.toLowerCase(Locale.ROOT));
        names.sort(null);
        StringBuilder canonical = new StringBuilder(512);
        canonical.append(request.method()).append('\n')
                .append(request.encodedPath()).append('\n')
                .append(CanonicalQuery.of(request.queryParameters())).append('\n');
        for (String name : names) {
            canonical.append(name).append(':').append(headerValue(request, name).trim()).append('\n');
        }
        String signedHeaderList = String.join(";", names);
        canonical.append('\n').append(signedHeaderList).append('\n').append(digest.hexHash(request.body()));
        String canonicalRequest = canonical.toString();
        String stringToSign = algorithm + "\n" + digest.hexHash(canonicalRequest);
        String signature = DigestAlgorithm.hex(digest.hmac(accessKeySecret.getBytes(StandardCharsets.UTF_8),
                stringToSign.getBytes(StandardCharsets.UTF_8)));
        return new SignatureDetails(canonicalRequest, stringToSign, signedHeaderList, signature);
    }

    private static String headerValue(SdkHttpRequest request, String name) {
        if (name.equals("host")) {
            return request.headers().first("host").orElse(request.hostHeader());
        }
        List<String> values = request.headers().all(name);
        if (values.size() == 1) {
            return values.get(0);
        }
        List<String> trimmed = new ArrayList<>(values.size());
        values.forEach(v -> trimmed.add(v.trim()));
        return String.join(",", trimmed);
    }
}
