package io.polycloud.http.okhttp;

import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportProvider;
import io.polycloud.core.http.HttpTransportSettings;
import java.util.Optional;

/**
 * The {@code okhttp} transport provider (priority 100: chosen ahead of the built-in {@code jdk}
 * one whenever it can run). Found by {@link java.util.ServiceLoader}; its check runs one
 * loopback exchange so that an incompatible OkHttp, okio or Kotlin on the class path means
 * the JDK transport and one WARN, never a {@link LinkageError} in a call.
 */
public final class OkHttpTransportProvider implements HttpTransportProvider {

    /** Its name, for builders and the system property. */
    public static final String NAME = "okhttp";

    /** For {@link java.util.ServiceLoader}. */
    public OkHttpTransportProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Optional<String> unusableReason() {
        return OkHttpLinkage.check();
    }

    @Override
    public HttpTransport create(HttpTransportSettings settings) {
        return OkHttpTransport.create(settings);
    }
}
