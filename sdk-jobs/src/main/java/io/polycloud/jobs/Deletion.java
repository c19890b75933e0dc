package io.polycloud.jobs;

import io.polycloud.core.exception.SdkException;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.CallObserver;
import io.polycloud.core.interceptor.CallOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The deletion of one job, across every call made for it (a status read, a stop, polls, the
 * delete) and, in a batch, across every time it is sent again after throttling: what it has cost
 * so far, and what the last answer said. The calls of one deletion follow one another, each
 * started after the previous one ended, so the fields need no lock: each future's completion
 * publishes what its call's observer wrote.
 */
final class Deletion {

    /** A call made for this deletion and a number of throttled attempts or an empty budget, since last asked. */
    record Pressure(int throttledAttempts, boolean retryBudgetExhausted) {
        boolean any() {
            return throttledAttempts > 0 || retryBudgetExhausted;
        }
    }

    private final JobRef ref;
    private final DeleteOptions options;
    private final Executor context;
    private final String clientToken = UUID.randomUUID().toString();
    private long startNanos = -1;
    private int attempts;
    private String requestId;
    private boolean deleteMayHaveActed;
    private int throttledAttempts;
    private boolean retryBudgetExhausted;
    private int sends;

    /**
     * @param context runs each step after an answer, so that a batch's listener wraps it
     */
    Deletion(JobRef ref, DeleteOptions options, Executor context) {
        this.ref = ref;
        this.options = options;
        this.context = context;
    }

    JobRef ref() {
        return ref;
    }

    DeleteOptions options() {
        return options;
    }

    /** The VPC ClientToken of this job's delete: the same each time a batch sends the job again. */
    String clientToken() {
        return clientToken;
    }

    /** How many times the job has been started (1, then one more each time a batch sends it again). */
    int sends() {
        return sends;
    }

    void started() {
        sends++;
        if (startNanos < 0) {
            startNanos = System.nanoTime();
        }
    }

    /**
     * Whether an earlier attempt to delete may have reached the service without its answer
     * arriving (a reset, a timeout after sending): then a later "does not exist" is most likely
     * that attempt's work.
     */
    boolean deleteMayHaveActed() {
        return deleteMayHaveActed;
    }

    /** A call other than the delete (a read, a stop): what happens to it says nothing about the delete. */
    <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
        return inContext(CallAccounting.observed(new Observer(false), call));
    }

    /** The delete itself. */
    <T> CompletableFuture<T> delete(Supplier<CompletableFuture<T>> call) {
        return inContext(CallAccounting.observed(new Observer(true), call));
    }

    /** A future that completes, in this deletion's context, like the given one. */
    <T> CompletableFuture<T> inContext(CompletableFuture<T> future) {
        CompletableFuture<T> out = new CompletableFuture<>();
        future.whenComplete((value, error) -> context.execute(() -> {
            if (error == null) {
                out.complete(value);
            } else {
                out.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        }));
        return out;
    }

    /** Throttling seen by the calls since the last time this was asked. */
    Pressure takePressure() {
        Pressure p = new Pressure(throttledAttempts, retryBudgetExhausted);
        throttledAttempts = 0;
        retryBudgetExhausted = false;
        return p;
    }

    DeleteResult result(DeleteOutcome outcome, Optional<String> code, Optional<String> message, Optional<String> jobStatus,
                        Optional<SdkException> failure) {
        Duration duration = startNanos < 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - startNanos);
        return new DeleteResult(ref, outcome, code, message, jobStatus, failure, Optional.ofNullable(requestId), attempts,
                duration);
    }

    /** The hooks of one call. */
    private final class Observer implements CallObserver {
        private final boolean deleting;

        Observer(boolean deleting) {
            this.deleting = deleting;
        }

        @Override
        public void afterAttempt(AttemptOutcome outcome) {
            if (deleting && outcome.httpStatus() == 0 && outcome.failure().isPresent() && mayHaveArrived(outcome.failure().get())) {
                deleteMayHaveActed = true;
            }
        }

        @Override
        public void afterCall(CallOutcome outcome) {
            attempts += outcome.attempts();
            requestId = outcome.requestId().orElse(null);
            throttledAttempts += outcome.throttledAttempts();
            retryBudgetExhausted |= outcome.retryBudgetExhausted();
        }
    }

    /** A failure without an answer, after which the service may still have acted: all but "certainly not sent". */
    private static boolean mayHaveArrived(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransportException e) {
                return e.requestSent();
            }
        }
        return true;
    }
}
