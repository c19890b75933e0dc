package io.polycloud.testing.internal;

import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.http.SdkHttpRequest;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;

/**
 * Internal: a received request rebuilt as an {@link SdkHttpRequest}, so that the core signers'
 * {@code signature(...)} methods compute over it exactly what the client signed. Not part of
 * the public API.
 *
 * <p>The path is re-encoded segment by segment with the signers' percent-encoding (what both
 * clouds' canonical URIs are made of); the query is the decoded query string; only the named
 * headers are copied, with {@code host} taken from the {@code Host} header as received.
 */
public final class SignableRequest {

    private static final URI PLACEHOLDER = URI.create("http://emulator.invalid");

    private SignableRequest() {
    }

    /**
     * Rebuilds a request.
     *
     * @param request the request as received
     * @param headers the header names to copy (any case); {@code host} is always set
     * @return the request as the signers see it
     * @throws io.polycloud.core.exception.SdkClientException if a copied header value is not printable ASCII
     */
    public static SdkHttpRequest of(IncomingRequest request, Collection<String> headers) {
        SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(request.method()).endpoint(PLACEHOLDER);
        for (String segment : request.pathSegments()) {
            b.appendPathSegment(segment);
        }
        for (QueryParameter p : request.queryParameters()) {
            b.addQueryParameter(p.name(), p.value());
        }
        b.setHeader("host", request.host());
        for (String name : headers) {
            if (!name.toLowerCase(Locale.ROOT).equals("host")) {
                b.removeHeader(name);
                for (String value : request.headers().all(name)) {
                    b.addHeader(name.toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return b.body(request.body()).build();
    }

    /**
     * Compares two signatures in constant time, so the comparison does not reveal how many
     * leading characters of a forged signature were right.
     *
     * @param expected the emulator's
     * @param received the client's
     * @return whether they are the same
     */
    public static boolean sameSignature(String expected, String received) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
    }
}
