package io.polycloud.testing.internal.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Internal: writes an answer on a connection, with the effects a fault asks for: a delay before
 * the status line, one body byte per drip interval, or half the body under the full
 * {@code Content-Length}. Waits end early when the server closes. Not part of the public API.
 */
final class ReplyWriter {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(204, "No Content"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"), Map.entry(413, "Content Too Large"), Map.entry(422, "Unprocessable Content"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    /** Sleeps that the server's close cuts short. */
    interface Waiter {
        /**
         * Waits.
         *
         * @return false if the server closed meanwhile
         */
        boolean await(Duration duration);
    }

    private ReplyWriter() {
    }

    /**
     * Writes an answer.
     *
     * @param out       the connection
     * @param send      the answer
     * @param close     whether the connection closes after it ({@code Connection: close} is sent)
     * @param headOnly  whether the request was HEAD (no body follows the headers)
     * @param waiter    how to wait for delays and drips
     * @return false if the server closed while waiting; the connection must then close
     * @throws IOException if the client went away
     */
    static boolean write(OutputStream out, Reply.Send send, boolean close, boolean headOnly, Waiter waiter)
            throws IOException {
        if (!send.delay().isZero() && !waiter.await(send.delay())) {
            return false;
        }
        int status = send.status();
        boolean bodyAllowed = status >= 200 && status != 204 && status != 304;
        long length = send.body().length();
        long declared = send.truncated() ? Math.max(length, 1) : length;
        StringBuilder head = new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "Unknown")).append("\r\n");
        for (String[] h : send.headers()) {
            head.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        if (bodyAllowed) {
            head.append("Content-Length: ").append(declared).append("\r\n");
        }
        if (close || send.truncated()) {
            head.append("Connection: close\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        if (bodyAllowed && !headOnly) {
            long toSend = send.truncated() ? length / 2 : length;
            if (send.drip() == null) {
                send.body().writeTo(out, toSend);
            } else {
                out.flush();
                DrippingOutput dripping = new DrippingOutput(out, send.drip(), waiter);
                send.body().writeTo(dripping, toSend);
                if (dripping.interrupted) {
                    return false;
                }
            }
        }
        out.flush();
        return true;
    }

    /** Passes on one byte per interval, flushing each. */
    private static final class DrippingOutput extends OutputStream {
        private final OutputStream out;
        private final Duration interval;
        private final Waiter waiter;
        private boolean interrupted;

        DrippingOutput(OutputStream out, Duration interval, Waiter waiter) {
            this.out = out;
            this.interval = interval;
            this.waiter = waiter;
        }

        @Override
        public void write(int b) throws IOException {
            if (interrupted) {
                return;
            }
            out.write(b);
            out.flush();
            if (!waiter.await(interval)) {
                interrupted = true;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len && !interrupted; i++) {
                write(b[off + i]);
            }
        }
    }
}
