package io.polycloud.testing;

import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.server.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns an {@link Answer}, and the fault it meets, into what the server writes: the headers with
 * a {@code Date} from the emulator's clock (clients correct their clock skew from it), the body
 * (a streamed padded one for {@link Fault#oversizedBody}), and the fault's delay, drip and
 * truncation.
 */
final class Replies {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private Replies() {
    }

    static Reply.Send send(Answer answer, Fault fault, Instant now) {
        List<String[]> headers = new ArrayList<>();
        answer.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Date")) {
                headers.add(new String[] {name, value});
            }
        });
        headers.add(new String[] {"Date", HTTP_DATE.format(now)});
        if (fault == null) {
            return Reply.Send.of(answer.status(), headers, answer.body());
        }
        Reply.Body body = fault.kind == Fault.Kind.OVERSIZED ? new PaddedJson(fault.size) : Reply.Body.of(answer.body());
        return new Reply.Send(answer.status(), headers, body, fault.delay, fault.dripInterval, fault.truncated);
    }

    /** {@code {"Padding":"xxx…"}} of an exact size, written in chunks so a gigabyte costs no memory. */
    private record PaddedJson(long length) implements Reply.Body {
        private static final byte[] PREFIX = "{\"Padding\":\"".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] SUFFIX = "\"}".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] CHUNK = new byte[8192];

        static {
            Arrays.fill(CHUNK, (byte) 'x');
        }

        @Override
        public void writeTo(OutputStream out, long count) throws IOException {
            long sent = write(out, PREFIX, PREFIX.length, count);
            for (long padding = length - PREFIX.length - SUFFIX.length; padding > 0 && sent < count; ) {
                int n = (int) Math.min(CHUNK.length, padding);
                sent += write(out, CHUNK, n, count - sent);
                padding -= n;
            }
            write(out, SUFFIX, SUFFIX.length, count - sent);
        }

        private static long write(OutputStream out, byte[] bytes, int length, long budget) throws IOException {
            int n = (int) Math.min(length, Math.max(0, budget));
            out.write(bytes, 0, n);
            return n;
        }
    }
}
