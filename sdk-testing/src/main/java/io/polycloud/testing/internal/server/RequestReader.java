package io.polycloud.testing.internal.server;

import io.polycloud.core.http.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Internal: reads HTTP/1.1 requests off a connection, strictly enough that a request is never
 * misread (RFC 9112): one request line, {@code name: value} headers, and a body framed by
 * {@code Transfer-Encoding: chunked} or one {@code Content-Length}, never both. What it cannot
 * read is a {@link RequestRejected}: 400 for bad framing or a head over the limit, 413 for a body
 * over the limit. Not part of the public API.
 */
final class RequestReader {

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADERS = 256;
    /** Empty lines tolerated before a request line (RFC 9112 §2.2: robustness after a body's stray CRLF). */
    private static final int MAX_LEADING_EMPTY_LINES = 4;

    private final InputStream in;
    private final OutputStream out;
    private final int maxHeadBytes;
    private final long maxBodyBytes;
    private int headBytes;

    RequestReader(InputStream in, OutputStream out, int maxHeadBytes, long maxBodyBytes) {
        this.in = in;
        this.out = out;
        this.maxHeadBytes = maxHeadBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Reads the next request.
     *
     * @return the request; null if the client closed the connection between requests
     * @throws RequestRejected if the request cannot be served
     * @throws IOException     if the connection fails or closes mid-request
     */
    ReceivedRequest next() throws IOException, RequestRejected {
        headBytes = 0;
        String requestLine = line(true);
        for (int i = 0; requestLine != null && requestLine.isEmpty() && i < MAX_LEADING_EMPTY_LINES; i++) {
            requestLine = line(true);
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
            throw RequestRejected.malformed("the request line is not 'METHOD target HTTP/1.1'");
        }
        boolean http10 = switch (parts[2]) {
            case "HTTP/1.1" -> false;
            case "HTTP/1.0" -> true;
            default -> throw RequestRejected.malformed("the HTTP version must be HTTP/1.1 or HTTP/1.0");
        };
        String target = originForm(parts[1]);
        HttpHeaders headers = headers();
        byte[] body = body(headers, http10);
        return new ReceivedRequest(parts[0], target, http10, headers, body);
    }

    private HttpHeaders headers() throws IOException, RequestRejected {
        HttpHeaders.Builder b = HttpHeaders.builder();
        int count = 0;
        for (String line = line(false); !line.isEmpty(); line = line(false)) {
            if (++count > MAX_HEADERS) {
                throw RequestRejected.malformed("more than " + MAX_HEADERS + " headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.substring(0, colon))) {
                // Also a folded line (starting with a space) and a space before the colon: both are refused by RFC 9112.
                throw RequestRejected.malformed("a header line is not 'name: value'");
            }
            String value = line.substring(colon + 1).strip();
            if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                throw RequestRejected.malformed("the value of header " + line.substring(0, colon) + " holds a control character");
            }
            b.addReceived(line.substring(0, colon), value);
        }
        return b.build();
    }

    private byte[] body(HttpHeaders headers, boolean http10) throws IOException, RequestRejected {
        List<String> transferEncodings = headers.all("Transfer-Encoding");
        List<String> contentLengths = headers.all("Content-Length");
        if (!transferEncodings.isEmpty()) {
            if (!contentLengths.isEmpty()) {
                throw RequestRejected.malformed("a request may not carry both Transfer-Encoding and Content-Length");
            }
            if (http10 || !String.join(",", transferEncodings).strip().equalsIgnoreCase("chunked")) {
                throw RequestRejected.malformed("the only transfer coding accepted is chunked, on HTTP/1.1");
            }
            continueIfExpected(headers);
            return chunked();
        }
        long length = contentLength(contentLengths);
        if (length > maxBodyBytes) {
            throw tooLarge();
        }
        if (length > 0) {
            continueIfExpected(headers);
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new IOException("the connection closed mid-body");
        }
        return body;
    }

    /** One {@code Content-Length}, or several equal ones (RFC 9110 §8.6); no sign, no spaces inside. */
    private static long contentLength(List<String> values) throws RequestRejected {
        long length = -1;
        for (String value : values) {
            for (String item : value.split(",", -1)) {
                String digits = item.strip();
                if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw RequestRejected.malformed("Content-Length is not a number: '" + printable(value) + "'");
                }
                // 18 digits cannot overflow a long; anything longer is over every limit anyway.
                long parsed = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
                if (length >= 0 && parsed != length) {
                    throw RequestRejected.malformed("the request carries different Content-Length values");
                }
                length = parsed;
            }
        }
        return Math.max(length, 0);
    }

    private byte[] chunked() throws IOException, RequestRejected {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            // Each chunk-size line is bounded on its own, not counted against the request head.
            headBytes = 0;
            String sizeLine = line(false);
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
            if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw RequestRejected.malformed("a chunk size is not a hexadecimal number: '" + printable(sizeLine) + "'");
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                break;
            }
            if (body.size() + size > maxBodyBytes) {
                throw tooLarge();
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length < size) {
                throw new IOException("the connection closed mid-chunk");
            }
            body.write(chunk);
            if (in.read() != '\r' || in.read() != '\n') {
                throw RequestRejected.malformed("a chunk is not followed by CRLF");
            }
        }
        // Trailer fields are read and dropped: nothing the emulator checks travels in them.
        headBytes = 0;
        for (String trailer = line(false); !trailer.isEmpty(); trailer = line(false)) {
            if (trailer.indexOf(':') <= 0) {
                throw RequestRejected.malformed("a trailer line is not 'name: value'");
            }
        }
        return body.toByteArray();
    }

    private void continueIfExpected(HttpHeaders headers) throws IOException {
        if (headers.first("Expect").filter(v -> v.equalsIgnoreCase("100-continue")).isPresent()) {
            out.write(CONTINUE);
            out.flush();
        }
    }

    private RequestRejected tooLarge() {
        return new RequestRejected(413, "the request body is larger than " + maxBodyBytes + " bytes");
    }

    /**
     * One line, without its CRLF (a bare LF is accepted too), decoded as UTF-8 so a raw non-ASCII
     * target arrives as the client meant it.
     *
     * @param first whether a clean end of stream here means "no more requests"
     * @return the line; null at a clean end of stream when {@code first}
     */
    private String line(boolean first) throws IOException, RequestRejected {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                if (first && line.size() == 0) {
                    return null;
                }
                throw new IOException("the connection closed mid-line");
            }
            if (++headBytes > maxHeadBytes) {
                throw RequestRejected.malformed("the request line and headers are larger than " + maxHeadBytes + " bytes");
            }
            line.write(c);
        }
        headBytes++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\r' || bytes[i] == 0) {
                throw RequestRejected.malformed("a bare CR or NUL in the request head");
            }
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** The path and query of a target; an absolute-form target (as sent to a proxy) loses its scheme and authority. */
    private static String originForm(String target) throws RequestRejected {
        String lower = target.toLowerCase(Locale.ROOT);
        String result = target;
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            result = slash < 0 ? "/" : target.substring(slash);
        }
        if (!result.startsWith("/") || result.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            throw RequestRejected.malformed("the request target must be a path like /v5/p/jobs/1, without spaces");
        }
        return result;
    }

    /** An RFC 9110 token: a method or a header name. */
    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Text from a request, safe to echo in an answer: at most 40 printable ASCII characters. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 40; i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return sb.toString();
    }
}
