package io.polycloud.core.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one {@link SdkHttpRequest} and reads its response. The request pipeline calls it once per
 * attempt, after signing; retries, backoff and error mapping happen above it. Clients get one from
 * {@link HttpTransports} ({@code okhttp} from module {@code sdk-http-okhttp} when it can run, else
 * the built-in {@code jdk} one) unless given one; new transports plug in through
 * {@link HttpTransportProvider}.
 *
 * <p>Every implementation must:
 * <ul>
 *   <li>be thread-safe, send the method, path, query, headers and body exactly as given (the
 *       signature covers them; {@code Host} is {@link SdkHttpRequest#hostHeader()}), follow no
 *       redirect and always verify TLS certificates;</li>
 *   <li>read at most the configured number of body bytes, marking the response truncated beyond it;</li>
 *   <li>honour {@code timeout} for the whole exchange, from the call (queueing included) to the
 *       last body byte;</li>
 *   <li>throw {@link TransportException} saying what failed and whether the request may have been
 *       sent; any other {@link IOException} is treated as an I/O error after sending;</li>
 *   <li>end a synchronous call whose thread is interrupted at once, before or during the exchange,
 *       with {@link TransportException.Kind#INTERRUPTED}, leaving the interrupt flag set and never
 *       reusing the connection;</li>
 *   <li>never send a request whose {@link #executeAsync} future was cancelled before it was
 *       written, and abort the exchange when cancelled later;</li>
 *   <li>never let a {@link LinkageError} of its HTTP library out: report it as a non-retryable
 *       {@link io.polycloud.core.exception.SdkClientException}.</li>
 * </ul>
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends a request and reads the whole (bounded) response.
     *
     * @param request the signed request
     * @param timeout limit for the whole exchange
     * @return the response, whatever its status
     * @throws IOException on a connection, I/O or timeout failure, or an interrupt
     * @throws io.polycloud.core.exception.SdkClientException if the request cannot be sent by this
     *         transport (closed, refused before sending, broken HTTP library)
     */
    SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) throws IOException;

    /**
     * Sends a request without blocking the caller.
     *
     * @param request the signed request
     * @param timeout limit for the whole exchange
     * @return a future completed with the response, or exceptionally with an {@link IOException}
     *         or {@link io.polycloud.core.exception.SdkClientException}; cancelling it cancels the exchange
     */
    CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout);

    /** Releases connections and threads. Calls after close fail. */
    @Override
    void close();
}
