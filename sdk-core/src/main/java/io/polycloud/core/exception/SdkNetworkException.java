package io.polycloud.core.exception;

/**
 * An I/O failure talking to the service: connection refused or reset, DNS failure, a broken
 * stream. The service may or may not have received the request.
 */
public final class SdkNetworkException extends SdkClientException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  what went wrong
     * @param cause    the I/O failure
     * @param attempts attempts made, including the failed one
     */
    public SdkNetworkException(String message, Throwable cause, int attempts) {
        super(message, cause, attempts);
    }
}
