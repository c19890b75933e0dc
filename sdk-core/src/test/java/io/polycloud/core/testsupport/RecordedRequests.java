package io.polycloud.core.testsupport;

import io.polycloud.core.internal.http.PercentEncoding;
import io.polycloud.core.http.SdkHttpRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import mockwebserver3.RecordedRequest;

/**
 * Turns what a {@link mockwebserver3.MockWebServer} received back into an {@link SdkHttpRequest},
 * so a test can recompute a signature from the bytes on the wire (path as sent, every header as
 * received, {@code Host} included) with a signer's pure {@code signature(...)} method. Shared by
 * the service modules' wire tests through sdk-core's test-jar.
 */
public final class RecordedRequests {

    private RecordedRequests() {
    }

    /**
     * The received request.
     *
     * @param recorded what the server received
     * @return method, URL, query, headers and body as received
     */
    public static SdkHttpRequest toSdkHttpRequest(RecordedRequest recorded) {
        SdkHttpRequest.Builder b = SdkHttpRequest.builder()
                .method(recorded.getMethod())
                .endpoint(URI.create(recorded.getUrl().scheme() + "://" + recorded.getUrl().host() + ":" + recorded.getUrl().port()));
        String target = recorded.getTarget();
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        for (String segment : path.substring(1).split("/", -1)) {
            // Re-encoding each segment the way the signers canonicalise it keeps the path's meaning.
            b.appendEncodedPath("/" + PercentEncoding.encode(PercentEncoding.decode(segment)));
        }
        if (q >= 0 && q + 1 < target.length()) {
            for (String pair : target.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                b.addQueryParameter(PercentEncoding.decode(eq < 0 ? pair : pair.substring(0, eq)),
                        eq < 0 ? "" : PercentEncoding.decode(pair.substring(eq + 1)));
            }
        }
        recorded.getHeaders().forEach(h -> b.addHeader(h.getFirst(), h.getSecond()));
        if (recorded.getBody() != null && recorded.getBody().size() > 0) {
            b.body(recorded.getBody().toByteArray());
        }
        return b.build();
    }

    /**
     * The names of the headers received, lower case and sorted, for asserting that nothing
     * unexpected was sent.
     *
     * @param recorded what the server received
     * @return the names
     */
    public static Set<String> headerNames(RecordedRequest recorded) {
        Set<String> names = new TreeSet<>();
        recorded.getHeaders().names().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        return names;
    }
}
