package io.polycloud.core.internal.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads a JSON document into a {@link JsonValue} tree. Immutable and thread-safe; keep one in a
 * constant.
 *
 * <h2>Grammar</h2>
 * The {@linkplain #strict() strict} reader accepts exactly RFC 8259 JSON text: one value, with
 * optional whitespace (space, tab, CR, LF) around it and nothing after it, plus a leading UTF-8
 * byte order mark, which RFC 8259 lets a reader skip. Beyond the RFC it rejects duplicate member
 * names (RFC 8259 leaves their meaning open, and a reader that picks one invites smuggling).
 *
 * <p>The {@linkplain #lenient() lenient} reader also accepts what the clouds' own documentation
 * examples and hand-written error bodies contain:
 * <ul>
 *   <li>strings and member names in single quotes ({@code 'x'}, inside which {@code "} needs no
 *       escape), and the escape {@code \'} in any string;</li>
 *   <li>unquoted member names made of ASCII letters, digits, {@code _ $ @ # * + -} and non-ASCII
 *       characters ({@code {code: 1}}), as Jackson's {@code ALLOW_UNQUOTED_FIELD_NAMES} reads them;</li>
 *   <li>one trailing comma in a non-empty object or array ({@code [1,2,]});</li>
 *   <li>Java comments wherever whitespace may go ({@code // to end of line}, {@code /* ... *}{@code /});</li>
 *   <li>raw control characters (U+0000 to U+001F) inside strings;</li>
 *   <li>malformed UTF-8 inside strings, each maximal ill-formed subsequence replaced by U+FFFD, as
 *       the JDK's decoder does: an error body must not become unreadable because of one bad byte
 *       in a message. (Outside strings any non-ASCII byte is a syntax error in both modes.)</li>
 * </ul>
 * Neither accepts {@code NaN}, {@code Infinity}, leading zeros, {@code +1}, {@code .5}, hex
 * numbers, or duplicate names (matching Jackson with {@code STRICT_DUPLICATE_DETECTION}).
 *
 * <h2>Limits</h2>
 * Documents longer than {@link #maxBytes(int) maxBytes} (default {@value #DEFAULT_MAX_BYTES} bytes)
 * are refused before parsing; containers nested deeper than {@link #maxDepth(int) maxDepth}
 * (default {@value #DEFAULT_MAX_DEPTH}) fail without recursing further; numbers are kept as text
 * of at most {@value JsonNumber#MAX_LENGTH} characters. So any input costs time linear in its
 * length and a bounded amount of stack; a tree takes at most some tens of times the document's
 * size in memory. Every failure is a {@link JsonException} with the byte offset, line and column.
 *
 * <pre>{@code
 * private static final JsonReader JSON = JsonReader.strict();
 * JsonObject body = JSON.readObject(response.body());
 * Optional<String> requestId = body.string("RequestId");
 * }</pre>
 */
public final class JsonReader {

    /** Default size limit: 1 MiB, the transports' default body cap. */
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;
    /** Default nesting limit: 64 containers, far beyond any cloud response. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    private static final JsonReader STRICT = new JsonReader(false, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    private static final JsonReader LENIENT = new JsonReader(true, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);

    private final boolean lenient;
    private final int maxBytes;
    private final int maxDepth;

    private JsonReader(boolean lenient, int maxBytes, int maxDepth) {
        this.lenient = lenient;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /**
     * The RFC 8259 reader with the default limits.
     *
     * @return the reader
     */
    public static JsonReader strict() {
        return STRICT;
    }

    /**
     * The lenient reader (see the class description) with the default limits.
     *
     * @return the reader
     */
    public static JsonReader lenient() {
        return LENIENT;
    }

    /**
     * A reader like this one with another size limit.
     *
     * @param maxBytes the longest document accepted, in bytes of UTF-8, at least 1
     * @return the reader
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     */
    public JsonReader maxBytes(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1 but was " + maxBytes);
        }
        return new JsonReader(lenient, maxBytes, maxDepth);
    }

    /**
     * A reader like this one with another nesting limit.
     *
     * @param maxDepth the deepest nesting of objects and arrays accepted, 1 to {@link JsonValue#MAX_DEPTH}
     * @return the reader
     * @throws IllegalArgumentException if {@code maxDepth} is out of range
     */
    public JsonReader maxDepth(int maxDepth) {
        if (maxDepth < 1 || maxDepth > JsonValue.MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + JsonValue.MAX_DEPTH + " but was " + maxDepth);
        }
        return new JsonReader(lenient, maxBytes, maxDepth);
    }

    /**
     * Reads a whole UTF-8 document.
     *
     * @param bytes the document
     * @return the value it holds
     * @throws JsonException if it is not JSON under this reader's rules or breaks a limit
     */
    public JsonValue read(byte[] bytes) {
        return read(bytes, 0, bytes.length);
    }

    /**
     * Reads a UTF-8 document from part of an array; error offsets count from {@code offset}.
     *
     * @param bytes  holds the document
     * @param offset where it starts
     * @param length how many bytes it has
     * @return the value it holds
     * @throws JsonException if it is not JSON under this reader's rules or breaks a limit
     * @throws IndexOutOfBoundsException if the range is not inside {@code bytes}
     */
    public JsonValue read(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length > maxBytes) {
            throw new JsonException("the document has " + length + " bytes, more than the limit of " + maxBytes);
        }
        return new DocumentParser(bytes, offset, length, lenient, maxDepth).document();
    }

    /**
     * Reads a document given as text. It is read as its UTF-8 encoding, so error offsets and the
     * size limit count UTF-8 bytes. An unpaired surrogate in {@code text} is an error for the strict
     * reader and becomes U+FFFD for the lenient one.
     *
     * @param text the document
     * @return the value it holds
     * @throws JsonException if it is not JSON under this reader's rules or breaks a limit
     */
    public JsonValue read(String text) {
        if (text.length() > maxBytes) {
            throw new JsonException("the document has more than " + maxBytes + " bytes, the limit");
        }
        byte[] bytes = encode(text);
        return read(bytes, 0, bytes.length);
    }

    private byte[] encode(String text) {
        CodingErrorAction onError = lenient ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(onError)
                .onUnmappableCharacter(onError).replaceWith(new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbd});
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new JsonException("the text holds an unpaired surrogate, which UTF-8 cannot encode");
        }
    }

    /**
     * Reads a whole UTF-8 document that must be an object, the shape of every API response.
     *
     * @param bytes the document
     * @return the object
     * @throws JsonException if it is not JSON, breaks a limit, or holds another type
     *                       ("the document is an ARRAY instead of an object")
     */
    public JsonObject readObject(byte[] bytes) {
        JsonValue value = read(bytes);
        if (!(value instanceof JsonObject object)) {
            throw JsonException.wrongType("the document", value, JsonValue.Type.OBJECT);
        }
        return object;
    }

    @Override
    public String toString() {
        return "JsonReader[" + (lenient ? "lenient" : "strict") + ", maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + "]";
    }
}
