package io.polycloud.core.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * One pass of recursive descent over one UTF-8 document; the grammar is documented on
 * {@link JsonReader}. Recursion is bounded by the reader's depth limit, so it cannot overflow
 * the stack, and every failure is a {@link JsonException} naming the byte offset.
 */
final class DocumentParser {

    private final byte[] buf;
    private final int start;
    private final int end;
    private final boolean lenient;
    private final int maxDepth;
    private int pos;

    DocumentParser(byte[] buf, int offset, int length, boolean lenient, int maxDepth) {
        this.buf = buf;
        this.start = offset;
        this.end = offset + length;
        this.lenient = lenient;
        this.maxDepth = maxDepth;
        this.pos = offset;
    }

    JsonValue document() {
        if (end - pos >= 3 && buf[pos] == (byte) 0xef && buf[pos + 1] == (byte) 0xbb && buf[pos + 2] == (byte) 0xbf) {
            pos += 3; // a UTF-8 byte order mark, which RFC 8259 lets a reader ignore
        }
        skipWhitespace();
        if (pos == end) {
            throw error(pos, "no JSON value in the document");
        }
        JsonValue value = value(0);
        skipWhitespace();
        if (pos != end) {
            throw error(pos, "unexpected " + describe(pos) + " after the JSON value");
        }
        return value;
    }

