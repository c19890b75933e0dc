package io.polycloud.core.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private static RetryPolicy withJitter(double r) {
        return RetryPolicy.builder().jitter(() -> r).build();
    }

    @Test
    void defaults_areFourAttemptsBase100msThrottling1sCap20s() {
        RetryPolicy p = RetryPolicy.defaults();
        assertEquals(4, p.maxAttempts());
        assertEquals(Duration.ofMillis(100), p.baseDelay());
        assertEquals(Duration.ofSeconds(1), p.throttlingBaseDelay());
        assertEquals(Duration.ofSeconds(20), p.maxBackoff());
        assertEquals(RetryBudget.defaults(), p.budget());
        assertEquals(1, RetryPolicy.none().maxAttempts());
    }

    @ParameterizedTest(name = "retry {0}, throttling {1} -> ceiling {2} ms")
    @CsvSource({
            "1, false, 100", "2, false, 200", "3, false, 400", "8, false, 12800", "9, false, 20000", "40, false, 20000",
            "1, true, 1000", "2, true, 2000", "5, true, 16000", "6, true, 20000", "2147483647, true, 20000"})
    void backoff_isFullJitterUnderTheCappedExponentialCeiling(int retry, boolean throttling, long ceilingMillis) {
        assertEquals(Duration.ZERO, withJitter(0).backoff(retry, throttling));
        assertEquals(Duration.ofMillis(ceilingMillis / 2), withJitter(0.5).backoff(retry, throttling));
        assertEquals(Duration.ofMillis((long) (0.999 * ceilingMillis)), withJitter(0.999).backoff(retry, throttling));
    }

    @Test
    void backoff_withRealRandomness_staysWithinBounds() {
        RetryPolicy p = RetryPolicy.defaults();
        IntStream.range(0, 1000).forEach(i -> {
            Duration d = p.backoff(3, false);
            assertTrue(!d.isNegative() && d.toMillis() < 400, d.toString());
        });
    }

    @Test
    void backoff_withJitterOutsideZeroToOne_fallsBackToHalfTheCeiling() {
        assertEquals(Duration.ofMillis(50), withJitter(1.0).backoff(1, false));
        assertEquals(Duration.ofMillis(50), withJitter(-0.1).backoff(1, false));
        assertEquals(Duration.ofMillis(50), withJitter(Double.NaN).backoff(1, false));
    }

    @Test
    void backoff_beforeTheFirstRetry_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().backoff(0, false));
    }

    @Test
    void builder_rejectsImpossibleSettings() {
        assertThrows(SdkClientException.class, () -> RetryPolicy.builder().maxAttempts(0));
        assertThrows(SdkClientException.class, () -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)));
        assertThrows(SdkClientException.class, () -> new RetryBudget(-1, 5, 10));
    }

    @Test
    void toBuilder_keepsEverySetting() {
        RetryPolicy p = RetryPolicy.builder().maxAttempts(6).baseDelay(Duration.ofMillis(7)).throttlingBaseDelay(Duration.ofMillis(70))
                .maxBackoff(Duration.ofSeconds(3)).maxRetryAfter(Duration.ofSeconds(9)).budget(RetryBudget.unlimited())
                .jitter(() -> 0.5).build();
        assertEquals(p.toString(), p.toBuilder().build().toString());
        assertEquals(Duration.ofMillis(14), p.toBuilder().build().backoff(3, false));
    }

    @Test
    void builder_refusesValuesOutOfRangeNamingTheFieldAndTheRange() {
        assertEquals("maxAttempts must be between 1 and 100, was 0",
                assertThrows(SdkClientException.class, () -> RetryPolicy.builder().maxAttempts(0)).getMessage());
        assertEquals("maxAttempts must be between 1 and 100, was 101",
                assertThrows(SdkClientException.class, () -> RetryPolicy.builder().maxAttempts(101)).getMessage());
        assertEquals("maxBackoff must be between 0 ms and 24 h, was PT2562047788015215H30M7S",
                assertThrows(SdkClientException.class, () -> RetryPolicy.builder().maxBackoff(Duration.ofSeconds(Long.MAX_VALUE)))
                        .getMessage());
        assertEquals("baseDelay must be between 0 ms and 24 h, was PT-0.001S",
                assertThrows(SdkClientException.class, () -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1))).getMessage());
        assertEquals("throttlingBaseDelay is required but was null",
                assertThrows(SdkClientException.class, () -> RetryPolicy.builder().throttlingBaseDelay(null)).getMessage());
        assertEquals("maxRetryAfter must be between 0 ms and 24 h, was PT25H",
                assertThrows(SdkClientException.class, () -> RetryPolicy.builder().maxRetryAfter(Duration.ofHours(25))).getMessage());
        assertEquals("capacity must be between 0 and 2147483647, was -1",
                assertThrows(SdkClientException.class, () -> new RetryBudget(-1, 5, 10)).getMessage());
        assertEquals("timeoutRetryCost must be between 0 and 2147483647, was -10",
                assertThrows(SdkClientException.class, () -> new RetryBudget(500, 5, -10)).getMessage());
    }

    @Test
    void backoff_withTheLargestSettings_neverOverflows() {
        RetryPolicy p = RetryPolicy.builder().maxAttempts(RetryPolicy.MAX_ATTEMPTS).baseDelay(Duration.ofHours(24))
                .throttlingBaseDelay(Duration.ofHours(24)).maxBackoff(Duration.ofHours(24)).jitter(() -> 0.999).build();
        for (int retry = 1; retry < RetryPolicy.MAX_ATTEMPTS; retry++) {
            Duration d = p.backoff(retry, retry % 2 == 0);
            assertTrue(!d.isNegative() && d.compareTo(Duration.ofHours(24)) < 0, d.toString());
        }
    }
}
