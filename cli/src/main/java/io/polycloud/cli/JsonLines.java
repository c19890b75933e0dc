package io.polycloud.cli;

import io.polycloud.jobs.DeleteResult;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code --output json}: JSON Lines, one object per ref in the order given, so that a result can
 * be read line by line ({@code jq -c}, {@code grep}) as soon as it is printed:
 *
 * <pre>
 * {"ref":"huawei://drs/cn-north-4/p/jobs/j","outcome":"NOT_DELETABLE","code":"DRS.M00304","message":"…","requestId":"…","attempts":1}
 * </pre>
 *
 * Absent values are {@code null}. Strings are escaped as RFC 8259 requires: {@code "} and
 * {@code \}, every control character, and (for JavaScript consumers) U+2028 and U+2029.
 */
final class JsonLines {

    private JsonLines() {
    }

    static void print(DeleteResult r, PrintStream out) {
        StringBuilder line = new StringBuilder(256).append('{');
        field(line, "ref", Optional.of(r.ref().toString())).append(',');
        field(line, "outcome", Optional.of(r.outcome().name())).append(',');
        field(line, "code", r.code()).append(',');
        field(line, "message", r.message()).append(',');
        field(line, "requestId", r.requestId()).append(',');
        line.append("\"attempts\":").append(r.attempts()).append('}');
        out.println(line);
    }

    private static StringBuilder field(StringBuilder out, String name, Optional<String> value) {
        out.append('"').append(name).append("\":");
        return value.isPresent() ? string(out, value.get()) : out.append("null");
    }

    static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !paired(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** A surrogate that is half of a valid pair: written as is, the pair is one character in UTF-8. */
    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
