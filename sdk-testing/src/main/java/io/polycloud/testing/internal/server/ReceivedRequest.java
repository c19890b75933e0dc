package io.polycloud.testing.internal.server;

import io.polycloud.core.http.HttpHeaders;

/**
 * Internal: one request as it came off the wire, framing removed: the body is whole, whether it
 * was sent with {@code Content-Length} or chunked. Not part of the public API.
 *
 * @param method  the method, as sent
 * @param target  the request target, {@code /path?query}, as sent
 * @param http10  whether the request line said {@code HTTP/1.0}
 * @param headers the headers, names in the case sent, in order
 * @param body    the body, empty if none
 */
public record ReceivedRequest(String method, String target, boolean http10, HttpHeaders headers, byte[] body) {

    /**
     * Whether the client lets the connection stay open after the answer: HTTP/1.1 unless it says
     * {@code Connection: close}, HTTP/1.0 only if it says {@code Connection: keep-alive}.
     *
     * @return true to keep the connection
     */
    public boolean keepAlive() {
        boolean close = false;
        boolean keepAlive = false;
        for (String value : headers.all("Connection")) {
            for (String option : value.split(",")) {
                close |= option.trim().equalsIgnoreCase("close");
                keepAlive |= option.trim().equalsIgnoreCase("keep-alive");
            }
        }
        return !close && (!http10 || keepAlive);
    }
}
