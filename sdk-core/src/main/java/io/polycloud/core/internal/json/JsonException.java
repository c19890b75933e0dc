package io.polycloud.core.internal.json;

/**
 * A document that is not JSON under the reader's rules, breaks one of its limits, or holds a value
 * of another type than the caller asked for. Messages name positions, member names and types but
 * never quote a string's content, so a document carrying secrets cannot leak them through an
 * exception. Unchecked: handlers let it propagate, and the pipeline reports it as an unreadable
 * response that keeps the HTTP status and request id.
 */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;
    private final int line;
    private final int column;

    /**
     * An error about a value rather than a place in a document, such as a missing member.
     *
     * @param message what is wrong, e.g. {@code "missing JobId"}
     */
    public JsonException(String message) {
        super(message);
        this.offset = -1;
        this.line = -1;
        this.column = -1;
    }

    private JsonException(String message, int offset, int line, int column) {
        super(message + " at offset " + offset + " (line " + line + ", column " + column + ")");
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** A syntax or limit error at {@code position} of the document {@code bytes[start, ...)}. */
    static JsonException at(String message, byte[] bytes, int start, int position) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonException(message, position - start, line, position - lineStart + 1);
    }

    /** {@code "RequestId is a NUMBER instead of a string"}. */
    static JsonException wrongType(String what, JsonValue found, JsonValue.Type expected) {
        JsonValue.Type type = found.type();
        String article = type == JsonValue.Type.NULL ? "" : type == JsonValue.Type.OBJECT || type == JsonValue.Type.ARRAY ? "an " : "a ";
        return new JsonException(what + " is " + article + type + " instead of " + expected.phrase());
    }

    /**
     * Where in the document the error is, counted in bytes of UTF-8 from its first byte.
     *
     * @return the offset, or -1 when the error is not about a position
     */
    public int offset() {
        return offset;
    }

    /**
     * The line of {@link #offset()}, from 1.
     *
     * @return the line, or -1 when the error is not about a position
     */
    public int line() {
        return line;
    }

    /**
     * The column of {@link #offset()} in its line, from 1, counted in bytes.
     *
     * @return the column, or -1 when the error is not about a position
     */
    public int column() {
        return column;
    }
}
