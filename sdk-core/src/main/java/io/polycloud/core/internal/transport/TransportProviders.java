package io.polycloud.core.internal.transport;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpTransportProvider;
import io.polycloud.core.internal.transport.jdk.JdkHttpTransportProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed {@link HttpTransportProvider}s, in selection order, each checked once per JVM.
 * {@code io.polycloud.core.http.HttpTransports} documents the order; this is where it is applied.
 */
public final class TransportProviders {

    /**
     * The system property naming the transport to use; published as
     * {@code TRANSPORT_PROPERTY}. Defined here so this class need not import the
     * API class that calls it.
     */
    public static final String TRANSPORT_PROPERTY = "polycloud.http.transport";

    // Logged under the API class's name, where users look for transport selection.
    private static final Logger LOG = LoggerFactory.getLogger("io.polycloud.core.http.HttpTransports");

    /** Loaded once: a provider whose class cannot even load is left out here, with a WARN. */
    private static volatile List<HttpTransportProvider> installed;
    private static final ConcurrentMap<String, Optional<String>> UNUSABLE = new ConcurrentHashMap<>();

    private TransportProviders() {
    }

    /**
     * The provider to use.
     *
     * @param name the provider asked for, or null for the system property, else the best usable one
     * @return the provider
     * @throws SdkClientException if a named provider is missing or unusable
     */
    public static HttpTransportProvider select(String name) {
        String wanted = name != null ? name : System.getProperty(TRANSPORT_PROPERTY);
        if (wanted != null && !wanted.isBlank()) {
            String key = wanted.trim().toLowerCase(Locale.ROOT);
            for (HttpTransportProvider p : installed()) {
                if (p.name().equals(key)) {
                    Optional<String> reason = unusableReason(p);
                    if (reason.isPresent()) {
                        throw new SdkClientException("HTTP transport '" + key + "' cannot run here: " + reason.get());
                    }
                    return p;
                }
            }
            throw new SdkClientException("no HTTP transport named '" + key + "' is installed; installed: " + names(installed())
                    + (name == null ? " (from system property " + TRANSPORT_PROPERTY + ")" : ""));
        }
        for (HttpTransportProvider p : installed()) {
            if (unusableReason(p).isEmpty()) {
                return p;
            }
        }
        // Unreachable while the JDK provider reports itself usable; kept so a broken one fails clearly.
        throw new SdkClientException("no usable HTTP transport; installed: " + names(installed()));
    }

    /**
     * Names of the usable providers in selection order.
     *
     * @return the names
     */
    public static List<String> usableNames() {
        List<String> names = new ArrayList<>();
        for (HttpTransportProvider p : installed()) {
            if (unusableReason(p).isEmpty()) {
                names.add(p.name());
            }
        }
        return List.copyOf(names);
    }

    private static Optional<String> unusableReason(HttpTransportProvider p) {
        return UNUSABLE.computeIfAbsent(p.name(), n -> {
            Optional<String> reason;
            try {
                reason = p.unusableReason();
            } catch (RuntimeException | LinkageError e) {
                reason = Optional.of("its check failed with " + e);
            }
            reason.ifPresent(r -> LOG.warn("HTTP transport '{}' cannot run here and is not used: {}", n, r));
            return reason;
        });
    }

    private static List<HttpTransportProvider> installed() {
        List<HttpTransportProvider> list = installed;
        if (list == null) {
            list = load();
            installed = list;
        }
        return list;
    }

    private static List<HttpTransportProvider> load() {
        List<HttpTransportProvider> found = new ArrayList<>();
        Iterator<HttpTransportProvider> it = ServiceLoader.load(HttpTransportProvider.class,
                HttpTransportProvider.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                HttpTransportProvider p = it.next();
                if (found.stream().noneMatch(f -> f.name().equals(p.name()))) {
                    found.add(p);
                }
            } catch (ServiceConfigurationError | LinkageError e) {
                LOG.warn("an HTTP transport provider could not be loaded and is skipped: {}", e.toString());
            }
        }
        // Built in: a shaded jar that dropped META-INF/services still gets a transport.
        if (found.stream().noneMatch(p -> p.name().equals(JdkHttpTransportProvider.NAME))) {
            found.add(new JdkHttpTransportProvider());
        }
        found.sort(Comparator.comparingInt(HttpTransportProvider::priority).thenComparing(HttpTransportProvider::name));
        return List.copyOf(found);
    }

    private static String names(List<HttpTransportProvider> providers) {
        return providers.stream().map(HttpTransportProvider::name).toList().toString();
    }
}
