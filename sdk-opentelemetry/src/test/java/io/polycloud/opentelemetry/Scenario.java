package io.polycloud.opentelemetry;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.retry.RetryBudget;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.testing.Fault;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One outcome of the fault matrix: the emulator's faults that produce it, how the call is made,
 * and the telemetry it must leave. The emulator numbers its answers, so the n-th answer carries
 * request id {@code req-n}; backoffs follow {@link TracedClients#RETRY_POLICY}.
 */
enum Scenario {

    SUCCESS {
        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(List.of(Attempt.ok(1, op)));
        }
    },

    RETRIED_THEN_SUCCESS {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(unavailable(op));
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.success(List.of(Attempt.error(1, 503, unavailableCode(op), false, 50L), Attempt.ok(2, op)));
        }
    },

    THROTTLED {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.throttle().times(4));
        }

        @Override
        Expected expected(SeededOperation op) {
            String code = op.aliyun() ? "Throttling" : "APIG.0308";
            List<Attempt> attempts = List.of(Attempt.error(1, 429, code, true, 500L), Attempt.error(2, 429, code, true, 1000L),
                    Attempt.error(3, 429, code, true, 2000L), Attempt.error(4, 429, code, true, null));
            return Expected.serviceError(attempts, code, ErrorCategory.THROTTLING, false);
        }
    },

    /** Every answer is a 503, and the client's retry budget pays for one retry only. */
    RETRY_BUDGET_EXHAUSTED {
        @Override
        RetryPolicy retryPolicy() {
            return TracedClients.RETRY_POLICY.toBuilder().budget(new RetryBudget(5, 5, 5)).build();
        }

        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(unavailable(op).times(4));
        }

        @Override
        Expected expected(SeededOperation op) {
            String code = unavailableCode(op);
            return Expected.serviceError(List.of(Attempt.error(1, 503, code, false, 50L), Attempt.error(2, 503, code, false, null)),
                    code, ErrorCategory.SERVER_ERROR, true);
        }
    },

    /** The server never answers; one attempt, cut by the read timeout. */
    TIMEOUT {
        @Override
        RetryPolicy retryPolicy() {
            return RetryPolicy.none();
        }

        @Override
        Duration readTimeout() {
            return Duration.ofMillis(200);
        }

        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.stall());
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.clientError(List.of(Attempt.failed(1, SdkTimeoutException.class, null)), SdkTimeoutException.class,
                    "timeout");
        }
    },

    /** The service's own answer for a job it does not hold. */
    SERVICE_ERROR {
        @Override
        String jobId() {
            return "ftj-telemetry00099";
        }

        @Override
        Expected expected(SeededOperation op) {
            ErrorCode notFound = op.notFound();
            return Expected.serviceError(List.of(Attempt.error(1, op.notFoundStatus(), notFound.code(), false, null)),
                    notFound.code(), notFound.category(), false);
        }
    },

    /** The connection is reset on every attempt, and retried until attempts run out. */
    NETWORK_ERROR {
        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.reset().times(4));
        }

        @Override
        Expected expected(SeededOperation op) {
            Class<SdkNetworkException> type = SdkNetworkException.class;
            return Expected.clientError(List.of(Attempt.failed(1, type, 50L), Attempt.failed(2, type, 100L),
                    Attempt.failed(3, type, 200L), Attempt.failed(4, type, null)), type, "network_error");
        }
    },

    /** A blocking call on an interrupted thread sends nothing. */
    INTERRUPTED {
        @Override
        Set<Mode> modes() {
            return EnumSet.of(Mode.SYNC);
        }

        @Override
        SdkException call(SeededOperation op, Mode mode, TracedClients clients) throws Exception {
            Thread.currentThread().interrupt();
            try {
                return super.call(op, mode, clients);
            } finally {
                Thread.interrupted();
            }
        }

        @Override
        Expected expected(SeededOperation op) {
            return Expected.clientError(List.of(), SdkInterruptedException.class, "interrupted");
        }
    },

    /** The caller cancels the future while the only attempt waits for an answer that never comes. */
    CANCELLED {
        @Override
        Set<Mode> modes() {
            return EnumSet.of(Mode.ASYNC);
        }

        @Override
        List<Fault> faults(SeededOperation op) {
            return List.of(Fault.stall());
        }

        @Override
        SdkException call(SeededOperation op, Mode mode, TracedClients clients) {
            CompletableFuture<?> future = op.callAsync(clients, jobId());
            if (!future.cancel(true)) {
                throw new AssertionError("the call ended before it could be cancelled: " + future);
            }
            return null;
        }

        @Override
        Expected expected(SeededOperation op) {
            // The attempt was sent (prepared on the caller's thread) but never reported: the call ended first.
            return new Expected(List.of(), 1, 0, null, "java.util.concurrent.CancellationException", null, 0, false,
                    "cancelled");
        }
    };

    enum Mode { SYNC, ASYNC }

    /** The faults to inject, in order; later attempts reach the emulated service. */
    List<Fault> faults(SeededOperation op) {
        return List.of();
    }

    abstract Expected expected(SeededOperation op);

    Set<Mode> modes() {
        return EnumSet.allOf(Mode.class);
    }

    RetryPolicy retryPolicy() {
        return TracedClients.RETRY_POLICY;
    }

    Duration readTimeout() {
        return Duration.ofSeconds(2);
    }

    String jobId() {
        return SeededOperation.JOB_ID;
    }

    /**
     * Makes the call.
     *
     * @return what the caller caught, null if the call succeeded
     */
    SdkException call(SeededOperation op, Mode mode, TracedClients clients) throws Exception {
        try {
            if (mode == Mode.SYNC) {
                op.call(clients, jobId());
            } else {
                op.callAsync(clients, jobId()).get(10, TimeUnit.SECONDS);
            }
            return null;
        } catch (SdkException e) {
            return e;
        } catch (ExecutionException e) {
            return (SdkException) e.getCause();
        }
    }

    private static Fault unavailable(SeededOperation op) {
        return op.aliyun() ? Fault.error(503, "ServiceUnavailable", "The request has failed due to a temporary failure.")
                : Fault.error(503, "APIG.0201", "Backend unavailable");
    }

    private static String unavailableCode(SeededOperation op) {
        return op.aliyun() ? "ServiceUnavailable" : "APIG.0201";
    }

    /**
     * One attempt's event.
     *
     * @param status    0 when no response arrived
     * @param requestId null when none
     * @param errorType null on success
     * @param backoffMs null when no attempt follows
     */
    record Attempt(int number, int status, String requestId, String errorType, boolean throttled, Long backoffMs) {

        static Attempt ok(int number, SeededOperation op) {
            return new Attempt(number, op.successStatus(), "req-" + number, null, false, null);
        }

        /** An answer numbered like the attempt: every attempt before it was answered too. */
        static Attempt error(int number, int status, String code, boolean throttled, Long backoffMs) {
            return new Attempt(number, status, "req-" + number, code, throttled, backoffMs);
        }

        static Attempt failed(int number, Class<? extends SdkException> type, Long backoffMs) {
            return new Attempt(number, 0, null, type.getName(), false, backoffMs);
        }
    }

    /**
     * The span's and the metrics' expected content.
     *
     * @param attempts     the attempt events
     * @param attemptCount {@code polycloud.attempts}
     * @param httpStatus   the last status, 0 when none
     * @param requestId    the last request id, null when none
     * @param errorType    null on success
     * @param category     a service error's category, else null
     * @param throttled    throttled attempts
     * @param budgetExhausted whether the retry budget ended the call
     * @param outcome      {@code polycloud.outcome}
     */
    record Expected(List<Attempt> attempts, int attemptCount, int httpStatus, String requestId, String errorType,
                    ErrorCategory category, int throttled, boolean budgetExhausted, String outcome) {

        static Expected success(List<Attempt> attempts) {
            Attempt last = attempts.get(attempts.size() - 1);
            return new Expected(attempts, attempts.size(), last.status(), last.requestId(), null, null, 0, false, "success");
        }

        static Expected serviceError(List<Attempt> attempts, String code, ErrorCategory category, boolean budgetExhausted) {
            Attempt last = attempts.get(attempts.size() - 1);
            int throttled = (int) attempts.stream().filter(Attempt::throttled).count();
            return new Expected(attempts, attempts.size(), last.status(), last.requestId(), code, category, throttled,
                    budgetExhausted, category.name().toLowerCase(java.util.Locale.ROOT));
        }

        static Expected clientError(List<Attempt> attempts, Class<? extends SdkException> type, String outcome) {
            return new Expected(attempts, attempts.size(), 0, null, type.getName(), null, 0, false, outcome);
        }
    }
}
