package io.polycloud.core.internal.protocol.huawei;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.pipeline.RequestPipeline;
import io.polycloud.core.internal.pipeline.ResponseHandler;
import io.polycloud.core.internal.pipeline.SdkCall;
import io.polycloud.core.internal.validation.Validate;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The Huawei Cloud REST-JSON protocol for one service client: fills the path template (the
 * project id and every parameter as a single encoded segment), adds
 * {@code Content-Type: application/json} and {@code X-Project-Id}, and runs the call through the
 * client's {@link RequestPipeline}. Thread-safe.
 */
public final class HuaweiRestClient implements AutoCloseable {

    private static final int MAX_PATH_PARAMETER_LENGTH = 1024;

    private final RequestPipeline pipeline;
    private final URI endpoint;
    private final Supplier<Optional<String>> projectIds;

    public HuaweiRestClient(RequestPipeline pipeline, URI endpoint, Supplier<Optional<String>> projectIds) {
        this.pipeline = pipeline;
        this.endpoint = endpoint;
        this.projectIds = projectIds;
    }

    /**
     * Calls an operation and waits for the result.
     *
     * @param request the call
     * @param handler reads the 2xx response
     * @param <T>     the result type
     * @return the result
     * @throws io.polycloud.core.exception.ServiceException if the service answered with an error
     * @throws SdkClientException                            if the call could not be made
     */
    public <T> T call(HuaweiRestRequest request, ResponseHandler<T> handler) {
        return pipeline.execute(toCall(request, handler));
    }

    /**
     * Calls an operation without blocking.
     *
     * @param request the call
     * @param handler reads the 2xx response
     * @param <T>     the result type
     * @return the future result; input errors complete it exceptionally
     */
    public <T> CompletableFuture<T> callAsync(HuaweiRestRequest request, ResponseHandler<T> handler) {
        SdkCall<T> call;
        try {
            call = toCall(request, handler);
        } catch (SdkClientException e) {
            return CompletableFuture.failedFuture(e);
        }
        return pipeline.executeAsync(call);
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
     * @throws SdkClientException                            if the request is null or invalid, or the call could not be made
     */
    public <I, O> O call(HuaweiOperation<I, O> operation, I request) {
        return call(operation.marshal(request), operation.response());
    }

    /**
     * {@link #call(HuaweiOperation, Object)} without blocking. Never throws: every failure, a null
     * request included, completes the future exceptionally with the exception the synchronous
     * call would throw.
     *
     * @param operation the descriptor
     * @param request   the typed request
     * @param <I>       the request type
     * @param <O>       the result type
     * @return the future result
     */
    public <I, O> CompletableFuture<O> callAsync(HuaweiOperation<I, O> operation, I request) {
        try {
            return callAsync(operation.marshal(request), operation.response());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * The project id calls use: the builder's, else the one the credentials or token carry.
     *
     * @return the project id
     * @throws SdkClientException if none is configured
     */
    public String projectId() {
        return projectIds.get().orElseThrow(() -> new SdkClientException(
                "projectId is required: set it on the client builder, in HUAWEICLOUD_SDK_PROJECT_ID, or on the credentials"));
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

    private <T> SdkCall<T> toCall(HuaweiRestRequest request, ResponseHandler<T> handler) {
        String projectId = projectId();
        SdkHttpRequest.Builder http = SdkHttpRequest.builder().method(request.method()).endpoint(endpoint);
        PathTemplate template = PathTemplate.of(request.pathTemplate());
        for (int i = 0; i <= template.parameterCount(); i++) {
            if (!template.literal(i).isEmpty()) {
                http.appendEncodedPath(template.literal(i));
            }
            if (i == template.parameterCount()) {
                break;
            }
            String name = template.parameter(i);
            String value = name.equals("project_id") ? projectId : request.pathParameters().get(name);
            if (value == null) {
                throw new SdkClientException(name + " is required but was null");
            }
            http.appendPathSegment(Validate.pathSegment(value, name, MAX_PATH_PARAMETER_LENGTH));
        }
        for (Map.Entry<String, String> q : request.queryParameters()) {
            http.addQueryParameter(q.getKey(), q.getValue());
        }
        // The API reference lists Content-Type as required even on body-less calls; it is not signed.
        http.addHeader("User-Agent", pipeline.userAgent());
        http.addHeader("Content-Type", "application/json");
        http.addHeader("X-Project-Id", projectId);
        for (Map.Entry<String, String> h : request.headers()) {
            http.setHeader(h.getKey(), h.getValue());
        }
        byte[] body = request.body();
        if (body.length > 0) {
            http.body(body);
        }
        return new SdkCall<>(request.operation(), http.build(), request.safeToRepeat(), handler);
    }
}
