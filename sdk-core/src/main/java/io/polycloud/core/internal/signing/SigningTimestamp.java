package io.polycloud.core.internal.signing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The UTC timestamps signatures carry, to the second: {@code 2026-11-23T10:15:30Z} (Alibaba
 * Cloud {@code x-acs-date} and {@code Timestamp}) and {@code 20261123T101530Z} (Huawei Cloud
 * {@code X-Sdk-Date}).
 *
 * <p>Written digit by digit rather than with {@code java.time.format}: every attempt formats one,
 * a formatter allocates several objects per call, and loading its classes is a noticeable part of
 * a client's first call. The last result is kept, as consecutive attempts mostly fall in the same
 * second.
 */
public enum SigningTimestamp {
    /** {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
    EXTENDED(true),
    /** {@code yyyyMMdd'T'HHmmss'Z'}. */
    BASIC(false);

    private final boolean separators;
    private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    SigningTimestamp(boolean separators) {
        this.separators = separators;
    }

    /**
     * Formats an instant, truncated to the second, in UTC.
     *
     * @param time the instant; its year must be 0 to 9999
     * @return the timestamp
     * @throws IllegalArgumentException if the year has more than four digits or is negative
     */
    public String format(Instant time) {
        long second = time.getEpochSecond();
        Formatted cached = last;
        if (cached.epochSecond == second) {
            return cached.text;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            throw new IllegalArgumentException("signing time " + time + " is outside the years 0 to 9999");
        }
        StringBuilder sb = new StringBuilder(20);
        digits(sb, t.getYear(), 4);
        separator(sb, '-');
        digits(sb, t.getMonthValue(), 2);
        separator(sb, '-');
        digits(sb, t.getDayOfMonth(), 2);
        sb.append('T');
        digits(sb, t.getHour(), 2);
        separator(sb, ':');
        digits(sb, t.getMinute(), 2);
        separator(sb, ':');
        digits(sb, t.getSecond(), 2);
        String text = sb.append('Z').toString();
        last = new Formatted(second, text);
        return text;
    }

    private void separator(StringBuilder sb, char c) {
        if (separators) {
            sb.append(c);
        }
    }

    private static void digits(StringBuilder sb, int value, int width) {
        for (int divisor = width == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
            sb.append((char) ('0' + value / divisor % 10));
        }
    }

    private record Formatted(long epochSecond, String text) {
    }
}
