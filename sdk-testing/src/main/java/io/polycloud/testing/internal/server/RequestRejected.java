package io.polycloud.testing.internal.server;

/**
 * Internal: a request the server will not serve, with the status to answer before it closes the
 * connection. Not part of the public API.
 */
final class RequestRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    RequestRejected(int status, String reason) {
        // No stack trace: this is an answer to a client, not a bug.
        super(reason, null, false, false);
        this.status = status;
    }

    static RequestRejected malformed(String reason) {
        return new RequestRejected(400, reason);
    }

    int status() {
        return status;
    }
}
