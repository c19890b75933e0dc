package io.polycloud.core.internal.signing.huawei;

import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.internal.http.PercentEncoding;
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
        return SigningTimestamp.BASIC.format(time);
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
        String date = formatDate(time);
        String token = credentials.securityToken().orElse(null);
        // The signed headers as the request will carry them, gathered without building it first.
        CanonicalHeaders signed = CanonicalHeaders.of(request, SdkHmacSigner::signedFromRequest, false);
        signed.add("x-sdk-date", date);
        if (token != null) {
            signed.add("x-security-token", token);
        }
        String signedHeaders = signed.signedHeaders();
        // Hashed from its builder: signing needs the canonical request's digest, never the String.
        String stringToSign = stringToSign(date,
                canonicalRequestEnd(signed.appendTo(canonicalRequestStart(request)), request, signedHeaders));
        SdkHttpRequest.Builder b = request.toBuilder()
                .removeHeader("Authorization")
                .setHeader("X-Sdk-Date", date);
        if (token != null) {
            b.setHeader("X-Security-Token", token);
        } else {
            b.removeHeader("X-Security-Token");
        }
        return b.addHeader("Authorization", algorithm + " Access=" + credentials.accessKey()
                        + ", SignedHeaders=" + signedHeaders + ", Signature=" + sign(stringToSign, credentials.secretKey()))
                .build();
    }

    /** Whether {@link #sign} signs a header: every one but {@code content-type} and {@code authorization}. */
    private static boolean signs(String lowerCaseName) {
        return !lowerCaseName.equals("content-type") && !lowerCaseName.equals("authorization");
    }

    /** The request's own headers that {@link #sign} signs; the date and token it sets are added after. */
    private static boolean signedFromRequest(String lowerCaseName) {
        return signs(lowerCaseName) && !lowerCaseName.equals("x-sdk-date") && !lowerCaseName.equals("x-security-token");
    }

    /**
     * The headers {@link #sign} signs: {@code host} and every header present except
     * {@code Content-Type} and {@code Authorization}, lower case and sorted.
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
     * {@code host} value is the request's {@code Host} header if it has one, else
     * {@link SdkHttpRequest#hostHeader()}; {@code X-Sdk-Date} must be set.
     *
     * @param request       the request
     * @param signedHeaders header names to sign, any case and order
     * @param secretKey     the SK
     * @return every intermediate value
     */
    public SignatureDetails signature(SdkHttpRequest request, List<String> signedHeaders, String secretKey) {
        List<String> names = new ArrayList<>(signedHeaders);
        names.replaceAll(n -> n.toLowerCase(Locale.ROOT));
        names.sort(null);
        String signedHeaderList = String.join(";", names);
        String canonicalRequest = canonicalRequest(request, names, signedHeaderList).toString();
        String stringToSign = stringToSign(request.headers().first("X-Sdk-Date").orElse(""), canonicalRequest);
        return new SignatureDetails(canonicalRequest, stringToSign, signedHeaderList, sign(stringToSign, secretKey));
    }

    private StringBuilder canonicalRequest(SdkHttpRequest request, List<String> names, String signedHeaderList) {
        StringBuilder canonical = canonicalRequestStart(request);
        for (String name : names) {
            canonical.append(name).append(':').append(headerValue(request, name)).append('\n');
        }
        return canonicalRequestEnd(canonical, request, signedHeaderList);
    }

    private static StringBuilder canonicalRequestStart(SdkHttpRequest request) {
        StringBuilder canonical = CanonicalRequestBuffer.acquire();
        canonical.append(request.method()).append('\n')
                .append(canonicalUri(request.encodedPath())).append('\n');
        return CanonicalQuery.appendTo(canonical, request.queryParameters()).append('\n');
    }

    private StringBuilder canonicalRequestEnd(StringBuilder canonical, SdkHttpRequest request, String signedHeaderList) {
        return canonical.append('\n').append(signedHeaderList).append('\n').append(digest.hexHash(request.body()));
    }

    private String stringToSign(String date, CharSequence canonicalRequest) {
        return algorithm + "\n" + date + "\n" + digest.hexHash(canonicalRequest);
    }

    private String sign(String stringToSign, String secretKey) {
        return DigestAlgorithm.hex(digest.hmac(secretKey, stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every value of the header, as sent, joined by commas; the request's host for {@code host}. */
    private static String headerValue(SdkHttpRequest request, String name) {
        HttpHeaders headers = request.headers();
        String first = null;
        StringBuilder joined = null;
        for (int i = 0; i < headers.size(); i++) {
            if (headers.name(i).equalsIgnoreCase(name)) {
                if (first == null) {
                    first = headers.value(i);
                } else {
                    if (joined == null) {
                        joined = new StringBuilder(first);
                    }
                    joined.append(',').append(headers.value(i));
                }
            }
        }
        if (first == null) {
            return name.equals("host") ? request.hostHeader() : "";
        }
        return joined == null ? first : joined.toString();
    }

    /**
     * The canonical URI of a path: each segment decoded, then encoded once, and a trailing
     * {@code /} added.
     *
     * @param encodedPath the path as sent
     * @return the canonical URI
     */
    public static String canonicalUri(String encodedPath) {
        if (isCanonical(encodedPath)) {
            return encodedPath.endsWith("/") ? encodedPath : encodedPath + "/";
        }
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

    // Unreserved characters and single slashes between segments decode and re-encode to themselves.
    private static boolean isCanonical(String encodedPath) {
        if (!encodedPath.startsWith("/")) {
            return false;
        }
        for (int i = 1; i < encodedPath.length(); i++) {
            char c = encodedPath.charAt(i);
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
            if (!unreserved && !(c == '/' && encodedPath.charAt(i - 1) != '/')) {
                return false;
            }
        }
        return true;
    }
}
