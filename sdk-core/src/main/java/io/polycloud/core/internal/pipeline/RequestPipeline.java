package io.polycloud.core.internal.pipeline;

import io.polycloud.core.SdkVersion;
import io.polycloud.core.internal.pipeline.ClientConfiguration;
import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.internal.retry.RetryStrategy;
import io.polycloud.core.internal.validation.Validate;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs calls for one client: the retry loop around "sign with a fresh timestamp, send with a
 * per-attempt timeout, classify", then unmarshals the result or throws the mapped exception.
 * Thread-safe and lock-free; one instance per client, closed with it.
 *
 * <p>Service modules build one from their client builder's {@link ClientConfiguration}, a
 * {@link RequestAuthenticator}, the protocol's {@link ErrorResponseParser} and their
 * {@link ErrorCatalog}, and hand it {@link SdkCall}s.
 */
public final class RequestPipeline implements AutoCloseable {

    private final String provider;
    private final String service;
    private final ClientConfiguration config;
    private final RequestAuthenticator authenticator;
    private final ErrorResponseParser errorParser;
    private final ErrorCatalog catalog;
    private final RetryStrategy retryStrategy;
    private final String userAgent;
    private final AtomicLong clockSkewMillis = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    private RequestPipeline(Builder b) {
        this.provider = Validate.notNull(b.provider, "provider");
        this.service = Validate.notNull(b.service, "service");
        this.config = Validate.notNull(b.configuration, "configuration");
        this.authenticator = Validate.notNull(b.authenticator, "authenticator");
        this.errorParser = Validate.notNull(b.errorParser, "errorParser");
        this.catalog = b.catalog;
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
     * @throws ServiceException   if the service answered with an error, after any retries
     * @throws SdkClientException if the call could not be made or completed
     */
    public <T> T execute(SdkCall<T> call) {
        CallExecution<T> execution = newExecution(call);
        HttpTransport transport = config.transport();
        while (true) {
            Step<T> step;
            try {
                SdkHttpRequest request = execution.prepareAttempt();
                try {
                    step = execution.onResponse(transport.execute(request, execution.attemptTimeout()));
                } catch (IOException e) {
                    step = execution.onTransportFailure(e);
                }
            } catch (RuntimeException e) {
                step = execution.onUnexpected(e);
            }
            if (step instanceof Step.Done<T> done) {
                return done.value();
            }
            if (step instanceof Step.Fail<T> fail) {
                throw fail.exception();
            }
            Duration delay = ((Step.Retry<T>) step).delay();
            try {
                config.sleeper().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw execution.finish(new SdkClientException("interrupted while waiting to retry", e, execution.attempts()));
            }
        }
    }

    /**
     * Runs a call without blocking the caller: the request goes out on the transport's threads,
     * and backoff waits hold no thread.
     *
     * @param call the call
     * @param <T>  the result type
     * @return a future completed with the result, or exceptionally with the same exceptions
     *         {@link #execute(SdkCall)} throws; cancelling it cancels the in-flight attempt
     */
    public <T> CompletableFuture<T> executeAsync(SdkCall<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CallExecution<T> execution;
        try {
            execution = newExecution(call);
        } catch (SdkException e) {
            result.completeExceptionally(e);
            return result;
        }
        attemptAsync(execution, result);
        return result;
    }

    private <T> void attemptAsync(CallExecution<T> execution, CompletableFuture<T> result) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<SdkHttpResponse> response;
        try {
            SdkHttpRequest request = execution.prepareAttempt();
            response = config.transport().executeAsync(request, execution.attemptTimeout());
        } catch (RuntimeException e) {
            complete(execution.onUnexpected(e), execution, result);
            return;
        }
        result.whenComplete((r, e) -> {
            if (e instanceof CancellationException) {
                response.cancel(true);
            }
        });
        response.whenComplete((r, error) -> {
            Step<T> step;
            try {
                if (error == null) {
                    step = execution.onResponse(r);
                } else {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    step = cause instanceof IOException io ? execution.onTransportFailure(io)
                            : execution.onUnexpected(cause instanceof RuntimeException re ? re
                            : new SdkClientException("transport failed", cause, execution.attempts()));
                }
            } catch (RuntimeException e) {
                step = execution.onUnexpected(e);
            }
            complete(step, execution, result);
        });
    }

    private <T> void complete(Step<T> step, CallExecution<T> execution, CompletableFuture<T> result) {
        if (step instanceof Step.Done<T> done) {
            result.complete(done.value());
        } else if (step instanceof Step.Fail<T> fail) {
            result.completeExceptionally(fail.exception());
        } else {
            config.sleeper().delay(((Step.Retry<T>) step).delay())
                    .whenComplete((v, e) -> attemptAsync(execution, result));
        }
    }

    private <T> CallExecution<T> newExecution(SdkCall<T> call) {
        if (closed.get()) {
            throw new SdkClientException(provider + " " + service + " client is closed");
        }
        SdkHttpRequest request = call.request();
        if (!request.headers().first("User-Agent").filter(userAgent::equals).isPresent()) {
            request = request.toBuilder().setHeader("User-Agent", userAgent).build();
        }
        return new CallExecution<>(this, new CallInfo(provider, service, call.operation()), call, request);
    }

    ClientConfiguration config() {
        return config;
    }

    RequestAuthenticator authenticator() {
        return authenticator;
    }

    ErrorResponseParser errorParser() {
        return errorParser;
    }

    ErrorCatalog catalog() {
        return catalog;
    }

    RetryStrategy retryStrategy() {
        return retryStrategy;
    }

    AtomicLong clockSkewMillis() {
        return clockSkewMillis;
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
     * timestamp; added to every later signature.
     *
     * @return the offset, zero until a skew error was seen
     */
    public Duration clockSkew() {
        return Duration.ofMillis(clockSkewMillis.get());
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
