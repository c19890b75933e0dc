package io.polycloud.testing;

import io.polycloud.testing.internal.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;

/**
 * Turns an {@link Answer} and the fault it meets into what MockWebServer writes on the socket.
 * The only place, with {@link EmulatorDispatcher}, that knows MockWebServer.
 */
final class MockResponses {

    private MockResponses() {
    }

    /** Closes the connection without a byte of answer. */
    static MockResponse noAnswer() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    /**
     * The answer, with a {@code Date} header from the emulator's clock (clients correct their
     * clock skew from it), shaped by the fault if there is one.
     */
    static MockResponse of(Answer answer, Fault fault, Instant now) {
        MockResponse.Builder b = new MockResponse.Builder().code(answer.status());
        answer.headers().forEach(b::addHeader);
        b.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atZone(ZoneOffset.UTC)));
        boolean truncated = fault != null && fault.truncated;
        MockResponseBody body = fault != null && fault.kind == Fault.Kind.OVERSIZED
                ? new PaddedJsonBody(fault.size, truncated)
                : new BytesBody(answer.body(), truncated);
        if (body.getContentLength() > 0) {
            b.body(body);
        }
        if (truncated) {
            b.onResponseEnd(new SocketEffect.CloseSocket());
        }
        if (fault != null && !fault.delay.isZero()) {
            b.headersDelay(fault.delay.toNanos(), TimeUnit.NANOSECONDS);
        }
        if (fault != null && fault.dripInterval != null) {
            b.throttleBody(1, fault.dripInterval.toNanos(), TimeUnit.NANOSECONDS);
        }
        return b.build();
    }

    /**
     * A body of bytes; truncated, it declares its full length (at least one byte) and sends the
     * first half.
     */
    private static final class BytesBody implements MockResponseBody {
        private final byte[] bytes;
        private final boolean truncated;

        BytesBody(byte[] bytes, boolean truncated) {
            this.bytes = bytes;
            this.truncated = truncated;
        }

        @Override
        public long getContentLength() {
            return truncated ? Math.max(bytes.length, 1) : bytes.length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(bytes, 0, truncated ? bytes.length / 2 : bytes.length);
            // MockWebServer flushes only headers; its own bodies get out through shared segments.
            sink.flush();
        }
    }

    /**
     * {@code {"Padding":"xxx…"}} of an exact size, streamed in chunks so a gigabyte costs no
     * memory.
     */
    private static final class PaddedJsonBody implements MockResponseBody {
        private static final byte[] PREFIX = "{\"Padding\":\"".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] SUFFIX = "\"}".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] CHUNK = new byte[8192];

        static {
            Arrays.fill(CHUNK, (byte) 'x');
        }

        private final long size;
        private final boolean truncated;

        PaddedJsonBody(long size, boolean truncated) {
            this.size = size;
            this.truncated = truncated;
        }

        @Override
        public long getContentLength() {
            return size;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            long toSend = truncated ? size / 2 : size;
            long padding = size - PREFIX.length - SUFFIX.length;
            long sent = write(sink, PREFIX, PREFIX.length, toSend);
            while (padding > 0 && sent < toSend) {
                int n = (int) Math.min(CHUNK.length, padding);
                sent += write(sink, CHUNK, n, toSend - sent);
                padding -= n;
            }
            write(sink, SUFFIX, SUFFIX.length, toSend - sent);
            sink.flush();
        }

        private static long write(BufferedSink sink, byte[] bytes, int length, long budget) throws IOException {
            int n = (int) Math.min(length, Math.max(0, budget));
            sink.write(bytes, 0, n);
            return n;
        }
    }
}
