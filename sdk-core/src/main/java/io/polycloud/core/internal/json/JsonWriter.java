package io.polycloud.core.internal.json;

import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link JsonValue} tree as RFC 8259 text that {@link JsonReader#strict()} reads back
 * to an equal tree. Immutable and thread-safe.
 *
 * <p>Escaping: {@code "} and {@code \} get a backslash; control characters U+0000 to U+001F use
 * {@code \b \t \n \f \r} or {@code \}{@code u00XX}; unpaired surrogates, which UTF-8 cannot carry,
 * are written as {@code \}{@code uXXXX} escapes so they survive the round trip. Every other
 * character, surrogate pairs (non-BMP) included, is written as itself; {@link #writeUtf8} encodes
 * it as UTF-8.
 *
 * <pre>{@code
 * JsonWriter.compact().write(JsonObject.builder().put("RequestId", "r-1").build())  // {"RequestId":"r-1"}
 * }</pre>
 */
public final class JsonWriter {

    private static final JsonWriter COMPACT = new JsonWriter(false);
    private static final JsonWriter PRETTY = new JsonWriter(true);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final boolean pretty;

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /**
     * The writer without any whitespace: {@code {"a":[1,2]}}.
     *
     * @return the writer
     */
    public static JsonWriter compact() {
        return COMPACT;
    }

    /**
     * The writer for people: one member or element per line, indented by two spaces, a space
     * after each colon; empty containers stay {@code {}} and {@code []}.
     *
     * @return the writer
     */
    public static JsonWriter pretty() {
        return PRETTY;
    }

    /**
     * The JSON text of a value.
     *
     * @param value the value
     * @return the text
     */
    public String write(JsonValue value) {
        StringBuilder out = new StringBuilder(64);
        write(value, out);
        return out.toString();
    }

    /**
     * The JSON text of a value, encoded as UTF-8.
     *
     * @param value the value
     * @return the bytes
     */
    public byte[] writeUtf8(JsonValue value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Appends the JSON text of a value.
     *
     * @param value the value
     * @param out   where to append it
     */
    public void write(JsonValue value, StringBuilder out) {
        write(value, out, 0);
    }

    // Recursion is safe: trees are at most JsonValue.MAX_DEPTH deep.
    private void write(JsonValue value, StringBuilder out, int indent) {
        if (value instanceof JsonString s) {
            string(s.value(), out);
        } else if (value instanceof JsonObject o) {
            if (o.size() == 0) {
                out.append("{}");
                return;
            }
            out.append('{');
            for (int i = 0; i < o.size(); i++) {
                separate(i, out, indent + 1);
                string(o.nameAt(i), out);
                out.append(pretty ? ": " : ":");
                write(o.valueAt(i), out, indent + 1);
            }
            newLine(out, indent);
            out.append('}');
        } else if (value instanceof JsonArray a) {
            if (a.size() == 0) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < a.size(); i++) {
                separate(i, out, indent + 1);
                write(a.get(i), out, indent + 1);
            }
            newLine(out, indent);
            out.append(']');
        } else {
            out.append(value); // numbers, booleans and null print as their JSON text
        }
    }

    private void separate(int i, StringBuilder out, int indent) {
        if (i > 0) {
            out.append(',');
        }
        newLine(out, indent);
    }

    private void newLine(StringBuilder out, int indent) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < indent; i++) {
                out.append("  ");
            }
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
            }
        }
        out.append(s, plain, s.length()).append('"');
    }
}
