package io.polycloud.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.internal.retry.RetryDecision.RetryReason;
import io.polycloud.core.internal.retry.RetryDecision.StopReason;
import io.polycloud.core.retry.RetryBudget;
import io.polycloud.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every rule of the retry strategy, each with the typed reason it gives. */
class RetryStrategyTest {

    private static final Duration PLENTY = Duration.ofMinutes(1);
    private final RetryStrategy strategy = new RetryStrategy(RetryPolicy.builder().jitter(() -> 0.5).build());

    private static ServiceException error(int status, ErrorCategory category, boolean retryable) {
        return ServiceException.builder().provider("aliyun").service("vpc").operation("Op").httpStatus(status)
                .errorCode("Code").errorMessage("m").category(category).retryable(retryable).build();
    }

    private static TransportException failure(TransportException.Kind kind, boolean sent) {
        return new TransportException(kind, sent, kind.name(), null);
    }

    @Test
    void afterATransientError_retriesAfterTheBackoff() {
        assertEquals(new RetryDecision.Retry(Duration.ofMillis(50), RetryReason.BACKOFF),
                strategy.afterServiceError(error(503, ErrorCategory.SERVER_ERROR, true), Optional.empty(), 1, PLENTY,
                        strategy.newCall(true)));
    }

    @Test
    void afterThrottling_retriesAfterTheServersRetryAfterOrTheThrottlingBackoff() {
        ServiceException throttled = error(400, ErrorCategory.THROTTLING, true);
        assertEquals(new RetryDecision.Retry(Duration.ofSeconds(3), RetryReason.RETRY_AFTER),
                strategy.afterServiceError(throttled, Optional.of(Duration.ofSeconds(3)), 1, PLENTY, strategy.newCall(false)));
        assertEquals(new RetryDecision.Retry(Duration.ofMillis(500), RetryReason.BACKOFF),
                strategy.afterServiceError(throttled, Optional.empty(), 1, PLENTY, strategy.newCall(false)));
    }

    @Test
    void eachReasonToStop() {
        assertEquals(new RetryDecision.Stop(StopReason.NOT_RETRYABLE),
                strategy.afterServiceError(error(400, ErrorCategory.INVALID_PARAMETER, false), Optional.empty(), 1, PLENTY,
                        strategy.newCall(true)));
        assertEquals(new RetryDecision.Stop(StopReason.MAY_HAVE_BEEN_PROCESSED),
                strategy.afterServiceError(error(500, ErrorCategory.SERVER_ERROR, true), Optional.empty(), 1, PLENTY,
                        strategy.newCall(false)));
        assertEquals(new RetryDecision.Stop(StopReason.MAY_HAVE_BEEN_PROCESSED),
                strategy.afterTransportFailure(failure(TransportException.Kind.IO_ERROR, true), 1, PLENTY, strategy.newCall(false)));
        assertEquals(new RetryDecision.Stop(StopReason.INTERRUPTED),
                strategy.afterTransportFailure(failure(TransportException.Kind.INTERRUPTED, false), 1, PLENTY,
                        strategy.newCall(true)));
        assertEquals(new RetryDecision.Stop(StopReason.RETRY_AFTER_TOO_LONG),
                strategy.afterServiceError(error(429, ErrorCategory.THROTTLING, true), Optional.of(Duration.ofMinutes(2)), 1,
                        PLENTY, strategy.newCall(true)));
        assertEquals(new RetryDecision.Stop(StopReason.MAX_ATTEMPTS),
                strategy.afterServiceError(error(503, ErrorCategory.SERVER_ERROR, true), Optional.empty(), 4, PLENTY,
                        strategy.newCall(true)));
        assertEquals(new RetryDecision.Stop(StopReason.PAST_DEADLINE),
                strategy.afterServiceError(error(503, ErrorCategory.SERVER_ERROR, true), Optional.empty(), 1,
                        Duration.ofMillis(50), strategy.newCall(true)));
    }

    @Test
    void aWaitPastTheDeadline_takesNoBudgetTokens() {
        strategy.afterTransportFailure(failure(TransportException.Kind.READ_TIMEOUT, true), 1, Duration.ofMillis(1),
                strategy.newCall(true));
        assertEquals(RetryBudget.defaults().capacity(), strategy.bucket().available());
    }

    @Test
    void withAnEmptyBudget_stopsAndSaysSo() {
        RetryStrategy tight = new RetryStrategy(RetryPolicy.builder().budget(new RetryBudget(10, 5, 10)).build());
        RetryStrategy.CallState call = tight.newCall(true);
        assertEquals(RetryDecision.Retry.class, tight.afterTransportFailure(failure(TransportException.Kind.CONNECT_TIMEOUT, false),
                1, PLENTY, call).getClass());
        assertEquals(new RetryDecision.Stop(StopReason.BUDGET_EXHAUSTED),
                tight.afterTransportFailure(failure(TransportException.Kind.CONNECT_FAILED, false), 2, PLENTY, call));
    }

    @Test
    void retryableErrors_lookAtStatusAndCategoryOnly() {
        assertEquals(true, RetryableErrors.isRetryable(400, ErrorCategory.THROTTLING));
        assertEquals(false, RetryableErrors.isRetryable(400, ErrorCategory.INVALID_PARAMETER));
        assertEquals(true, RetryableErrors.isRetryable(504, ErrorCategory.TIMEOUT));
        assertEquals(false, RetryableErrors.isRetryable(501, ErrorCategory.SERVER_ERROR));
        assertEquals(true, RetryableErrors.isThrottling(429, ErrorCategory.UNKNOWN));
        assertEquals(true, RetryableErrors.provesNotProcessed(503, ErrorCategory.SERVER_ERROR));
        assertEquals(false, RetryableErrors.provesNotProcessed(502, ErrorCategory.SERVER_ERROR));
    }
}
