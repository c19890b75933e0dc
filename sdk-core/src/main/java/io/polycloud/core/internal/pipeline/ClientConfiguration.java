package io.polycloud.core.internal.pipeline;

import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.time.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The resolved settings of one client, produced by the public client builders
 * ({@code io.polycloud.core.client.SdkClientBuilder}, which validates every value) and consumed by
 * the request pipeline. Immutable.
 *
 * @param endpoint         where requests go
 * @param region           the region the client was built for, empty with only an endpoint override
 * @param retryPolicy      when to retry
 * @param attemptTimeout   limit for one attempt, connect to last byte
 * @param totalTimeout     limit for a whole call, retries and backoff included
 * @param userAgentSuffix  appended to the SDK's {@code User-Agent}, if set
 * @param transport        sends the requests
 * @param ownsTransport    whether closing the client closes the transport (true when the builder created it)
 * @param clock            source of signing timestamps and deadlines
 * @param sleeper          waits between attempts
 * @param interceptors     hooks, in registration order
 */
public record ClientConfiguration(URI endpoint, Optional<String> region, RetryPolicy retryPolicy, Duration attemptTimeout,
                                  Duration totalTimeout, Optional<String> userAgentSuffix, HttpTransport transport,
                                  boolean ownsTransport, Clock clock, Sleeper sleeper, List<ExecutionInterceptor> interceptors) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ClientConfiguration {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(userAgentSuffix, "userAgentSuffix");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        interceptors = List.copyOf(interceptors);
    }

    /** Settings without the transport internals. */
    @Override
    public String toString() {
        return "ClientConfiguration{endpoint=" + endpoint + region.map(r -> ", region=" + r).orElse("") + ", retryPolicy="
                + retryPolicy + ", attemptTimeout=" + attemptTimeout + ", totalTimeout=" + totalTimeout
                + ", interceptors=" + interceptors.size() + "}";
    }
}
