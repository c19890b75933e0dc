package io.polycloud.core.exception;

/**
 * A time limit was hit: connect, read, per-attempt or total-call timeout.
 */
public final class SdkTimeoutException extends SdkClientException {

    private static final long serialVersionUID = 1L;

    /** Which limit expired. */
    public enum Kind {
        /** The TCP/TLS connection was not established in time. */
        CONNECT,
        /** No bytes arrived from an open connection within the read timeout. */
        READ,
        /** One attempt, from sending to reading the whole response, took too long. */
        ATTEMPT,
        /** The whole call, all attempts and backoff included, took too long. */
        TOTAL
    }

    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind     which limit expired
     * @param message  what went wrong
     * @param cause    the underlying failure, may be null
     * @param attempts attempts made
     */
    public SdkTimeoutException(Kind kind, String message, Throwable cause, int attempts) {
        super(message, cause, attempts);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    /**
     * Which limit expired.
     *
     * @return the kind of timeout
     */
    public Kind kind() {
        return kind;
    }
}
