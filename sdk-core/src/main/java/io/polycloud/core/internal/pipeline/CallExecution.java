package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.internal.retry.RetryAfter;
import io.polycloud.core.internal.retry.RetryDecision;
import io.polycloud.core.internal.retry.RetryDecision.StopReason;
import io.polycloud.core.internal.retry.RetryStrategy;
import io.polycloud.core.internal.retry.RetryableErrors;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call moving through the retry loop: it prepares each attempt (deadline, interceptors,
 * signing) and turns each attempt's result into the next {@link Step}, asking the named places
 * for every decision: {@link ErrorMapper} what an error response becomes,
 * {@link TransportFailureMapper} what a failed exchange becomes, {@link ClockSkewRecovery} and
 * {@link TokenRefreshRecovery} whether a correction is worth one more attempt,
 * {@link RetryStrategy} whether and when to retry. The sync and async loops of
 * {@link RequestPipeline} drive the same instance, so both make identical decisions.
 *
 * <p>Attempts run one after another, never concurrently. An async call may also be ended by its
 * deadline timer or by the caller cancelling it; {@link CallObservers} lets exactly one end count.
 */
final class CallExecution<T> {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    private final RequestPipeline pipeline;
    private final CallInfo info;
    private final SdkCall<T> call;
    private final SdkHttpRequest request;
    private final Deadline deadline;
    private final RetryStrategy.CallState retryState;
    private final ClockSkewRecovery.Call clock;
    private final TokenRefreshRecovery tokenRefresh;
    private final CallObservers observers;
    private final long startNanos = System.nanoTime();

    // Also read by the deadline timer or a cancelling caller when either ends an async call.
    private volatile int attempt;
    private volatile int lastStatus;
    private volatile String lastRequestId;
    private volatile int throttledAttempts;
    private volatile boolean budgetExhausted;

    private long attemptStartNanos;
    private Duration attemptTimeout;
    private boolean attemptCutToDeadline;
    private SdkHttpRequest attemptRequest;

    CallExecution(RequestPipeline pipeline, CallInfo info, SdkCall<T> call, SdkHttpRequest request) {
        this.pipeline = pipeline;
        this.info = info;
        this.call = call;
        this.request = request;
        this.deadline = Deadline.start(pipeline.config().clock(), pipeline.config().totalTimeout());
        this.retryState = pipeline.retryStrategy().newCall(call.safeToRepeat());
        this.clock = pipeline.clockSkewRecovery().newCall();
        this.tokenRefresh = new TokenRefreshRecovery(pipeline.authenticator());
        this.observers = CallObservers.start(pipeline.config().interceptors(), info);
    }

    Deadline deadline() {
        return deadline;
    }

    Duration attemptTimeout() {
        return attemptTimeout;
    }

