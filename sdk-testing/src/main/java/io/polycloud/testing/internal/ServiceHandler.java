package io.polycloud.testing.internal;

/**
 * Internal: serves the requests of an emulated operation: authenticates each, then acts, and
 * answers in the cloud's shape. Not part of the public API.
 */
@FunctionalInterface
public interface ServiceHandler {

    /**
     * Serves a request.
     *
     * @param exchange the request
     * @return the answer
     */
    Answer handle(Exchange exchange);
}
