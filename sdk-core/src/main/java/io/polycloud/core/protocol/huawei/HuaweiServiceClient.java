package io.polycloud.core.protocol.huawei;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.internal.protocol.ServiceDescriptor;
import io.polycloud.core.internal.protocol.huawei.HuaweiOperation;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What every Huawei Cloud service client shares: a client is its operation descriptors plus one
 * typed method and its {@code …Async} twin per operation, and this class runs them. Thread-safe;
 * share one client per region and close it when done.
 *
 * <p>Requests are signed with AK/SK ({@code SDK-HMAC-SHA256} by default) or carry an IAM token
 * ({@link HuaweiClientBuilder#tokenProvider}); the project id comes from the builder, else from
 * the credentials or token. Each operation method throws
 * {@link io.polycloud.core.exception.ServiceException} when the service refuses (its code is one of
 * the service's {@code …ErrorCodes}) or answers with something unreadable, and
 * {@link io.polycloud.core.exception.SdkClientException} when the request is null, no project id
 * is configured, or the call could not be made. An {@code …Async} method never throws: every
 * failure, a null request included, completes its future exceptionally with the exception the
 * synchronous method throws.
 */
public abstract class HuaweiServiceClient implements AutoCloseable {

    private final HuaweiRestClient rest;

    /**
     * For service clients, which {@link Builder} creates.
     *
     * @param rest the protocol client the calls go through
     */
    protected HuaweiServiceClient(HuaweiRestClient rest) {
        this.rest = rest;
    }

    /**
     * Runs an operation and waits for its typed result.
     *
     * @param operation the descriptor
     * @param request   the typed request
     * @param <I>       the request type
     * @param <O>       the response type
     * @return the response
     */
    protected final <I, O> O call(HuaweiOperation<I, O> operation, I request) {
        return rest.call(operation, request);
    }

    /**
     * Runs an operation without blocking; never throws.
     *
     * @param operation the descriptor
     * @param request   the typed request
     * @param <I>       the request type
     * @param <O>       the response type
     * @return the future response
     */
    protected final <I, O> CompletableFuture<O> callAsync(HuaweiOperation<I, O> operation, I request) {
        return rest.callAsync(operation, request);
    }

    /** Closes the client's connections, unless its transport was given to the builder. */
    @Override
    public void close() {
        rest.close();
    }

    /**
     * Builds the clients of one service: {@link HuaweiClientBuilder}'s settings, and {@link #build()}.
     * A service client's builder only names its service.
     *
     * <pre>{@code
     * public static final class Builder extends HuaweiServiceClient.Builder<Builder, DrsClient> {
     *     private Builder() {
     *         super("drs", DrsErrorCodes.catalog(), DrsClient::new);
     *     }
     * }
     * }</pre>
     *
     * @param <B> the concrete builder type
     * @param <C> the client it builds
     */
    public abstract static class Builder<B extends Builder<B, C>, C extends HuaweiServiceClient>
            extends HuaweiClientBuilder<B> {

        private final ServiceDescriptor service;
        private final Function<HuaweiRestClient, C> client;

        /**
         * For service clients' builders.
         *
         * @param service the endpoint prefix and service name, for example {@code drs}
         * @param errors  the service's documented error codes
         * @param client  the client's constructor
         */
        protected Builder(String service, ErrorCatalog errors, Function<HuaweiRestClient, C> client) {
            this.service = ServiceDescriptor.huawei(service, region -> HuaweiEndpoints.of(service, region), errors);
            this.client = client;
        }

        /**
         * Builds a client with this builder's settings.
         *
         * @return the client
         * @throws io.polycloud.core.exception.SdkClientException if neither region nor endpoint
         *         override is set, or both credentials and a token provider are
         */
        public final C build() {
            return client.apply(buildRestClient(service));
        }
    }
}
