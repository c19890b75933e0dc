package io.polycloud.core.exception;

/**
 * Root of every exception the SDK throws. Unchecked.
 *
 * <pre>
 * SdkException
 * ├── SdkClientException            bad input or settings, no credentials, signing, serialization
 * │   ├── SdkTimeoutException       connect / read / attempt / total-call timeout
 * │   ├── SdkNetworkException       I/O failure (reset, refused, DNS)
 * │   └── SdkInterruptedException   the calling thread was interrupted; its interrupt flag stays set
 * └── ServiceException              the cloud answered with an error
 * </pre>
 *
 * <p>Messages never contain secrets: access key secrets, security tokens, {@code Authorization}
 * and {@code X-Auth-Token} values are redacted before they reach an exception.
 */
public abstract sealed class SdkException extends RuntimeException permits SdkClientException, ServiceException {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    SdkException(String message, Throwable cause, int attempts) {
        super(message, cause);
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be >= 0");
        }
        this.attempts = attempts;
    }

    /**
     * How many HTTP attempts were made before this exception was thrown.
     *
     * @return 0 when the request was rejected before anything was sent
     */
    public int attempts() {
        return attempts;
    }
}
