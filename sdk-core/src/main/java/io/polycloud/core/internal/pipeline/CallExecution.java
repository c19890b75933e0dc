package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.internal.retry.RetryDecision;
import io.polycloud.core.internal.retry.RetryStrategy;
import io.polycloud.core.internal.retry.RetryableErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one call moving through the retry loop. The sync and async loops of
 * {@link RequestPipeline} drive the same instance, so both make identical decisions. Confined to
 * one call; attempts run one after another, never concurrently.
 */
final class CallExecution<T> {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    private final RequestPipeline pipeline;
    private final CallInfo info;
    private final SdkCall<T> call;
    private final SdkHttpRequest request;
    private final RetryStrategy.CallState retryState;
    private final Instant deadline;
    private final long callStartNanos = System.nanoTime();

    private int attempt;
    private long attemptStartNanos;
    private Duration attemptTimeout;
    private boolean attemptCappedByDeadline;
    private boolean clockSkewRetried;
    private boolean authRetried;
    private String lastRequestId;
    private SdkHttpRequest attemptRequest;

    CallExecution(RequestPipeline pipeline, CallInfo info, SdkCall<T> call, SdkHttpRequest request) {
        this.pipeline = pipeline;
        this.info = info;
        this.call = call;
        this.request = request;
        this.retryState = pipeline.retryStrategy().newCall();
        this.deadline = pipeline.config().clock().instant().plus(pipeline.config().totalTimeout());
    }

    int attempts() {
        return attempt;
    }

    Duration attemptTimeout() {
        return attemptTimeout;
    }

