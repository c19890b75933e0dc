package io.polycloud.core.internal.validation;

import io.polycloud.core.exception.SdkClientException;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Argument checks applied at the API edge, before any byte is sent. Every failure is an
 * {@link SdkClientException} whose message names the field and the rule it broke; an offending
 * text value is never echoed, since it may be a secret (numbers and durations are).
 */
public final class Validate {

    private static final Pattern DNS_NAME = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    private Validate() {
    }

    /**
     * Requires a value to be present.
     *
     * @param value the value
     * @param field the field name used in the message
     * @param <T>   the value type
     * @return the value
     * @throws SdkClientException if {@code value} is null
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new SdkClientException(field + " is required but was null");
        }
        return value;
    }

    /**
     * Requires a non-blank string of bounded length without control characters, the rule for
     * every identifier and header-bound value.
     *
     * @param value     the value
     * @param field     the field name used in the message
     * @param maxLength the longest accepted length, in chars
     * @return the value
     * @throws SdkClientException if the value is null, blank, too long, or holds a control character or
     *         an unpaired surrogate
     */
    public static String text(String value, String field, int maxLength) {
        notBlank(value, field);
        maxLength(value, field, maxLength);
        noControlCharacters(value, field);
        return value;
    }

    /**
     * Requires a string that is not null, empty or only whitespace.
     *
     * @param value the value
     * @param field the field name used in the message
     * @return the value
     * @throws SdkClientException if the value is null or blank
     */
    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new SdkClientException(field + " must not be blank");
        }
        return value;
    }

    /**
     * Requires a string no longer than {@code maxLength} chars.
     *
     * @param value     the value, not null
     * @param field     the field name used in the message
     * @param maxLength the longest accepted length
     * @return the value
     * @throws SdkClientException if the value is too long
     */
    public static String maxLength(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new SdkClientException(field + " must be at most " + maxLength + " characters, was " + value.length());
        }
        return value;
    }

    /**
     * Rejects ISO control characters (CR, LF, TAB, NUL, DEL, C1): in a header they would split or
     * corrupt the request, in an id they are never valid. Also rejects unpaired surrogates: they
     * have no UTF-8 form, so encoding would silently send {@code ?} in their place.
     *
     * @param value the value, not null
     * @param field the field name used in the message
     * @return the value
     * @throws SdkClientException if the value holds a control character or an unpaired surrogate
     */
    public static String noControlCharacters(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new SdkClientException(field + " must not contain control characters (found U+"
                        + String.format("%04X", (int) c) + " at index " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new SdkClientException(field + " must be well-formed Unicode (unpaired surrogate U+"
                        + String.format("%04X", (int) c) + " at index " + i + ")");
            }
        }
        return value;
    }

    /**
     * Requires printable US-ASCII (0x20..0x7E).
     *
     * @param value the value, not null
     * @param field the field name used in the message
     * @return the value
     * @throws SdkClientException if the value holds any other character
     */
    public static String printableAscii(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new SdkClientException(field + " must be printable ASCII (found U+"
                        + String.format("%04X", (int) c) + " at index " + i + ")");
            }
        }
        return value;
    }

    /**
     * Requires {@code min <= value <= max}.
     *
     * @param value the value
     * @param field the field name used in the message
     * @param min   smallest accepted value
     * @param max   largest accepted value
     * @return the value
     * @throws SdkClientException if the value is out of range
     */
    public static long range(long value, String field, long min, long max) {
        if (value < min || value > max) {
            throw new SdkClientException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Requires a duration within bounds, so that no later arithmetic (deadlines, backoff, a
     * transport's own limits) can overflow or reject it.
     *
     * @param value the value
     * @param field the field name used in the message
     * @param min   shortest accepted duration
     * @param max   longest accepted duration
     * @return the value
     * @throws SdkClientException if the value is null or out of range; the message names the field and the range
     */
    public static Duration duration(Duration value, String field, Duration min, Duration max) {
        notNull(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new SdkClientException(field + " must be between " + describe(min) + " and " + describe(max) + ", was "
                    + (value.isNegative() || value.compareTo(max) > 0 ? value.toString() : describe(value)));
        }
        return value;
    }

    /**
     * Requires an endpoint a client can send to: {@code http(s)://host[:port]}, where the host is a
     * DNS name (labels of letters, digits and dashes, at most 63 characters each and 253 in all),
     * an IPv4 address or a bracketed IPv6 address, and the port, when given, is 1..65535.
     *
     * @param value the endpoint
     * @param field the field name used in the message
     * @return the value
     * @throws SdkClientException if the value is null or not such a URL
     */
    public static URI httpEndpoint(URI value, String field) {
        notNull(value, field);
        String scheme = value.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || value.getRawAuthority() == null || value.getRawQuery() != null || value.getRawFragment() != null
                || value.getRawUserInfo() != null) {
            throw new SdkClientException(field + " must be http(s)://host[:port] without user info, query or fragment");
        }
        String host = value.getHost();
        if (host == null || host.length() > 253 || !host.startsWith("[") && !DNS_NAME.matcher(host).matches()) {
            throw new SdkClientException(field + " host must be a DNS name (letters, digits, dashes and dots, labels of "
                    + "at most 63 characters, 253 in all), an IPv4 address or a bracketed IPv6 address");
        }
        if (value.getPort() != -1) {
            range(value.getPort(), field + " port", 1, 65535);
        }
        return value;
    }

    private static String describe(Duration d) {
        if (d.isZero()) {
            return "0 ms";
        }
        if (d.toNanos() % 1_000_000 != 0) {
            return d.toString();
        }
        long millis = d.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + " h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /**
     * Requires a value that can travel as exactly one URL path segment: not {@code .} or
     * {@code ..}, which every URL parser and most servers collapse, and otherwise
     * {@link #text(String, String, int)}.
     *
     * @param value     the value
     * @param field     the field name used in the message
     * @param maxLength the longest accepted length
     * @return the value
     * @throws SdkClientException if the value is not a usable path segment
     */
    public static String pathSegment(String value, String field, int maxLength) {
        text(value, field, maxLength);
        if (value.equals(".") || value.equals("..")) {
            throw new SdkClientException(field + " must not be '.' or '..': a URL path cannot carry it as one segment");
        }
        return value;
    }
}
