package io.polycloud.core.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP response as the transport read it: status, headers and a bounded body. Immutable.
 *
 * <p>Transports read at most a configured number of body bytes; when the server sent more,
 * {@link #bodyTruncated()} is true and the body holds the first bytes only, so a hostile or
 * broken server cannot exhaust memory.
 */
public final class SdkHttpResponse {

    private final int statusCode;
    private final HttpHeaders headers;
    private final byte[] body;
    private final boolean bodyTruncated;

    private SdkHttpResponse(int statusCode, HttpHeaders headers, byte[] body, boolean bodyTruncated) {
        this.statusCode = statusCode;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
        this.bodyTruncated = bodyTruncated;
    }

    /**
     * Creates a response.
     *
     * @param statusCode    the HTTP status
     * @param headers       the headers
     * @param body          the body bytes, not copied: the caller hands them over
     * @param bodyTruncated whether the server sent more than {@code body}
     * @return the response
     */
    public static SdkHttpResponse of(int statusCode, HttpHeaders headers, byte[] body, boolean bodyTruncated) {
        if (statusCode < 100 || statusCode > 999) {
            throw new IllegalArgumentException("statusCode must be 100..999, was " + statusCode);
        }
        return new SdkHttpResponse(statusCode, headers, body, bodyTruncated);
    }

    /**
     * The HTTP status.
     *
     * @return the status code
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Whether the status is 2xx.
     *
     * @return true for success
     */
    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }

    /**
     * The headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The first value of a header, name matched case-insensitively.
     *
     * @param name the header name
     * @return the value, empty if absent
     */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /**
     * The body bytes read; a copy.
     *
     * @return the body, empty when there was none
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body decoded as UTF-8 (malformed sequences replaced).
     *
     * @return the body text
     */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Body length read, in bytes.
     *
     * @return the length
     */
    public int bodyLength() {
        return body.length;
    }

    /**
     * Whether the server sent more body than the transport was willing to read.
     *
     * @return true if {@link #body()} is only a prefix
     */
    public boolean bodyTruncated() {
        return bodyTruncated;
    }

    @Override
    public String toString() {
        return "HTTP " + statusCode + " " + headers + " body=" + body.length + " bytes" + (bodyTruncated ? " (truncated)" : "");
    }
}
