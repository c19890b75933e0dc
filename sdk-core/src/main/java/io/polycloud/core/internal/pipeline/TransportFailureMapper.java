package io.polycloud.core.internal.pipeline;

import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.http.TransportException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/**
 * What a failed exchange becomes: the one place that turns a transport's failure into the
 * {@link SdkException} the caller sees.
 *
 * <table>
 *   <caption>TransportException kind to exception</caption>
 *   <tr><th>kind</th><th>exception</th></tr>
 *   <tr><td>CONNECT_TIMEOUT</td><td>{@link SdkTimeoutException} CONNECT</td></tr>
 *   <tr><td>READ_TIMEOUT</td><td>{@link SdkTimeoutException} READ</td></tr>
 *   <tr><td>ATTEMPT_TIMEOUT</td><td>{@link SdkTimeoutException} ATTEMPT, or TOTAL when the attempt
 *       was cut to the call's deadline</td></tr>
 *   <tr><td>INTERRUPTED</td><td>{@link SdkInterruptedException}</td></tr>
 *   <tr><td>CONNECT_FAILED, IO_ERROR</td><td>{@link SdkNetworkException}</td></tr>
 * </table>
 *
 * <p>Transports should throw {@link TransportException}; anything else is {@linkplain #classify
 * classified} first.
 */
public final class TransportFailureMapper {

    private TransportFailureMapper() {
    }

    /**
     * Classifies whatever a transport failed with. An {@link InterruptedIOException} that is not
     * a socket timeout, and a checked {@link InterruptedException} a transport threw without
     * declaring it, are interrupts; any other {@link java.io.IOException} is an I/O error after
     * the request may have been sent.
     *
     * @param failure what the transport threw or completed its future with
     * @return the classified failure
     */
    public static TransportException classify(Throwable failure) {
        if (failure instanceof TransportException te) {
            return te;
        }
        if (failure instanceof InterruptedException
                || failure instanceof InterruptedIOException && !(failure instanceof SocketTimeoutException)) {
            return new TransportException(TransportException.Kind.INTERRUPTED, true, "interrupted", failure);
        }
        return new TransportException(TransportException.Kind.IO_ERROR, true, failure.getClass().getSimpleName(), failure);
    }

    /**
     * Maps a classified failure.
     *
     * @param failure         the failure
     * @param call            the call, as named in messages
     * @param target          the host the attempt went to
     * @param attempt         the attempt, 1-based
     * @param attemptTimeoutMillis the attempt's time limit
     * @param cutToDeadline   whether that limit was the call's remaining time
     * @param deadline        the call's deadline
     * @return the exception for the caller
     */
    static SdkException map(TransportException failure, String call, String target, int attempt, long attemptTimeoutMillis,
                            boolean cutToDeadline, Deadline deadline) {
        switch (failure.kind()) {
            case CONNECT_TIMEOUT:
                return new SdkTimeoutException(SdkTimeoutException.Kind.CONNECT,
                        call + ": connecting to " + target + " timed out", failure, attempt);
            case READ_TIMEOUT:
                return new SdkTimeoutException(SdkTimeoutException.Kind.READ,
                        call + ": reading from " + target + " timed out", failure, attempt);
            case ATTEMPT_TIMEOUT:
                return cutToDeadline
                        ? deadline.exceeded(call, failure, attempt)
                        : new SdkTimeoutException(SdkTimeoutException.Kind.ATTEMPT,
                                call + ": attempt exceeded " + attemptTimeoutMillis + " ms", failure, attempt);
            case INTERRUPTED:
                return new SdkInterruptedException(call + " was interrupted talking to " + target, failure, attempt);
            case CONNECT_FAILED:
                return new SdkNetworkException(call + ": could not connect to " + target + " (" + failure.getMessage() + ")",
                        failure, attempt);
            default:
                return new SdkNetworkException(call + ": " + failure.getMessage() + " talking to " + target, failure, attempt);
        }
    }
}