    /** Intercepts and signs the next attempt. */
    SdkHttpRequest prepareAttempt() {
        Instant now = pipeline.config().clock().instant();
        Duration remaining = Duration.between(now, deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new SdkTimeoutException(SdkTimeoutException.Kind.TOTAL, describe() + " exceeded the total timeout of "
                    + pipeline.config().totalTimeout().toMillis() + " ms", null, attempt);
        }
        attempt++;
        Duration perAttempt = pipeline.config().attemptTimeout();
        attemptCappedByDeadline = remaining.compareTo(perAttempt) < 0;
        attemptTimeout = attemptCappedByDeadline ? remaining : perAttempt;

        SdkHttpRequest r = request;
        for (ExecutionInterceptor interceptor : pipeline.config().interceptors()) {
            r = interceptor.beforeAttempt(r, info, attempt);
            if (r == null) {
                throw new SdkClientException("interceptor " + interceptor.getClass().getName() + " returned no request");
            }
        }
        Instant signingTime = now.plusMillis(pipeline.clockSkewMillis().get());
        r = pipeline.authenticator().authenticate(r, signingTime);
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} attempt {} request: {}", describe(), attempt, r);
        }
        attemptRequest = r;
        attemptStartNanos = System.nanoTime();
        return r;
    }

    Step<T> onResponse(SdkHttpResponse response) {
        Duration latency = Duration.ofNanos(System.nanoTime() - attemptStartNanos);
        Optional<String> headerRequestId = pipeline.errorParser().requestIdFromHeaders(response);
        headerRequestId.ifPresent(id -> lastRequestId = id);
        logAttempt(response.statusCode(), latency, headerRequestId.orElse(null), null);
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} attempt {} response: {}", describe(), attempt, response);
        }
        if (response.isSuccessful()) {
            notifyAttempt(response.statusCode(), headerRequestId, latency, null);
            return onSuccess(response, headerRequestId);
        }
        ParsedError parsed = parseError(response);
        ServiceException error = toException(response, parsed);
        error.requestId().ifPresent(id -> lastRequestId = id);
        notifyAttempt(response.statusCode(), error.requestId(), latency, error);

        // These two corrections are extra attempts beyond maxAttempts, but RetryPolicy.none() still
        // means one request: the correction then only helps the calls that follow.
        boolean mayRepeat = pipeline.config().retryPolicy().maxAttempts() > 1;
        if (!clockSkewRetried && parsed.clockSkew()) {
            Optional<Instant> serverTime = response.header("Date").flatMap(CallExecution::parseHttpDate);
            if (serverTime.isPresent()) {
                clockSkewRetried = true;
                long skew = Duration.between(pipeline.config().clock().instant(), serverTime.get()).toMillis();
                pipeline.clockSkewMillis().set(skew);
                if (mayRepeat) {
                    LOG.debug("{}: service rejected the timestamp; correcting the clock by {} ms and retrying", describe(), skew);
                    return new Step.Retry<>(Duration.ZERO);
                }
                LOG.debug("{}: service rejected the timestamp; later calls are corrected by {} ms", describe(), skew);
            }
        }
        if (response.statusCode() == 401 && !authRetried
                && pipeline.authenticator().refreshAfterAuthenticationFailure(attemptRequest, error)) {
            authRetried = true;
            if (mayRepeat) {
                LOG.debug("{}: authentication failed; retrying once with refreshed credentials", describe());
                return new Step.Retry<>(Duration.ZERO);
            }
        }
        RetryDecision decision = pipeline.retryStrategy().afterServiceError(error, retryAfter(response), attempt,
                call.safeToRepeat(), retryState);
        return next(decision, error);
    }

    Step<T> onTransportFailure(IOException e) {
        Duration latency = Duration.ofNanos(System.nanoTime() - attemptStartNanos);
        TransportException failure = e instanceof TransportException te ? te
                : new TransportException(TransportException.Kind.IO_ERROR, true, e.getClass().getSimpleName(), e);
        SdkException mapped = mapTransportFailure(failure);
        logAttempt(0, latency, null, failure);
        notifyAttempt(0, Optional.empty(), latency, mapped);
        if (mapped instanceof SdkTimeoutException t && t.kind() == SdkTimeoutException.Kind.TOTAL) {
            // The attempt was cut at the call's deadline: the time is spent, whatever the clock says.
            return new Step.Fail<>(finish(mapped));
        }
        RetryDecision decision = pipeline.retryStrategy().afterTransportFailure(failure, attempt, call.safeToRepeat(),
                retryState);
        return next(decision, mapped);
    }

    Step<T> onUnexpected(RuntimeException e) {
        SdkException mapped = e instanceof SdkException se ? se
                : new SdkClientException(describe() + " failed: " + e.getClass().getSimpleName(), e, attempt);
        return new Step.Fail<>(finish(mapped));
    }

    SdkException finish(SdkException failure) {
        notifyCall(Optional.of(failure));
        return failure;
    }

    private Step<T> onSuccess(SdkHttpResponse response, Optional<String> headerRequestId) {
        if (response.bodyTruncated()) {
            return new Step.Fail<>(finish(invalidResponse(response, headerRequestId, "ResponseTooLarge",
                    "the response body exceeded the transport's limit of " + response.bodyLength() + " bytes", null)));
        }
        T value;
        try {
            value = call.handler().handle(response);
        } catch (SdkClientException e) {
            return new Step.Fail<>(finish(e));
        } catch (Exception e) {
            return new Step.Fail<>(finish(invalidResponse(response, headerRequestId, "InvalidResponse",
                    "could not read the response: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), e)));
        }
        pipeline.retryStrategy().onSuccess(retryState);
        notifyCall(Optional.empty());
        return new Step.Done<>(value);
    }

    private Step<T> next(RetryDecision decision, SdkException failure) {
        if (decision.retry()) {
            Instant resumeAt = pipeline.config().clock().instant().plus(decision.delay());
            if (resumeAt.isBefore(deadline)) {
                LOG.debug("{}: retrying after {} ms ({})", describe(), decision.delay().toMillis(), decision.reason());
                return new Step.Retry<>(decision.delay());
            }
            LOG.debug("{}: not retrying, the {} ms wait would pass the total timeout", describe(), decision.delay().toMillis());
        } else if (attempt > 1 || !"not retryable".equals(decision.reason())) {
            LOG.debug("{}: not retrying: {}", describe(), decision.reason());
        }
        return new Step.Fail<>(finish(failure));
    }

    private ParsedError parseError(SdkHttpResponse response) {
        try {
            return pipeline.errorParser().parse(response);
        } catch (RuntimeException e) {
            // Parsers must not throw; if one does, the status and request id still reach the caller.
            return new ParsedError(Optional.empty(), Optional.of("unreadable error body"),
                    pipeline.errorParser().requestIdFromHeaders(response), Optional.empty(), false);
        }
    }

    private ServiceException toException(SdkHttpResponse response, ParsedError parsed) {
        int status = response.statusCode();
        // No code in the body (HTML, empty, truncated): the status becomes the code, e.g. HTTP_502.
        String code = parsed.code().orElse("HTTP_" + status);
        ErrorCategory category = pipeline.catalog().find(code, status).map(ErrorCode::category)
                .or(parsed::category)
                .orElse(ErrorCategory.fromHttpStatus(status));
        return ServiceException.builder()
                .provider(info.provider()).service(info.service()).operation(info.operation())
                .httpStatus(status)
                .errorCode(code)
                .errorMessage(parsed.message().orElse("HTTP " + status + " with no error message"))
                .requestId(parsed.requestId().orElse(null))
                .category(category)
                .retryable(RetryableErrors.isRetryable(status, code, category))
                .rawBody(new String(response.body(), StandardCharsets.UTF_8))
                .attempts(attempt)
                .build();
    }

    private ServiceException invalidResponse(SdkHttpResponse response, Optional<String> headerRequestId, String code,
                                             String message, Throwable cause) {
        return ServiceException.builder()
                .provider(info.provider()).service(info.service()).operation(info.operation())
                .httpStatus(response.statusCode())
                .errorCode(code)
                .errorMessage(message)
                .requestId(headerRequestId.orElse(null))
                .category(ErrorCategory.UNKNOWN)
                .retryable(false)
                .rawBody(new String(response.body(), StandardCharsets.UTF_8))
                .attempts(attempt)
                .cause(cause)
                .build();
    }

    private SdkException mapTransportFailure(TransportException e) {
        String target = attemptRequest == null ? "the service" : attemptRequest.hostHeader();
        switch (e.kind()) {
            case CONNECT_TIMEOUT:
                return new SdkTimeoutException(SdkTimeoutException.Kind.CONNECT,
                        describe() + ": connecting to " + target + " timed out", e, attempt);
            case READ_TIMEOUT:
                return new SdkTimeoutException(SdkTimeoutException.Kind.READ,
                        describe() + ": reading from " + target + " timed out", e, attempt);
            case ATTEMPT_TIMEOUT:
                return attemptCappedByDeadline
                        ? new SdkTimeoutException(SdkTimeoutException.Kind.TOTAL, describe() + " exceeded the total timeout of "
                                + pipeline.config().totalTimeout().toMillis() + " ms", e, attempt)
                        : new SdkTimeoutException(SdkTimeoutException.Kind.ATTEMPT, describe() + ": attempt exceeded "
                                + attemptTimeout.toMillis() + " ms", e, attempt);
            case CONNECT_FAILED:
                return new SdkNetworkException(describe() + ": could not connect to " + target + " (" + e.getMessage() + ")",
                        e, attempt);
            default:
                return new SdkNetworkException(describe() + ": " + e.getMessage() + " talking to " + target, e, attempt);
        }
    }

    private Optional<Duration> retryAfter(SdkHttpResponse response) {
        Optional<String> header = response.header("Retry-After");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String v = header.get().trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            return parseHttpDate(v).map(t -> {
                Duration d = Duration.between(pipeline.config().clock().instant(), t);
                return d.isNegative() ? Duration.ZERO : d;
            });
        }
    }

    private static Optional<Instant> parseHttpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void logAttempt(int status, Duration latency, String requestId, TransportException failure) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        SdkHttpRequest r = attemptRequest;
        String target = r == null ? "?" : r.method() + " " + r.hostHeader() + r.encodedPath();
        if (failure == null) {
            LOG.debug("{} attempt {}: {} -> HTTP {} in {} ms, request id {}", describe(), attempt, target, status,
                    latency.toMillis(), requestId == null ? "-" : requestId);
        } else {
            LOG.debug("{} attempt {}: {} -> {} ({}) after {} ms", describe(), attempt, target, failure.kind(),
                    failure.getMessage(), latency.toMillis());
        }
    }

    private void notifyAttempt(int status, Optional<String> requestId, Duration latency, Throwable failure) {
        if (pipeline.config().interceptors().isEmpty()) {
            return;
        }
        AttemptOutcome outcome = new AttemptOutcome(info, attempt, status, requestId, latency, Optional.ofNullable(failure));
        for (ExecutionInterceptor interceptor : pipeline.config().interceptors()) {
            try {
                interceptor.afterAttempt(outcome);
            } catch (RuntimeException e) {
                LOG.warn("interceptor {} failed in afterAttempt: {}", interceptor.getClass().getName(), e.toString());
            }
        }
    }

    private void notifyCall(Optional<SdkException> failure) {
        if (pipeline.config().interceptors().isEmpty()) {
            return;
        }
        CallOutcome outcome = new CallOutcome(info, attempt, Duration.ofNanos(System.nanoTime() - callStartNanos),
                Optional.ofNullable(lastRequestId), failure);
        for (ExecutionInterceptor interceptor : pipeline.config().interceptors()) {
            try {
                interceptor.afterCall(outcome);
            } catch (RuntimeException e) {
                LOG.warn("interceptor {} failed in afterCall: {}", interceptor.getClass().getName(), e.toString());
            }
        }
    }

    private String describe() {
        return info.provider() + " " + info.service() + " " + info.operation();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
