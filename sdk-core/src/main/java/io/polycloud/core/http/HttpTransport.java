package io.polycloud.core.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one {@link SdkHttpRequest} and reads its response. The request pipeline calls it once per
 * attempt, after signing; retries, backoff and error mapping happen above it.
 *
 * <p>Implementations must be thread-safe, read at most a bounded number of body bytes (marking
 * the response truncated beyond it), and honour {@code timeout} as the limit for the whole
 * exchange, connect to last body byte. Throw {@link TransportException} to say precisely what
 * failed; any other {@link IOException} is treated as an I/O error after the request may have
 * been sent. {@link io.polycloud.http.okhttp.OkHttpTransport} is the default.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends a request and reads the whole (bounded) response.
     *
     * @param request the signed request
     * @param timeout limit for the whole exchange
     * @return the response, whatever its status
     * @throws IOException on a connection, I/O or timeout failure
     */
    SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) throws IOException;

    /**
     * Sends a request without blocking the caller.
     *
     * @param request the signed request
     * @param timeout limit for the whole exchange
     * @return a future completed with the response, or exceptionally with an {@link IOException}
     */
    CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout);

    /** Releases connections and threads. Calls after close fail. */
    @Override
    void close();
}
