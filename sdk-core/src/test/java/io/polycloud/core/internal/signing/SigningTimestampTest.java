package io.polycloud.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigningTimestampTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11-23T10:15:30.999Z, 2026-11-23T10:15:30Z, 20261123T101530Z",
            "1970-01-01T00:00:00Z, 1970-01-01T00:00:00Z, 19700101T000000Z",
            "0001-02-03T04:05:06Z, 0001-02-03T04:05:06Z, 00010203T040506Z",
            "9999-12-31T23:59:59Z, 9999-12-31T23:59:59Z, 99991231T235959Z"})
    void format_writesUtcToTheSecondInBothForms(String instant, String extended, String basic) {
        Instant time = Instant.parse(instant);
        assertEquals(extended, SigningTimestamp.EXTENDED.format(time));
        assertEquals(basic, SigningTimestamp.BASIC.format(time));
    }

    @Test
    void format_agreesWithJavaTimeFormatting_acrossConsecutiveAndRandomSeconds() {
        DateTimeFormatter extended = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
        DateTimeFormatter basic = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
        long start = Instant.parse("2026-12-31T23:59:00Z").getEpochSecond();
        for (long s = start; s < start + 120; s++) {
            Instant t = Instant.ofEpochSecond(s, 500_000_000);
            assertEquals(extended.format(t), SigningTimestamp.EXTENDED.format(t));
            assertEquals(basic.format(t), SigningTimestamp.BASIC.format(t));
        }
        for (int i = 0; i < 1000; i++) {
            Instant t = Instant.ofEpochSecond(ThreadLocalRandom.current().nextLong(0, 253402300799L));
            assertEquals(extended.format(t), SigningTimestamp.EXTENDED.format(t));
        }
    }

    @Test
    void format_outsideFourDigitYears_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> SigningTimestamp.BASIC.format(Instant.parse("+10000-01-01T00:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> SigningTimestamp.EXTENDED.format(Instant.parse("-0001-01-01T00:00:00Z")));
    }
}
