package io.polycloud.core.internal.protocol;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.SdkHttpResponse;
import java.nio.charset.StandardCharsets;

/** Error responses as a transport hands them to the parsers, and the awkward bodies clouds and proxies send. */
public final class ErrorResponses {

    /** What a load balancer in front of the API answers with. */
    public static final String HTML = "<html><head><title>502 Bad Gateway</title></head>"
            + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>Tengine</center></body></html>";

    private ErrorResponses() {
    }

    /** A complete response with one header. */
    public static SdkHttpResponse response(int status, String headerName, String headerValue, String body) {
        return response(status, headerName, headerValue, body.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A response as read by a transport that may have cut the body. */
    public static SdkHttpResponse response(int status, String headerName, String headerValue, byte[] body, boolean truncated) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        if (headerName != null) {
            headers.add(headerName, headerValue);
        }
        return SdkHttpResponse.of(status, headers.build(), body, truncated);
    }

    /** {@code prefix} followed by filler up to more than 1 MiB: an error body no client should read whole. */
    public static String oversized(String prefix) {
        return prefix + "x".repeat(1024 * 1024 + 512) + "\"}";
    }
}
