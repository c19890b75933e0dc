package io.polycloud.testing.internal.server;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

/**
 * Internal: what the server does with a request's connection: send an answer (possibly late,
 * slowly or cut short), reset the connection, or say nothing for a while. Not part of the public
 * API.
 */
public sealed interface Reply {

    /**
     * An answer.
     *
     * @param status    the HTTP status
     * @param headers   name/value pairs, without {@code Content-Length} and {@code Connection}, which the server writes
     * @param body      the body
     * @param delay     how long to wait before the status line
     * @param drip      the pause after each body byte; null to send the body at once
     * @param truncated send the full {@code Content-Length} (at least one byte) but only half the body, then close
     */
    record Send(int status, List<String[]> headers, Body body, Duration delay, Duration drip, boolean truncated)
            implements Reply {

        /**
         * Copies the header list.
         */
        public Send {
            headers = List.copyOf(headers);
        }

        /**
         * A plain answer: at once, whole.
         *
         * @param status  the HTTP status
         * @param headers name/value pairs
         * @param body    the body bytes
         * @return the reply
         */
        public static Send of(int status, List<String[]> headers, byte[] body) {
            return new Send(status, headers, Body.of(body), Duration.ZERO, null, false);
        }
    }

    /** Closes the connection with a TCP reset (RST) instead of answering. */
    record Reset() implements Reply {
    }

    /**
     * Sends nothing until the client closes the connection, the server closes, or {@code limit}
     * has passed; then closes the connection.
     *
     * @param limit the longest wait
     */
    record Stall(Duration limit) implements Reply {
    }

    /** A response body the server streams, so a gigabyte needs no gigabyte of memory. */
    interface Body {

        /**
         * The full length, sent as {@code Content-Length}.
         *
         * @return the length in bytes
         */
        long length();

        /**
         * Writes the first {@code count} bytes of the body.
         *
         * @param out   where to
         * @param count how many, at most {@link #length()}
         * @throws IOException if the connection fails
         */
        void writeTo(OutputStream out, long count) throws IOException;

        /**
         * A body of bytes held in memory.
         *
         * @param bytes the bytes (not copied)
         * @return the body
         */
        static Body of(byte[] bytes) {
            return new Body() {
                @Override
                public long length() {
                    return bytes.length;
                }

                @Override
                public void writeTo(OutputStream out, long count) throws IOException {
                    out.write(bytes, 0, (int) count);
                }
            };
        }
    }
}
