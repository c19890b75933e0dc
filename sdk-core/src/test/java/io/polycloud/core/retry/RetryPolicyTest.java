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
}
