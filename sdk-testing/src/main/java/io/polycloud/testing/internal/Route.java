package io.polycloud.testing.internal;

import io.polycloud.testing.EmulatedOperation;

/**
 * Internal: where the router sends a request: the operation, the cloud's answer shapes, and the
 * code that serves it. Not part of the public API.
 *
 * @param operation the operation
 * @param dialect   how the cloud shapes answers
 * @param handler   serves the request: authenticates it, then acts
 */
public record Route(EmulatedOperation operation, CloudDialect dialect, Handler handler) {

    /** Serves one request. */
    @FunctionalInterface
    public interface Handler {
        /**
         * Serves a request.
         *
         * @param exchange the request
         * @return the answer
         */
        Answer handle(Exchange exchange);
    }
}
