package io.polycloud.core.internal.pipeline;

import io.polycloud.core.SdkVersion;
import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.internal.retry.RetryStrategy;
import io.polycloud.core.internal.validation.Validate;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs calls for one client: the retry loop around "sign with a fresh timestamp, send with a
 * per-attempt timeout, classify", then unmarshals the result or throws the mapped exception.
 * Thread-safe and lock-free; one instance per client, closed with it.
 *
 * <p>Service modules build one from their client builder's {@link ClientConfiguration}, a
 * {@link RequestAuthenticator}, the protocol's {@link ErrorResponseParser} and their
 * {@link ErrorCatalog}, and hand it {@link SdkCall}s.
 *
 * <p>Every call has a {@link Deadline}, started when the call is made: the total timeout covers
 * queueing in the transport, every attempt and every backoff. A blocking call honours interrupts:
 * made on an interrupted thread it sends nothing, and an interrupt during an attempt or a backoff
 * ends it at once; either way it throws {@link SdkInterruptedException} and leaves the flag set.
 */
public final class RequestPipeline implements AutoCloseable {

    private final String provider;
    private final String service;
    private final ClientConfiguration config;
    private final RequestAuthenticator authenticator;
    private final ErrorMapper errorMapper;
    private final RetryStrategy retryStrategy;
    private final ClockSkewRecovery clockSkew = new ClockSkewRecovery();
    private final String userAgent;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RequestPipeline(Builder b) {
        this.provider = Validate.notNull(b.provider, "provider");
        this.service = Validate.notNull(b.service, "service");
        this.config = Validate.notNull(b.configuration, "configuration");
        this.authenticator = Validate.notNull(b.authenticator, "authenticator");
        this.errorMapper = ErrorMapper.of(provider, service, Validate.notNull(b.errorParser, "errorParser"), b.catalog);
        this.retryStrategy = new RetryStrategy(config.retryPolicy());
        this.userAgent = config.userAgentSuffix().map(s -> SdkVersion.USER_AGENT + " " + s).orElse(SdkVersion.USER_AGENT);
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs a call on the calling thread.
     *
     * @param call the call
     * @param <T>  the result type
     * @return the result
     * @throws ServiceException        if the service answered with an error, after any retries
     * @throws SdkTimeoutException     if a time limit expired
     * @throws SdkInterruptedException if the thread was interrupted; its interrupt flag stays set
     * @throws SdkClientException      if the call could not be made or completed
     */
    public <T> T execute(SdkCall<T> call) {
        CallExecution<T> execution = newExecution(call, false);
        while (true) {
            Step<T> step = attempt(execution);
            if (step instanceof Step.Retry<T> retry) {
                try {
                    config.sleeper().sleep(retry.delay());
                    continue;
                } catch (InterruptedException e) {
                    step = execution.onInterrupted(e);
                }
            }
            if (step instanceof Step.Done<T> done) {
                execution.endSucceeded();
                return done.value();
            }
            SdkException failure = ((Step.Fail<T>) step).exception();
            if (failure instanceof SdkInterruptedException) {
                // Whoever threw the interrupt may have cleared the flag; the caller must still see it.
                Thread.currentThread().interrupt();
            }
            execution.endFailed(failure);
            throw failure;
        }
    }

    private <T> Step<T> attempt(CallExecution<T> execution) {
        if (Thread.currentThread().isInterrupted()) {
            return execution.onInterrupted(null);
        }
        try {
            SdkHttpRequest request = execution.prepareAttempt();
            return execution.onResponse(config.transport().execute(request, execution.attemptTimeout()));
        } catch (Exception e) {
            // Also a checked InterruptedException that a transport threw without declaring it.
            return execution.onFailure(e);
        }
    }

    /**
     * Runs a call without blocking the caller: the request goes out on the transport's threads,
     * and backoff waits hold no thread. At the deadline the future completes with the total
     * {@link SdkTimeoutException}, whether the request is still queued in the transport (it is
     * then never sent), in flight (it is cancelled) or waiting to be retried.
     *
     * @param call the call
     * @param <T>  the result type
     * @return a future completed with the result, or exceptionally with the same exceptions
     *         {@link #execute(SdkCall)} throws; cancelling it cancels the in-flight attempt
     */
    public <T> CompletableFuture<T> executeAsync(SdkCall<T> call) {
        CallExecution<T> execution;
        try {
            execution = newExecution(call, true);
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
        return new AsyncCall<>(execution).start();
    }

    /** The async loop of one call: the same steps as {@link #execute}, chained on futures. */
    private final class AsyncCall<T> {
        private final CallExecution<T> execution;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        // The transport's future, or the backoff wait: what to cancel when the call ends early.
        private volatile Future<?> pending;

        AsyncCall(CallExecution<T> execution) {
            this.execution = execution;
        }

        CompletableFuture<T> start() {
            ScheduledFuture<?> timer = DeadlineTimer.schedule(execution.deadline().remaining(), this::onDeadline);
            result.whenComplete((value, error) -> {
                timer.cancel(false);
                if (result.isCancelled()) {
                    execution.endCancelled();
                }
                cancelPending();
            });
            attempt();
            return result;
        }

        private void attempt() {
            if (result.isDone()) {
                return;
            }
            CompletableFuture<SdkHttpResponse> response;
            try {
                SdkHttpRequest request = execution.prepareAttempt();
                response = config.transport().executeAsync(request, execution.attemptTimeout());
            } catch (RuntimeException e) {
                complete(execution.onFailure(e));
                return;
            }
            pending = response;
            if (result.isDone()) {
                // Ended (deadline, cancel) while this attempt was being handed over: never send it.
                response.cancel(true);
            }
            response.whenComplete((r, error) -> {
                Step<T> step;
                try {
                    step = error == null ? execution.onResponse(r) : execution.onFailure(unwrap(error));
                } catch (RuntimeException e) {
                    step = execution.onFailure(e);
                }
                complete(step);
            });
        }

        private void complete(Step<T> step) {
            if (step instanceof Step.Done<T> done) {
                if (execution.endSucceeded()) {
                    result.complete(done.value());
                }
            } else if (step instanceof Step.Fail<T> fail) {
                if (execution.endFailed(fail.exception())) {
                    result.completeExceptionally(fail.exception());
                }
            } else if (!result.isDone()) {
                CompletableFuture<Void> wait = config.sleeper().delay(((Step.Retry<T>) step).delay());
                pending = wait;
                wait.whenComplete((v, e) -> attempt());
            }
        }

        private void onDeadline() {
            SdkTimeoutException timeout = execution.totalTimeoutExceeded();
            if (execution.endFailed(timeout)) {
                result.completeExceptionally(timeout);
            }
        }

        private void cancelPending() {
            Future<?> p = pending;
            if (p != null && !p.isDone()) {
                DeadlineTimer.cancelLater(p);
            }
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private <T> CallExecution<T> newExecution(SdkCall<T> call, boolean async) {
        if (closed.get()) {
            throw new SdkClientException(provider + " " + service + " client is closed");
        }
        SdkHttpRequest request = call.request();
        if (!request.headers().first("User-Agent").filter(userAgent::equals).isPresent()) {
            request = request.toBuilder().setHeader("User-Agent", userAgent).build();
        }
        int port = request.port() > 0 ? request.port() : "http".equalsIgnoreCase(request.scheme()) ? 80 : 443;
        CallInfo info = new CallInfo(provider, service, call.operation(), config.region(), request.host(), port, async);
        return new CallExecution<>(this, info, call, request);
    }

    ClientConfiguration config() {
        return config;
    }

    RequestAuthenticator authenticator() {
        return authenticator;
    }

    ErrorMapper errorMapper() {
        return errorMapper;
    }

    RetryStrategy retryStrategy() {
        return retryStrategy;
    }

    ClockSkewRecovery clockSkewRecovery() {
        return clockSkew;
    }

    /**
     * The {@code User-Agent} every request carries: the SDK's, then the configured suffix. A
     * protocol client that sets it while building a request saves the pipeline a copy.
     *
     * @return the header value
     */
    public String userAgent() {
        return userAgent;
    }

    /**
     * The clock offset measured from the service's {@code Date} header after it rejected a
     * timestamp, and confirmed by a corrected attempt it accepted; added to every later signature.
     *
     * @return the offset, zero until a correction was confirmed
     */
    public Duration clockSkew() {
        return clockSkew.adopted();
    }

    /**
     * Budget tokens left, for metrics and tests.
     *
     * @return the tokens
     */
    public int retryTokensAvailable() {
        return retryStrategy.bucket().available();
    }

    /** Closes the transport if the client created it. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && config.ownsTransport()) {
            config.transport().close();
        }
    }

    /** Builds {@link RequestPipeline}s. */
    public static final class Builder {
        private String provider;
        private String service;
        private ClientConfiguration configuration;
        private RequestAuthenticator authenticator;
        private ErrorResponseParser errorParser;
        private ErrorCatalog catalog = ErrorCatalog.empty();

        private Builder() {
        }

        /**
         * @param provider {@code aliyun} or {@code huawei}
         * @return this builder
         */
        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        /**
         * @param service the service name, for example {@code vpc}
         * @return this builder
         */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        /**
         * @param configuration the client's settings
         * @return this builder
         */
        public Builder configuration(ClientConfiguration configuration) {
            this.configuration = configuration;
            return this;
        }

        /**
         * @param authenticator signs every attempt
         * @return this builder
         */
        public Builder authenticator(RequestAuthenticator authenticator) {
            this.authenticator = authenticator;
            return this;
        }

        /**
         * @param errorParser reads the protocol's error bodies
         * @return this builder
         */
        public Builder errorParser(ErrorResponseParser errorParser) {
            this.errorParser = errorParser;
            return this;
        }

        /**
         * @param catalog the service's documented codes; default empty
         * @return this builder
         */
        public Builder errorCatalog(ErrorCatalog catalog) {
            this.catalog = Validate.notNull(catalog, "catalog");
            return this;
        }

        /**
         * Builds the pipeline.
         *
         * @return the pipeline
         * @throws SdkClientException if a required part is missing
         */
        public RequestPipeline build() {
            return new RequestPipeline(this);
        }
    }
}
