package io.polycloud.core.internal.transport.jdk;

import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportProvider;
import io.polycloud.core.http.HttpTransportSettings;
import java.util.Optional;

/**
 * The built-in {@code jdk} transport provider, on {@code java.net.http}: needs no other library, so
 * it is usable wherever Java 17 runs, and ranks after OkHttp (priority 1000).
 */
public final class JdkHttpTransportProvider implements HttpTransportProvider {

    /** Its name, for builders and the system property. */
    public static final String NAME = "jdk";

    /** For {@link java.util.ServiceLoader}. */
    public JdkHttpTransportProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Optional<String> unusableReason() {
        return Optional.empty();
    }

    @Override
    public HttpTransport create(HttpTransportSettings settings) {
        return new JdkHttpTransport(settings);
    }
}
