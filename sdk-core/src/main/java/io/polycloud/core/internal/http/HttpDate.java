package io.polycloud.core.internal.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the HTTP date format of RFC 9110 ({@code Sun, 06 Nov 1994 08:49:37 GMT}), as servers send
 * it in {@code Date} and {@code Retry-After}.
 */
public final class HttpDate {

    private HttpDate() {
    }

    /**
     * Parses an HTTP date.
     *
     * @param value the header value, surrounding blanks allowed
     * @return the instant, empty when the value is not an HTTP date
     */
    public static Optional<Instant> parse(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
