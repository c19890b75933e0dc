package io.polycloud.core.internal.protocol.aliyun;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.pipeline.RequestPipeline;
import io.polycloud.core.internal.pipeline.ResponseHandler;
import io.polycloud.core.internal.pipeline.SdkCall;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Alibaba Cloud RPC protocol for one service client: renders {@link AliyunRpcRequest}s as
 * {@code POST /?<parameters>} with an empty body and runs them through the client's
 * {@link RequestPipeline}. In V3 style the action and version travel in {@code x-acs-action} and
 * {@code x-acs-version}; with the legacy signature they travel as {@code Action}, {@code Version}
 * and {@code Format=JSON} query parameters. Thread-safe.
 */
public final class AliyunRpcClient implements AutoCloseable {

    private final RequestPipeline pipeline;
    private final URI endpoint;
    private final String apiVersion;
    private final AliyunSignatureVersion signatureVersion;
    private final Optional<String> region;

    /**
     * A client.
     *
     * @param pipeline         runs the calls
     * @param endpoint         where they go
     * @param apiVersion       the service's API version
     * @param signatureVersion how they are signed
     * @param region           the client's region, for requests that name none
     */
    public AliyunRpcClient(RequestPipeline pipeline, URI endpoint, String apiVersion, AliyunSignatureVersion signatureVersion,
                           Optional<String> region) {
        this.pipeline = pipeline;
        this.endpoint = endpoint;
        this.apiVersion = apiVersion;
        this.signatureVersion = signatureVersion;
        this.region = region;
    }

    /**
     * Calls an operation described by a descriptor and waits for the typed result.
     *
     * @param operation the descriptor
     * @param request   the typed request
     * @param <I>       the request type
     * @param <O>       the result type
     * @return the result
     * @throws io.polycloud.core.exception.ServiceException if the service answered with an error
     * @throws SdkClientException                            if the request is null or no region is known, or the
     *                                                       call could not be made
     */
    public <I, O> O call(AliyunOperation<I, O> operation, I request) {
        return call(operation.marshal(request, region), operation.response());
    }

    /**
     * {@link #call(AliyunOperation, Object)} without blocking. Never throws: every failure, a null
     * request included, completes the future exceptionally with the exception the synchronous
     * call would throw.
     *
     * @param operation the descriptor
     * @param request   the typed request
     * @param <I>       the request type
     * @param <O>       the result type
     * @return the future result
     */
    public <I, O> CompletableFuture<O> callAsync(AliyunOperation<I, O> operation, I request) {
        try {
            return callAsync(operation.marshal(request, region), operation.response());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Calls an action and waits for the result.
     *
     * @param request the call
     * @param handler reads the 2xx response
     * @param <T>     the result type
     * @return the result
     * @throws io.polycloud.core.exception.ServiceException if the service answered with an error
     * @throws SdkClientException                            if the call could not be made
     */
    public <T> T call(AliyunRpcRequest request, ResponseHandler<T> handler) {
        return pipeline.execute(toCall(request, handler));
    }

    /**
     * Calls an action without blocking.
     *
     * @param request the call
     * @param handler reads the 2xx response
     * @param <T>     the result type
     * @return the future result; input errors complete it exceptionally
     */
    public <T> CompletableFuture<T> callAsync(AliyunRpcRequest request, ResponseHandler<T> handler) {
        SdkCall<T> call;
        try {
            call = toCall(request, handler);
        } catch (SdkClientException e) {
            return CompletableFuture.failedFuture(e);
        }
        return pipeline.executeAsync(call);
    }

    /**
     * The endpoint requests go to.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return endpoint;
    }

    /** Closes the pipeline and, if the client created it, its transport. */
    @Override
    public void close() {
        pipeline.close();
    }

    private <T> SdkCall<T> toCall(AliyunRpcRequest request, ResponseHandler<T> handler) {
        SdkHttpRequest.Builder http = SdkHttpRequest.builder().method("POST").endpoint(endpoint)
                .addHeader("User-Agent", pipeline.userAgent());
        if (signatureVersion == AliyunSignatureVersion.RPC_V1_HMAC_SHA1) {
            http.addQueryParameter("Action", request.action())
                    .addQueryParameter("Version", apiVersion)
                    .addQueryParameter("Format", "JSON");
        } else {
            http.addHeader("x-acs-action", request.action()).addHeader("x-acs-version", apiVersion);
        }
        for (Map.Entry<String, String> p : request.parameters()) {
            http.addQueryParameter(p.getKey(), p.getValue());
        }
        return new SdkCall<>(request.action(), http.build(), request.safeToRepeat(), handler);
    }
}