    /** A value starting at {@code pos}, inside {@code depth} containers. */
    private JsonValue value(int depth) {
        if (pos == end) {
            throw error(pos, "the document ends where a value was expected");
        }
        switch (buf[pos]) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return new JsonString(string((byte) '"', false));
            case '\'':
                if (lenient) {
                    return new JsonString(string((byte) '\'', false));
                }
                throw error(pos, "single-quoted string (allowed only by the lenient reader)");
            case 't':
                literal("true");
                return JsonBoolean.TRUE;
            case 'f':
                literal("false");
                return JsonBoolean.FALSE;
            case 'n':
                literal("null");
                return JsonNull.NULL;
            case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return number();
            default:
                throw error(pos, "unexpected " + describe(pos) + " where a value was expected");
        }
    }

    private JsonObject object(int depth) {
        checkDepth(depth);
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return JsonObject.EMPTY;
        }
        String[] names = new String[4];
        JsonValue[] values = new JsonValue[4];
        Map<String, Integer> index = null;
        int size = 0;
        while (true) {
            int namePos = pos;
            String name = name();
            if (index != null ? index.containsKey(name) : indexOf(names, size, name) >= 0) {
                throw error(namePos, "duplicate member name " + shortName(name));
            }
            skipWhitespace();
            if (peek() != ':') {
                throw error(pos, "expected ':' after a member name, found " + describe(pos));
            }
            pos++;
            skipWhitespace();
            JsonValue value = value(depth);
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            if (index != null) {
                index.put(name, size - 1);
            } else if (size > JsonObject.LINEAR_LOOKUP_MAX) {
                index = JsonObject.indexOf(names, size);
            }
            skipWhitespace();
            int next = peek();
            if (next == ',') {
                pos++;
                skipWhitespace();
                if (lenient && peek() == '}') {
                    pos++;
                    break;
                }
            } else if (next == '}') {
                pos++;
                break;
            } else {
                throw error(pos, "expected ',' or '}' in an object, found " + describe(pos));
            }
        }
        return new JsonObject(names, values, size, index);
    }

    private static int indexOf(String[] names, int size, String name) {
        int hash = name.hashCode(); // cached in the String, and names mostly differ in it: a cheap first test
        for (int i = 0; i < size; i++) {
            if (names[i].hashCode() == hash && names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A member name is metadata, not content: show it, but never a long one whole. */
    private static String shortName(String name) {
        return '"' + (name.length() <= 64 ? name : name.substring(0, 64) + "…") + '"';
    }

    private JsonArray array(int depth) {
        checkDepth(depth);
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return JsonArray.EMPTY;
        }
        JsonValue[] values = new JsonValue[8];
        int size = 0;
        while (true) {
            JsonValue value = value(depth);
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            skipWhitespace();
            int next = peek();
            if (next == ',') {
                pos++;
                skipWhitespace();
                if (lenient && peek() == ']') {
                    pos++;
                    break;
                }
            } else if (next == ']') {
                pos++;
                break;
            } else {
                throw error(pos, "expected ',' or ']' in an array, found " + describe(pos));
            }
        }
        return new JsonArray(values, size);
    }

    private void checkDepth(int depth) {
        if (depth > maxDepth) {
            throw error(pos, "nesting deeper than the limit of " + maxDepth);
        }
    }

    private String name() {
        int b = peek();
        if (b == '"') {
            return string((byte) '"', true);
        }
        if (lenient && b == '\'') {
            return string((byte) '\'', true);
        }
        if (lenient && isUnquotedNamePart(b)) {
            int from = pos;
            boolean nonAscii = false;
            while (pos < end && isUnquotedNamePart(buf[pos] & 0xff)) {
                nonAscii |= buf[pos] < 0;
                pos++;
            }
            return nonAscii ? decode(from, pos, true) : NameCache.name(buf, from, pos);
        }
        throw error(pos, "expected a member name in double quotes, found " + describe(pos));
    }

    /** The characters Jackson accepts in unquoted names: letters, digits, {@code _$@#*+-}, and non-ASCII bytes. */
    private static boolean isUnquotedNamePart(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80
                || b == '_' || b == '$' || b == '@' || b == '#' || b == '*' || b == '+' || b == '-';
    }

    /**
     * The string opened by the quote at {@code pos}, unescaped; {@code pos} ends after its closing
     * quote. A plain ASCII member name comes from the {@link NameCache}.
     */
    private String string(byte quote, boolean name) {
        int open = pos++;
        int segment = pos;
        boolean nonAscii = false;
        StringBuilder escaped = null;
        while (true) {
            if (pos == end) {
                throw error(pos, "the document ends inside the string opened at offset " + (open - start));
            }
            byte b = buf[pos];
            if (b == quote) {
                String tail = name && escaped == null && !nonAscii ? NameCache.name(buf, segment, pos) : decode(segment, pos, nonAscii);
                pos++;
                return escaped == null ? tail : escaped.append(tail).toString();
            }
            if (b == '\\') {
                if (escaped == null) {
                    escaped = new StringBuilder(pos - segment + 16);
                }
                escaped.append(decode(segment, pos, nonAscii));
                escape(escaped);
                segment = pos;
                nonAscii = false;
            } else if (b < 0) {
                nonAscii = true;
                pos++;
            } else if (b < 0x20 && !lenient) {
                throw error(pos, "unescaped control character " + describe(pos) + " in a string");
            } else {
                pos++;
            }
        }
    }

    /** Raw string bytes: ASCII copies straight; UTF-8 must be well formed (strict) or has bad bytes replaced by U+FFFD (lenient). */
    private String decode(int from, int to, boolean nonAscii) {
        if (!nonAscii) {
            return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        }
        if (!lenient) {
            int bad = WellFormedUtf8.firstInvalid(buf, from, to);
            if (bad >= 0) {
                throw error(bad, "invalid UTF-8 " + describe(bad));
            }
        }
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** The escape sequence at {@code pos} (a backslash), appended to {@code out}. */
    private void escape(StringBuilder out) {
        int backslash = pos++;
        if (pos == end) {
            throw error(pos, "the document ends inside an escape sequence");
        }
        byte b = buf[pos++];
        switch (b) {
            case '"': case '\\': case '/':
                out.append((char) b);
                return;
            case 'b':
                out.append('\b');
                return;
            case 'f':
                out.append('\f');
                return;
            case 'n':
                out.append('\n');
                return;
            case 'r':
                out.append('\r');
                return;
            case 't':
                out.append('\t');
                return;
            case 'u':
                out.append(hex4());
                return;
            case '\'':
                if (lenient) {
                    out.append('\'');
                    return;
                }
                throw error(backslash, "escaped single quote (allowed only by the lenient reader)");
            default:
                throw error(backslash, "invalid escape sequence: backslash before " + describe(pos - 1));
        }
    }

    /** Four hex digits after a backslash-u: one UTF-16 unit; surrogates, paired or not, are kept as they come. */
    private char hex4() {
        if (end - pos < 4) {
            throw error(pos, "the document ends inside a \\u escape");
        }
        int c = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(buf[pos], 16);
            if (digit < 0 || buf[pos] < 0) {
                throw error(pos, "expected a hex digit in a \\u escape, found " + describe(pos));
            }
            c = c << 4 | digit;
            pos++;
        }
        return (char) c;
    }

    private JsonNumber number() {
        int from = pos;
        if (buf[pos] == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (peek() >= '1' && peek() <= '9') {
            digits();
        } else {
            throw error(pos, "expected a digit after '-', found " + describe(pos));
        }
        if (peek() == '.') {
            pos++;
            if (digits() == 0) {
                throw error(pos, "expected a digit after the decimal point, found " + describe(pos));
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (digits() == 0) {
                throw error(pos, "expected a digit in the exponent, found " + describe(pos));
            }
        }
        if (pos - from > JsonNumber.MAX_LENGTH) {
            throw error(from, "number longer than " + JsonNumber.MAX_LENGTH + " characters");
        }
        return JsonNumber.ofChecked(new String(buf, from, pos - from, StandardCharsets.ISO_8859_1));
    }

    private int digits() {
        int from = pos;
        while (pos < end && buf[pos] >= '0' && buf[pos] <= '9') {
            pos++;
        }
        return pos - from;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos + i == end || buf[pos + i] != word.charAt(i)) {
                throw error(pos + i, "expected '" + word + "', found " + describe(pos + i));
            }
        }
        pos += word.length();
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte b = buf[pos];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                pos++;
            } else if (b == '/' && lenient) {
                comment();
            } else {
                return;
            }
        }
    }

    /** A Java comment, {@code // ... end of line} or {@code /* ... *}{@code /}. */
    private void comment() {
        int open = pos;
        int kind = pos + 1 < end ? buf[pos + 1] : -1;
        pos += 2;
        if (kind == '/') {
            while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
        } else if (kind == '*') {
            while (pos + 1 < end && !(buf[pos] == '*' && buf[pos + 1] == '/')) {
                pos++;
            }
            if (pos + 1 >= end) {
                throw error(end, "the document ends inside the comment opened at offset " + (open - start));
            }
            pos += 2;
        } else {
            throw error(open, "unexpected '/' (a comment starts with // or /*)");
        }
    }

    private int peek() {
        return pos < end ? buf[pos] & 0xff : -1;
    }

    /** The byte at {@code at} for a message: a printable ASCII character is shown, anything else by code. */
    private String describe(int at) {
        if (at >= end) {
            return "the end of the document";
        }
        int b = buf[at] & 0xff;
        if (b >= 0x20 && b < 0x7f) {
            return "'" + (char) b + "'";
        }
        return b < 0x80 ? String.format("U+%04X", b) : String.format("byte 0x%02X", b);
    }

    private JsonException error(int at, String message) {
        return JsonException.at(message, buf, start, Math.min(at, end));
    }
}
