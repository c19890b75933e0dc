package io.polycloud.core.internal.credentials;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.HttpTransports;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.internal.pipeline.TransportFailureMapper;
import io.polycloud.core.internal.retry.RetryableErrors;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.time.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the requests of the network credential providers (the ECS metadata service, IAM tokens):
 * one mechanism for both, below the request pipeline that their credentials sign for. Each
 * request has a time limit, its answer is bounded to {@value #MAX_RESPONSE_BYTES} bytes, and a
 * failure is retried up to the policy's attempts when it is an I/O failure or a 429, 500, 502,
 * 503 or 504 (credential requests have no side effect, so repeating one is safe). An interrupt
 * ends the exchange at once with {@link SdkInterruptedException}, keeping the thread's flag.
 *
 * <pre>{@code
 * CredentialEndpointClient metadata = new CredentialEndpointClient(CredentialEndpointClient.defaultTransport(),
 *         Duration.ofSeconds(2), RetryPolicy.none(), Sleeper.system());
 * SdkHttpResponse r = metadata.send(request).response();
 * }</pre>
 */
public final class CredentialEndpointClient {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialEndpointClient.class);

    /** The longest answer accepted from a credential endpoint: 1 MiB. */
    public static final int MAX_RESPONSE_BYTES = 1024 * 1024;

    private final HttpTransport transport;
    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;

    /**
     * A client.
     *
     * @param transport   sends the requests
     * @param timeout     limit per attempt, connect to last byte
     * @param retryPolicy how many attempts, and the backoff between them
     * @param sleeper     waits between attempts
     */
    public CredentialEndpointClient(HttpTransport transport, Duration timeout, RetryPolicy retryPolicy, Sleeper sleeper) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * The transport a credential provider uses when it was given none: the one place that picks
     * it. Each request's own time limit, not the transport's, bounds the exchange.
     *
     * @return a new transport, which the caller closes
     */
    public static HttpTransport defaultTransport() {
        return HttpTransports.create(HttpTransportSettings.defaults());
    }

    /**
     * The most attempts {@link #send} makes.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return retryPolicy.maxAttempts();
    }

    /**
     * An answer and how many attempts it took.
     *
     * @param response the last response, whatever its status
     * @param attempts attempts made, at least 1
     */
    public record Exchange(SdkHttpResponse response, int attempts) {
    }

    /**
     * Sends a request, retrying as described above.
     *
     * @param request the request
     * @return the last answer, whatever its status
     * @throws IOException             if every attempt failed without an answer (the last failure)
     * @throws SdkInterruptedException if the thread was interrupted; its flag stays set
     * @throws SdkClientException      if the answer exceeded {@value #MAX_RESPONSE_BYTES} bytes
     */
    public Exchange send(SdkHttpRequest request) throws IOException {
        for (int attempt = 1; ; attempt++) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(request, null);
            }
            boolean throttled = false;
            try {
                if (LOG.isTraceEnabled()) {
                    LOG.trace("credential request, attempt {}: {}", attempt, request);
                }
                long start = System.nanoTime();
                SdkHttpResponse response = transport.execute(request, timeout);
                LOG.debug("credential request attempt {}: {} {}{} -> HTTP {} in {} ms", attempt, request.method(),
                        request.hostHeader(), request.encodedPath(), response.statusCode(),
                        (System.nanoTime() - start) / 1_000_000);
                if (LOG.isTraceEnabled()) {
                    LOG.trace("credential response, attempt {}: {}", attempt, response);
                }
                if (response.bodyTruncated() || response.bodyLength() > MAX_RESPONSE_BYTES) {
                    throw new SdkClientException("the credential endpoint " + request.hostHeader() + " answered more than "
                            + MAX_RESPONSE_BYTES + " bytes");
                }
                if (attempt >= retryPolicy.maxAttempts()
                        || !RetryableErrors.isRetryable(response.statusCode(), ErrorCategory.UNKNOWN)) {
                    return new Exchange(response, attempt);
                }
                throttled = response.statusCode() == 429;
            } catch (IOException e) {
                if (TransportFailureMapper.classify(e).kind() == TransportException.Kind.INTERRUPTED) {
                    throw interrupted(request, e);
                }
                LOG.debug("credential request attempt {}: {} {}{} -> {}", attempt, request.method(), request.hostHeader(),
                        request.encodedPath(), e.toString());
                if (attempt >= retryPolicy.maxAttempts()) {
                    throw e;
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                // A checked exception a transport threw without declaring it; in practice an InterruptedException.
                if (e instanceof InterruptedException) {
                    throw interrupted(request, e);
                }
                throw new SdkClientException("credential request to " + request.hostHeader() + " failed: "
                        + e.getClass().getSimpleName(), e);
            }
            try {
                sleeper.sleep(retryPolicy.backoff(attempt, throttled));
            } catch (InterruptedException e) {
                throw interrupted(request, e);
            }
        }
    }

    private static SdkInterruptedException interrupted(SdkHttpRequest request, Throwable cause) {
        Thread.currentThread().interrupt();
        return new SdkInterruptedException("interrupted while fetching credentials from " + request.hostHeader(), cause, 0);
    }
}
