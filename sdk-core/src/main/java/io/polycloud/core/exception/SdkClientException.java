package io.polycloud.core.exception;

/**
 * The request could not be made or completed on the client side: invalid input or an invalid
 * setting (thrown before any byte is sent), missing credentials, a signing or serialization
 * failure, or, through the subclasses, a timeout, an I/O failure or an interrupt.
 */
public sealed class SdkClientException extends SdkException
        permits SdkTimeoutException, SdkNetworkException, SdkInterruptedException {

    private static final long serialVersionUID = 1L;

    /**
     * A client-side failure that happened before any attempt.
     *
     * @param message what went wrong, naming the offending field where there is one
     */
    public SdkClientException(String message) {
        super(message, null, 0);
    }

    /**
     * A client-side failure that happened before any attempt.
     *
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public SdkClientException(String message, Throwable cause) {
        super(message, cause, 0);
    }

    /**
     * A client-side failure after some attempts.
     *
     * @param message  what went wrong
     * @param cause    the underlying failure, may be null
     * @param attempts attempts made so far
     */
    public SdkClientException(String message, Throwable cause, int attempts) {
        super(message, cause, attempts);
    }
}