    /**
     * Starts the next attempt: checks the deadline, lets interceptors adjust the request, signs it
     * with the (skew-corrected) current time.
     *
     * @return the request to send
     * @throws SdkException if the deadline passed, an interceptor failed or signing failed
     */
    SdkHttpRequest prepareAttempt() {
        Duration remaining = deadline.remaining();
        if (remaining.isZero()) {
            throw deadline.exceeded(name(), null, attempt);
        }
        attempt++;
        Duration perAttempt = pipeline.config().attemptTimeout();
        attemptCutToDeadline = remaining.compareTo(perAttempt) < 0;
        attemptTimeout = attemptCutToDeadline ? remaining : perAttempt;

        SdkHttpRequest r = observers.beforeAttempt(request, attempt);
        r = pipeline.authenticator().authenticate(r, clock.signingTime(pipeline.config().clock().instant()));
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} attempt {} request: {}", name(), attempt, r);
        }
        attemptRequest = r;
        attemptStartNanos = System.nanoTime();
        return r;
    }

    Step<T> onResponse(SdkHttpResponse response) {
        Duration latency = Duration.ofNanos(System.nanoTime() - attemptStartNanos);
        int status = response.statusCode();
        Optional<String> headerRequestId = pipeline.errorMapper().requestId(response);
        lastStatus = status;
        headerRequestId.ifPresent(id -> lastRequestId = id);
        logAttempt(status, latency, headerRequestId.orElse(null), null);
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} attempt {} response: {}", name(), attempt, response);
        }
        if (response.isSuccessful()) {
            clock.accepted();
            Step<T> step = onSuccess(response);
            Optional<SdkException> failure = step instanceof Step.Fail<T> fail ? Optional.of(fail.exception()) : Optional.empty();
            return reported(step, status, headerRequestId, latency, failure, false);
        }
        ErrorMapper.Mapped mapped = pipeline.errorMapper().map(response, info.operation(), attempt);
        ServiceException error = mapped.exception();
        error.requestId().ifPresent(id -> lastRequestId = id);
        boolean throttled = RetryableErrors.isThrottling(status, error.category());
        if (throttled) {
            throttledAttempts++;
        }
        Step<T> step = recover(response, mapped) ? new Step.Retry<>(Duration.ZERO)
                : next(pipeline.retryStrategy().afterServiceError(error,
                        RetryAfter.of(response, pipeline.config().clock().instant()), attempt, deadline.remaining(), retryState),
                        error);
        return reported(step, status, error.requestId(), latency, Optional.of(error), throttled);
    }

    /**
     * The attempt, or preparing it, failed.
     *
     * @param failure an {@link IOException} or {@link InterruptedException} from the transport, or
     *                anything else from preparing the attempt or reading its answer
     * @return the next step
     */
    Step<T> onFailure(Throwable failure) {
        if (failure instanceof IOException || failure instanceof InterruptedException) {
            return onTransportFailure(failure);
        }
        if (failure instanceof SdkException e) {
            return new Step.Fail<>(e);
        }
        return new Step.Fail<>(new SdkClientException(name() + " failed: " + failure.getClass().getSimpleName(), failure, attempt));
    }

    /**
     * The calling thread was interrupted before an attempt or while waiting to retry.
     *
     * @param cause the interrupt, if one was thrown
     * @return the failure; nothing more is sent
     */
    Step<T> onInterrupted(InterruptedException cause) {
        String when = attempt == 0 ? "before sending anything" : "after " + attempt + (attempt == 1 ? " attempt" : " attempts");
        return new Step.Fail<>(new SdkInterruptedException(name() + " was interrupted " + when, cause, attempt));
    }

    /**
     * The total-timeout failure, for the deadline timer of an async call.
     *
     * @return the exception
     */
    SdkTimeoutException totalTimeoutExceeded() {
        return deadline.exceeded(name(), null, attempt);
    }

    /**
     * Ends the call successfully, unless it already ended.
     *
     * @return true if this ended the call
     */
    boolean endSucceeded() {
        return observers.end(() -> outcome(Optional.empty(), false));
    }

    /**
     * Ends the call with a failure, unless it already ended.
     *
     * @param failure what the caller receives
     * @return true if this ended the call
     */
    boolean endFailed(SdkException failure) {
        return observers.end(() -> outcome(Optional.of(failure), false));
    }

    /**
     * Ends the call as cancelled by the caller, unless it already ended.
     *
     * @return true if this ended the call
     */
    boolean endCancelled() {
        return observers.end(() -> outcome(Optional.empty(), true));
    }

    private Step<T> onTransportFailure(Throwable thrown) {
        Duration latency = Duration.ofNanos(System.nanoTime() - attemptStartNanos);
        TransportException failure = TransportFailureMapper.classify(thrown);
        SdkException mapped = TransportFailureMapper.map(failure, name(), target(), attempt,
                attemptTimeout == null ? 0 : attemptTimeout.toMillis(), attemptCutToDeadline, deadline);
        logAttempt(0, latency, null, failure);
        Step<T> step;
        if (mapped instanceof SdkTimeoutException t && t.kind() == SdkTimeoutException.Kind.TOTAL) {
            // The attempt was cut at the call's deadline: the time is spent, whatever the clock says.
            step = new Step.Fail<>(mapped);
        } else {
            step = next(pipeline.retryStrategy().afterTransportFailure(failure, attempt, deadline.remaining(), retryState),
                    mapped);
        }
        return reported(step, 0, Optional.empty(), latency, Optional.of(mapped), false);
    }

    private Step<T> onSuccess(SdkHttpResponse response) {
        if (response.bodyTruncated()) {
            return new Step.Fail<>(pipeline.errorMapper().invalidResponse(response, info.operation(), attempt,
                    "ResponseTooLarge", "the response body exceeded the transport's limit of " + response.bodyLength()
                            + " bytes", null));
        }
        T value;
        try {
            value = call.handler().handle(response);
        } catch (SdkClientException e) {
            return new Step.Fail<>(e);
        } catch (Exception e) {
            return new Step.Fail<>(pipeline.errorMapper().invalidResponse(response, info.operation(), attempt,
                    "InvalidResponse", "could not read the response: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), e));
        }
        pipeline.retryStrategy().onSuccess(retryState);
        return new Step.Done<>(value);
    }

    /**
     * The recoveries: one more attempt with a corrected clock, or with a fresh token. They come on
     * top of the policy's attempts, but {@code RetryPolicy.none()} still means one request: then
     * a correction only helps the calls that follow.
     */
    private boolean recover(SdkHttpResponse response, ErrorMapper.Mapped mapped) {
        boolean mayRepeat = pipeline.config().retryPolicy().maxAttempts() > 1;
        if (!mapped.clockSkew()) {
            clock.accepted();
        } else if (clock.rejected(response, pipeline.config().clock().instant(), mayRepeat, name())) {
            return true;
        }
        if (tokenRefresh.shouldRetry(attemptRequest, mapped.exception(), mayRepeat)) {
            LOG.debug("{}: authentication failed; retrying once with refreshed credentials", name());
            return true;
        }
        return false;
    }

    private Step<T> next(RetryDecision decision, SdkException failure) {
        if (decision instanceof RetryDecision.Retry retry) {
            LOG.debug("{}: retrying after {} ms ({})", name(), retry.delay().toMillis(), retry.reason());
            return new Step.Retry<>(retry.delay());
        }
        StopReason reason = ((RetryDecision.Stop) decision).reason();
        if (reason == StopReason.BUDGET_EXHAUSTED) {
            budgetExhausted = true;
        }
        if (attempt > 1 || reason != StopReason.NOT_RETRYABLE) {
            LOG.debug("{}: not retrying: {}", name(), reason.description());
        }
        return new Step.Fail<>(failure);
    }

    private Step<T> reported(Step<T> step, int status, Optional<String> requestId, Duration latency,
                             Optional<? extends Throwable> failure, boolean throttled) {
        int n = attempt;
        Optional<Duration> backoff = step instanceof Step.Retry<T> retry ? Optional.of(retry.delay()) : Optional.empty();
        observers.afterAttempt(() -> new AttemptOutcome(info, n, status, requestId, latency,
                failure.map(Throwable.class::cast), throttled, backoff));
        return step;
    }

    private CallOutcome outcome(Optional<SdkException> failure, boolean cancelled) {
        return new CallOutcome(info, attempt, Duration.ofNanos(System.nanoTime() - startNanos),
                Optional.ofNullable(lastRequestId), failure, lastStatus, throttledAttempts, budgetExhausted, cancelled);
    }

    /** For messages and logs, which the success path does not build: {@code provider service operation}. */
    private String name() {
        return info.provider() + " " + info.service() + " " + info.operation();
    }

    private String target() {
        return attemptRequest == null ? "the service" : attemptRequest.hostHeader();
    }

    private void logAttempt(int status, Duration latency, String requestId, TransportException failure) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        SdkHttpRequest r = attemptRequest;
        String target = r == null ? "?" : r.method() + " " + r.hostHeader() + r.encodedPath();
        if (failure == null) {
            LOG.debug("{} attempt {}: {} -> HTTP {} in {} ms, request id {}", name(), attempt, target, status,
                    latency.toMillis(), requestId == null ? "-" : requestId);
        } else {
            LOG.debug("{} attempt {}: {} -> {} ({}) after {} ms", name(), attempt, target, failure.kind(),
                    failure.getMessage(), latency.toMillis());
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
