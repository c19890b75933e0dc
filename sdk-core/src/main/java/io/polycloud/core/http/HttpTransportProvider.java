package io.polycloud.core.http;

import java.util.Optional;

/**
 * Makes {@link HttpTransport}s; the service-provider interface through which transports are
 * plugged in. Implementations are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.polycloud.core.http.HttpTransportProvider}, or {@code provides} it
 * in a module) and chosen as {@link HttpTransports} describes.
 *
 * <p>Two ship with Polycloud: {@code okhttp} (module {@code sdk-http-okhttp}, priority 100,
 * what the service modules bring) and {@code jdk} ({@code java.net.http}, built into sdk-core,
 * priority 1000, always usable).
 *
 * <p>An implementation must have a public no-argument constructor, must not touch its HTTP
 * library before {@link #unusableReason()} or {@link #create(HttpTransportSettings)} is called,
 * and must return thread-safe transports that honour every {@link HttpTransportSettings} value
 * and the contract of {@link HttpTransport}.
 */
public interface HttpTransportProvider {

    /**
     * The name a client builder or the {@value HttpTransports#TRANSPORT_PROPERTY} system property
     * selects it by: lower case, such as {@code okhttp} or {@code jdk}.
     *
     * @return the name
     */
    String name();

    /**
     * Rank in automatic selection: the usable provider with the lowest value wins.
     *
     * @return the priority
     */
    int priority();

    /**
     * Checks that the transport can run with the classes found at run time, for example that the
     * HTTP library on the class path is a version it links against. Called at most once per JVM,
     * when the first client needs a transport; the check must not throw, not even a
     * {@link LinkageError}, and may take a few milliseconds (a loopback exchange).
     *
     * @return empty when usable, else why not and how to fix it, for a log line
     */
    Optional<String> unusableReason();

    /**
     * Creates a transport; the caller closes it.
     *
     * @param settings timeouts, response cap, TLS need
     * @return a new transport
     * @throws io.polycloud.core.exception.SdkClientException if it cannot be created
     */
    HttpTransport create(HttpTransportSettings settings);
}
