package io.polycloud.core.signing.huawei;

import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.http.PercentEncoding;
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
import java.util.TreeSet;

/**
 * Huawei Cloud's AK/SK signature, {@code SDK-HMAC-SHA256} and {@code SDK-HMAC-SM3}, as the
 * official signer applies it.
 *
 * <pre>
 * CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(hash(body))
 * StringToSign     = ALGORITHM \n X-Sdk-Date \n hex(hash(CanonicalRequest))
 * Signature        = hex(HMAC(SK, StringToSign))
 * Authorization    = ALGORITHM Access=AK, SignedHeaders=a;b, Signature=hex
 * </pre>
 *
 * Canonical URI: each path segment decoded and re-encoded once, plus a trailing {@code /}.
 * Signed headers: {@code host} and every header on the request except {@code Content-Type}
 * (names lower-cased and sorted, values not trimmed). Headers a transport adds after signing
 * ({@code Accept-Encoding}, {@code Connection}, {@code Content-Length}) are not signed.
 */
public final class SdkHmacSigner {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final SdkHmacSigner SHA256 = new SdkHmacSigner("SDK-HMAC-SHA256", DigestAlgorithm.SHA256);
    private static final SdkHmacSigner SM3 = new SdkHmacSigner("SDK-HMAC-SM3", DigestAlgorithm.SM3);

    private final String algorithm;
    private final DigestAlgorithm digest;

    private SdkHmacSigner(String algorithm, DigestAlgorithm digest) {
        this.algorithm = algorithm;
        this.digest = digest;
    }

    /**
     * The {@code SDK-HMAC-SHA256} signer.
     *
     * @return the signer
     */
    public static SdkHmacSigner hmacSha256() {
        return SHA256;
    }

    /**
     * The {@code SDK-HMAC-SM3} signer; needs BouncyCastle.
     *
     * @return the signer
     */
    public static SdkHmacSigner hmacSm3() {
        return SM3;
    }

    /**
     * The algorithm name as it appears in the {@code Authorization} header.
     *
     * @return for example {@code SDK-HMAC-SHA256}
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * Formats a signing time as {@code X-Sdk-Date} wants it.
     *
     * @param time the instant
     * @return {@code yyyyMMdd'T'HHmmss'Z'} in UTC
     */
    public static String formatDate(Instant time) {
        return DATE.format(time);
    }

    /**
     * Signs a request: sets {@code X-Sdk-Date}, {@code X-Security-Token} (temporary
     * credentials) and {@code Authorization}. Every other header must already be set.
     *
     * @param request     the request
     * @param credentials the keys
     * @param time        the signing time
     * @return the signed request
     */
    public SdkHttpRequest sign(SdkHttpRequest request, HuaweiCredentials credentials, Instant time) {
        SdkHttpRequest.Builder b = request.toBuilder()
                .removeHeader("Authorization")
                .setHeader("X-Sdk-Date", formatDate(time));
        credentials.securityToken().ifPresentOrElse(
                token -> b.setHeader("X-Security-Token", token),
                () -> b.removeHeader("X-Security-Token"));
        SdkHttpRequest withHeaders = b.build();
        SignatureDetails details = signature(withHeaders, defaultSignedHeaders(withHeaders), credentials.secretKey());
        return withHeaders.toBuilder()
                .setHeader("Authorization", algorithm + " Access=" + credentials.accessKey()
                        + ", SignedHeaders=" + details.signedHeaders() + ", Signature=" + details.signature())
                .build();
    }

    /**
     * The headers {@link #sign} signs: {@code host} and every header present except
     * {@code Content-Type} and {@code Authorization}, lower case and sorted.
     *
     * @param request the request
     * @return the names
     */
    public List<String> defaultSignedHeaders(SdkHttpRequest request) {
        TreeSet<String> names = new TreeSet<>();
        names.add("host");
        for (String name : request.headers().names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("content-type") && !lower.equals("authorization")) {
                names.add(lower);
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Computes the signature of a request over the given headers, without changing it. The
     * {@code host} value is the request's {@code Host} header if it has one, else
     * {@link SdkHttpRequest#hostHeader()}; {@code X-Sdk-Date} must be set.
     *
     * @param request       the request
     * @param signedHeaders lower-case header names to sign
     * @param secretKey     the SK
     * @return every intermediate value
     */
    public SignatureDetails signature(SdkHttpRequest request, List<String> signedHeaders, String secretKey) {
        List<String> names = new ArrayList<>(signedHeaders);
        names.replaceAll(n -> n.toLowerCase(Locale.ROOT));
        names.sort(null);
        StringBuilder canonical = new StringBuilder(512);
        canonical.append(request.method()).append('\n')
                .append(canonicalUri(request.encodedPath())).append('\n')
                .append(CanonicalQuery.of(request.queryParameters())).append('\n');
        for (String name : names) {
            String value = name.equals("host")
                    ? request.headers().first("host").orElse(request.hostHeader())
                    : String.join(",", request.headers().all(name));
            canonical.append(name).append(':').append(value).append('\n');
        }
        String signedHeaderList = String.join(";", names);
        canonical.append('\n').append(signedHeaderList).append('\n').append(digest.hexHash(request.body()));
        String canonicalRequest = canonical.toString();
        String date = request.headers().first("X-Sdk-Date").orElse("");
        String stringToSign = algorithm + "\n" + date + "\n" + digest.hexHash(canonicalRequest);
        String signature = DigestAlgorithm.hex(digest.hmac(secretKey.getBytes(StandardCharsets.UTF_8),
                stringToSign.getBytes(StandardCharsets.UTF_8)));
        return new SignatureDetails(canonicalRequest, stringToSign, signedHeaderList, signature);
    }

    /**
     * The canonical URI of a path: each segment decoded, then encoded once, and a trailing
     * {@code /} added.
     *
     * @param encodedPath the path as sent
     * @return the canonical URI
     */
    public static String canonicalUri(String encodedPath) {
        StringBuilder sb = new StringBuilder(encodedPath.length() + 1);
        int start = encodedPath.startsWith("/") ? 1 : 0;
        sb.append('/');
        while (start < encodedPath.length()) {
            int slash = encodedPath.indexOf('/', start);
            int end = slash < 0 ? encodedPath.length() : slash;
            sb.append(PercentEncoding.encode(PercentEncoding.decode(encodedPath.substring(start, end))));
            sb.append('/');
            start = end + 1;
        }
        return sb.toString();
    }
}
