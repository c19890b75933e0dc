package io.polycloud.core.internal.pipeline;

import io.polycloud.core.http.SdkHttpResponse;

/**
 * Turns a successful (2xx) response into a typed result. Anything it throws becomes a
 * {@link io.polycloud.core.exception.ServiceException} that keeps the status and request id,
 * so a handler may simply fail on a body it does not understand.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseHandler<T> {

    /**
     * Reads the response.
     *
     * @param response a 2xx response with a complete body
     * @return the result
     * @throws Exception if the body is not what the operation returns
     */
    T handle(SdkHttpResponse response) throws Exception;
}
