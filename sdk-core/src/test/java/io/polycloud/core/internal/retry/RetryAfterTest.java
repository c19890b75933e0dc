package io.polycloud.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    @ParameterizedTest(name = "Retry-After: \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2|PT2S",
            " 120 |PT2M",
            "0|PT0S",
            "Sun, 22 Nov 2026 10:16:00 GMT|PT30S",
            "Sun, 22 Nov 2026 10:00:00 GMT|PT0S",
            "99999999999999999999999|PT277777777H46M39S",
            "-5|",
            "soon|",
            "1.5|",
            "''|"})
    void parse_readsSecondsOrAnHttpDateAndIgnoresTheRest(String header, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Duration::parse), RetryAfter.parse(header, NOW));
    }
}
