package io.polycloud.jobs;

import io.polycloud.core.exception.SdkClientException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character rules of a {@link JobRef}'s text: how one part (a region, a project, an id) is
 * percent-encoded into a path segment and decoded back. Encoding keeps RFC 3986's unreserved
 * characters ({@code A-Z a-z 0-9 - . _ ~}) and writes every other UTF-8 byte as {@code %XX}
 * (upper-case hex), so the text of a ref is one canonical string whatever its ids hold. Decoding
 * also accepts the other characters RFC 3986 allows in a segment as they are
 * ({@code ! $ & ' ( ) * + , ; = : @}) and lower-case hex.
 */
final class RefText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String LITERAL_IN_SEGMENT = "!$&'()*+,;=:@";
    /** How much of a refused ref its error message repeats. */
    private static final int MAX_ECHO = 200;

    private RefText() {
    }

    /** Percent-encodes one part; the part has passed the id rules, so it is well-formed Unicode. */
    static String encode(String part) {
        StringBuilder out = null;
        for (int i = 0; i < part.length(); i++) {
            if (!unreserved(part.charAt(i))) {
                out = new StringBuilder(part.length() + 16).append(part, 0, i);
                for (byte b : part.substring(i).getBytes(StandardCharsets.UTF_8)) {
                    char c = (char) (b & 0xFF);
                    if (unreserved(c)) {
                        out.append(c);
                    } else {
                        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                    }
                }
                break;
            }
        }
        return out == null ? part : out.toString();
    }

    /**
     * Decodes one path segment of a ref's text.
     *
     * @param segment the raw segment
     * @param name    what the segment holds, for the message: {@code jobId}, {@code region}, ...
     * @param ref     the whole text, for the message
     * @throws SdkClientException naming the part if it is empty, holds a character that must be
     *         encoded, a bad escape, or bytes that are not UTF-8
     */
    static String decode(String segment, String name, String ref) {
        if (segment.isEmpty()) {
            throw invalid(ref, "empty " + name);
        }
        ByteBuffer bytes = ByteBuffer.allocate(segment.length() * 3);
        boolean escaped = false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int hi = hexDigit(segment, i + 1);
                int lo = hexDigit(segment, i + 2);
                if (hi < 0 || lo < 0) {
                    throw invalid(ref, "bad percent escape in " + name + " at index " + i
                            + ": '%' must be followed by two hex digits (write '%' itself as %25)");
                }
                bytes.put((byte) (hi << 4 | lo));
                escaped = true;
                i += 2;
            } else if (unreserved(c) || LITERAL_IN_SEGMENT.indexOf(c) >= 0) {
                bytes.put((byte) c);
            } else {
                throw invalid(ref, name + " holds " + describe(c) + " at index " + i + ": percent-encode it ("
                        + encode(Character.isSurrogate(c) ? "\uFFFD" : String.valueOf(c)) + " in UTF-8)");
            }
        }
        if (!escaped) {
            return segment;
        }
        bytes.flip();
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw invalid(ref, name + " is not UTF-8 once its percent escapes are decoded");
        }
    }

    /** The error for a ref that cannot be read, repeating the ref (cut, with control characters escaped). */
    static SdkClientException invalid(String ref, String why) {
        return new SdkClientException("invalid job ref \"" + echo(ref) + "\": " + why);
    }

    /** A ref as a message may repeat it: at most {@value #MAX_ECHO} characters, controls as {@code \\uXXXX}. */
    static String echo(String ref) {
        StringBuilder out = new StringBuilder(Math.min(ref.length(), MAX_ECHO) + 8);
        for (int i = 0; i < ref.length() && i < MAX_ECHO; i++) {
            char c = ref.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !validPair(ref, i)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return ref.length() > MAX_ECHO ? out.append("…").toString() : out.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** The value of an ASCII hex digit at {@code i}, or -1 (past the end, or any other character). */
    private static int hexDigit(String s, int i) {
        if (i >= s.length()) {
            return -1;
        }
        char c = s.charAt(i);
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c) ? code
                : "'" + c + "' (" + code + ")";
    }

    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                || c == '~';
    }
}
