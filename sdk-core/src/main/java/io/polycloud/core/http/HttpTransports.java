package io.polycloud.core.http;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.transport.TransportProviders;
import java.util.List;

/**
 * Finds and creates {@link HttpTransport}s. A client builder uses this unless it is given a
 * transport; call it directly to share one transport between clients.
 *
 * <p>Which transport a client gets, first match wins:
 * <ol>
 *   <li>{@code builder.httpTransport(transport)}: that instance, which the client does not close;</li>
 *   <li>{@code builder.httpTransportProvider("jdk")}: the provider of that name;</li>
 *   <li>the system property {@value #TRANSPORT_PROPERTY} ({@code -Dpolycloud.http.transport=jdk});</li>
 *   <li>the {@linkplain HttpTransportProvider#priority() highest-ranked} provider found by
 *       {@link java.util.ServiceLoader} that can run here: {@code okhttp} when module
 *       {@code sdk-http-okhttp} and a compatible OkHttp 5 are present (the service modules bring
 *       both), else {@code jdk}, which is built in and needs nothing else.</li>
 * </ol>
 * Each provider is checked once per JVM, when the first transport is made. If the OkHttp, okio or
 * Kotlin classes found cannot run the OkHttp transport (another library brought older ones), the
 * automatic choice falls back to {@code jdk} and logs one WARN naming the jars and the exclusion
 * that removes them; naming an unusable provider explicitly fails with that explanation.
 *
 * <pre>{@code
 * try (HttpTransport shared = HttpTransports.create("jdk", HttpTransportSettings.defaults())) {
 *     VpcClient vpc = VpcClient.builder().region("cn-shanghai").httpTransport(shared).build();
 *     ...
 * }
 * }</pre>
 */
public final class HttpTransports {

    /** System property naming the transport provider for every client that names none. */
    public static final String TRANSPORT_PROPERTY = TransportProviders.TRANSPORT_PROPERTY;

    private HttpTransports() {
    }

    /**
     * Creates a transport from the provider chosen by the {@value #TRANSPORT_PROPERTY} property, or
     * else the highest-ranked usable one.
     *
     * @param settings timeouts, response cap, TLS need
     * @return a new transport; the caller closes it
     * @throws SdkClientException if the property names a provider that is missing or cannot run
     */
    public static HttpTransport create(HttpTransportSettings settings) {
        return TransportProviders.select(null).create(requireSettings(settings));
    }

    /**
     * Creates a transport from the named provider.
     *
     * @param providerName {@code okhttp}, {@code jdk} or the name of another installed provider
     * @param settings     timeouts, response cap, TLS need
     * @return a new transport; the caller closes it
     * @throws SdkClientException if no such provider is installed, or it cannot run here (the
     *                            message says why)
     */
    public static HttpTransport create(String providerName, HttpTransportSettings settings) {
        if (providerName == null || providerName.isBlank()) {
            throw new SdkClientException("providerName is required but was " + (providerName == null ? "null" : "blank"));
        }
        return TransportProviders.select(providerName).create(requireSettings(settings));
    }

    /**
     * Names of the installed providers that can run here, in the order of automatic selection.
     *
     * @return the names, never empty: {@code jdk} is always there
     */
    public static List<String> available() {
        return TransportProviders.usableNames();
    }

    private static HttpTransportSettings requireSettings(HttpTransportSettings settings) {
        if (settings == null) {
            throw new SdkClientException("settings is required but was null");
        }
        return settings;
    }
}
