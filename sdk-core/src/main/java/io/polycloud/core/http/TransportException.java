package io.polycloud.core.http;

import java.io.IOException;
import java.util.Objects;

/**
 * An I/O failure of one HTTP exchange, saying what failed and whether the request may have
 * reached the server. The retry logic relies on the latter: a request that certainly was not
 * sent can always be retried; one that may have been is retried only when it is idempotent.
 */
public final class TransportException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What failed. */
    public enum Kind {
        /** The connection could not be established (refused, unreachable, DNS, TLS handshake). */
        CONNECT_FAILED,
        /** Connecting took longer than the connect timeout. */
        CONNECT_TIMEOUT,
        /** An open connection delivered no bytes within the read timeout. */
        READ_TIMEOUT,
        /** The whole exchange took longer than the attempt timeout. */
        ATTEMPT_TIMEOUT,
        /**
         * The calling thread was interrupted before or during the exchange. The transport aborts
         * the exchange (the connection is not reused) and leaves the thread's interrupt flag set;
         * the pipeline never retries it.
         */
        INTERRUPTED,
        /** Any other I/O failure: reset, broken pipe, unexpected end of stream. */
        IO_ERROR
    }

    private final Kind kind;
    private final boolean requestSent;

    /**
     * Creates the exception.
     *
     * @param kind        what failed
     * @param requestSent whether any byte of the request may have been sent
     * @param message     description
     * @param cause       the underlying exception, may be null
     */
    public TransportException(Kind kind, boolean requestSent, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.requestSent = requestSent;
    }

    /**
     * What failed.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether the server may have received the request.
     *
     * @return false only when the request certainly was not sent
     */
    public boolean requestSent() {
        return requestSent;
    }
}
