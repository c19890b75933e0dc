package io.polycloud.core.internal.pipeline;

import io.polycloud.core.http.SdkHttpRequest;
import java.util.Objects;

/**
 * One operation call handed to the {@link RequestPipeline} by a service client: the marshalled,
 * unsigned request and how to read a successful response.
 *
 * @param operation    the API's operation name, for errors, logs and metrics
 * @param request      the unsigned request; sent as is on every attempt, re-signed each time
 * @param safeToRepeat whether sending it twice has no extra effect: the operation is idempotent
 *                     or the request carries an idempotency token. Decides whether an ambiguous
 *                     failure (the service may have acted) is retried
 * @param handler      turns a 2xx response into the typed result
 * @param <T>          the result type
 */
public record SdkCall<T>(String operation, SdkHttpRequest request, boolean safeToRepeat, ResponseHandler<T> handler) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public SdkCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(handler, "handler");
    }
}
