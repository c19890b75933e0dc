package io.polycloud.core.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as both clouds' signers define it: UTF-8 bytes, everything but the
 * unreserved set {@code A-Z a-z 0-9 - _ . ~} encoded as {@code %XX} with upper-case hex. So a
 * space is {@code %20} (never {@code +}), {@code *} is {@code %2A} and {@code ~} stays.
 *
 * <p>The SDK puts exactly these bytes on the wire and into the canonical request, so what is
 * signed is what is sent.
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * Encodes a string.
     *
     * @param value the raw value, not null
     * @return the encoded value
     */
    public static String encode(String value) {
        int i = 0;
        while (i < value.length() && isUnreserved(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && isUnreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code %XX} sequences as UTF-8. A {@code +} stays a {@code +}; use
     * {@link #decodeForm(String)} for form-encoded input.
     *
     * @param value the encoded value, not null
     * @return the decoded value
     * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits
     */
    public static String decode(String value) {
        return decode(value, false);
    }

    /**
     * Decodes form-encoded input: {@code +} is a space, then {@code %XX} as UTF-8.
     *
     * @param value the encoded value, not null
     * @return the decoded value
     * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits
     */
    public static String decodeForm(String value) {
        return decode(value, true);
    }

    private static String decode(String value, boolean plusIsSpace) {
        if (value.indexOf('%') < 0 && (!plusIsSpace || value.indexOf('+') < 0)) {
            return value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw new IllegalArgumentException("incomplete percent escape at index " + i);
                }
                int hi = Character.digit(value.charAt(i + 1), 16);
                int lo = Character.digit(value.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("invalid percent escape at index " + i);
                }
                out.write((hi << 4) | lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
