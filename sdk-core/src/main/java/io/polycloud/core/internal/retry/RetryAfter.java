package io.polycloud.core.internal.retry;

import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.http.HttpDate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a response's {@code Retry-After}: delay seconds ({@code 120}) or an HTTP date. A date in
 * the past means "now"; a negative number or anything unreadable is ignored.
 */
public final class RetryAfter {

    private static final long MAX_SECONDS = 999_999_999_999L;

    private RetryAfter() {
    }

    /**
     * The wait the server asked for.
     *
     * @param response the error response
     * @param now      the current time, to turn a date into a wait
     * @return the wait, empty when the response asked for none (or nothing readable)
     */
    public static Optional<Duration> of(SdkHttpResponse response, Instant now) {
        return response.header("Retry-After").flatMap(v -> parse(v, now));
    }

    static Optional<Duration> parse(String value, Instant now) {
        String v = value.trim();
        if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Twelve digits are already far beyond any maxRetryAfter: cap there instead of overflowing.
            return Optional.of(Duration.ofSeconds(v.length() > 12 ? MAX_SECONDS : Long.parseLong(v)));
        }
        return HttpDate.parse(v).map(t -> {
            Duration d = Duration.between(now, t);
            return d.isNegative() ? Duration.ZERO : d;
        });
    }
}
