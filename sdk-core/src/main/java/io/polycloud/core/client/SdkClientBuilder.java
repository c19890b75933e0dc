package io.polycloud.core.client;

import io.polycloud.core.internal.pipeline.ClientConfiguration;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.HttpTransports;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.time.Sleeper;
import io.polycloud.core.internal.validation.Validate;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Settings every Polycloud client builder shares: region, endpoint, retries, timeouts, user
 * agent, transport, clock and interceptors. Each service's {@code XxxClient.Builder} extends
 * this through {@link io.polycloud.core.protocol.aliyun.AliyunClientBuilder} or
 * {@link io.polycloud.core.protocol.huawei.HuaweiClientBuilder}; it is abstract (not
 * sealed) only because those live in other modules.
 *
 * <p>Defaults: connect timeout 5 s, read timeout 15 s, attempt timeout 20 s, total timeout 60 s,
 * {@link RetryPolicy#defaults()}, the system clock. Every setter validates its value at once and
 * throws {@link SdkClientException} naming the field and the accepted range: every timeout is
 * 1 ms to 24 h (beyond a day a timeout is a mistake, and would overflow later arithmetic), an
 * endpoint's port 1 to 65535.
 *
 * @param <B> the concrete builder type
 */
public abstract class SdkClientBuilder<B extends SdkClientBuilder<B>> {

    private static final Duration MIN_TIMEOUT = Duration.ofMillis(1);
    private static final Duration MAX_TIMEOUT = Duration.ofHours(24);
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private String region;
    private URI endpointOverride;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(15);
    private Duration attemptTimeout = Duration.ofSeconds(20);
    private Duration totalTimeout = Duration.ofSeconds(60);
    private String userAgentSuffix;
    private HttpTransport transport;
    private String transportProvider;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private final List<ExecutionInterceptor> interceptors = new ArrayList<>();

    /** For subclasses. */
    protected SdkClientBuilder() {
    }

    /**
     * The region, for example {@code cn-shanghai} or {@code cn-north-4}; picks the endpoint
     * unless {@link #endpointOverride(URI)} is set.
     *
     * @param region lower-case letters, digits and dashes
     * @return this builder
     * @throws SdkClientException if the region is malformed
     */
    public B region(String region) {
        Validate.text(region, "region", 64);
        if (!REGION.matcher(region).matches()) {
            throw new SdkClientException("region must be lower-case letters, digits and dashes, like cn-shanghai");
        }
        this.region = region;
        return self();
    }

    /**
     * Sends requests here instead of the region's endpoint, for example to the
     * {@code sdk-testing} emulator or a private endpoint.
     *
     * @param endpoint {@code http(s)://host[:port]}: a DNS name, IPv4 or bracketed IPv6 host, a port 1..65535
     * @return this builder
     * @throws SdkClientException if it is not such a URL
     */
    public B endpointOverride(URI endpoint) {
        this.endpointOverride = Validate.httpEndpoint(endpoint, "endpointOverride");
        return self();
    }

    /**
     * String form of {@link #endpointOverride(URI)}; a bare host gets {@code https://}.
     *
     * @param endpoint {@code http(s)://host[:port]} or {@code host[:port]}
     * @return this builder
     * @throws SdkClientException if it is not a valid URL
     */
    public B endpointOverride(String endpoint) {
        Validate.text(endpoint, "endpointOverride", 2048);
        String withScheme = endpoint.contains("://") ? endpoint : "https://" + endpoint;
        try {
            return endpointOverride(new URI(withScheme));
        } catch (URISyntaxException e) {
            // Not chained: the parser's message repeats the input, which may hold user info.
            throw new SdkClientException("endpointOverride is not a valid URL: " + e.getReason() + " at index " + e.getIndex());
        }
    }

    /**
     * @param retryPolicy when to retry; {@link RetryPolicy#none()} to never retry
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Validate.notNull(retryPolicy, "retryPolicy");
        return self();
    }

    /**
     * @param connectTimeout limit for opening a connection, 1 ms to 24 h; ignored when a transport is given
     * @return this builder
     * @throws SdkClientException if it is out of range
     */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = timeout(connectTimeout, "connectTimeout");
        return self();
    }

    /**
     * @param readTimeout limit between two reads on an open connection, 1 ms to 24 h; ignored when a transport is given
     * @return this builder
     * @throws SdkClientException if it is out of range
     */
    public B readTimeout(Duration readTimeout) {
        this.readTimeout = timeout(readTimeout, "readTimeout");
        return self();
    }

    /**
     * @param attemptTimeout limit for one attempt, connect to last response byte, 1 ms to 24 h
     * @return this builder
     * @throws SdkClientException if it is out of range
     */
    public B attemptTimeout(Duration attemptTimeout) {
        this.attemptTimeout = timeout(attemptTimeout, "attemptTimeout");
        return self();
    }

    /**
     * @param totalTimeout limit for a whole call, from the moment it is made: queueing, every attempt and every
     *                     backoff, 1 ms to 24 h
     * @return this builder
     * @throws SdkClientException if it is out of range
     */
    public B totalTimeout(Duration totalTimeout) {
        this.totalTimeout = timeout(totalTimeout, "totalTimeout");
        return self();
    }

    /**
     * @param suffix appended to {@code polycloud-java/<version>} after a space, for example {@code my-app/1.2}
     * @return this builder
     * @throws SdkClientException if it is not printable ASCII
     */
    public B userAgentSuffix(String suffix) {
        Validate.text(suffix, "userAgentSuffix", 256);
        Validate.printableAscii(suffix, "userAgentSuffix");
        this.userAgentSuffix = suffix;
        return self();
    }

    /**
     * Sends requests through this transport instead of a new one from
     * {@link HttpTransports}. The client does not close it: share one between clients, and
     * close it yourself. The connect and read timeouts set here do not apply to it.
     *
     * @param transport the transport
     * @return this builder
     */
    public B httpTransport(HttpTransport transport) {
        this.transport = Validate.notNull(transport, "httpTransport");
        return self();
    }

    /**
     * Creates the client's transport with the named provider instead of the automatic choice
     * ({@code okhttp} when usable, else {@code jdk}; see {@link HttpTransports}). Ignored when
     * {@link #httpTransport(HttpTransport)} is set.
     *
     * <pre>{@code
     * VpcClient vpc = VpcClient.builder().region("cn-shanghai").httpTransportProvider("jdk").build();
     * }</pre>
     *
     * @param providerName {@code okhttp}, {@code jdk}, or another installed provider's name
     * @return this builder
     * @throws SdkClientException if it is blank; {@code build()} fails if no such provider can run
     */
    public B httpTransportProvider(String providerName) {
        this.transportProvider = Validate.text(providerName, "httpTransportProvider", 64);
        return self();
    }

    /**
     * @param clock source of signing timestamps and call deadlines; for tests
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Validate.notNull(clock, "clock");
        return self();
    }

    /**
     * @param sleeper waits between retries; for tests, pair it with {@link #clock(Clock)}
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Validate.notNull(sleeper, "sleeper");
        return self();
    }

    /**
     * @param interceptor called around every attempt and call, after those added before it
     * @return this builder
     */
    public B addInterceptor(ExecutionInterceptor interceptor) {
        interceptors.add(Validate.notNull(interceptor, "interceptor"));
        return self();
    }

    /**
     * The region set, if any.
     *
     * @return the region
     */
    protected Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /**
     * The clock set (or the system clock).
     *
     * @return the clock
     */
    protected Clock clock() {
        return clock;
    }

    /**
     * The sleeper set (or the system sleeper), for waiters that poll with backoff.
     *
     * @return the sleeper
     */
    protected Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Resolves the endpoint and creates the transport. Called once by a concrete {@code build()}.
     *
     * @param regionEndpoint maps the region to the service's endpoint when no override is set
     * @return the configuration
     * @throws SdkClientException if neither a region nor an endpoint override is set
     */
    protected ClientConfiguration buildConfiguration(Function<String, URI> regionEndpoint) {
        URI endpoint = endpointOverride;
        if (endpoint == null) {
            if (region == null) {
                throw new SdkClientException("region is required when no endpointOverride is set");
            }
            endpoint = Objects.requireNonNull(regionEndpoint.apply(region), "regionEndpoint result");
        }
        boolean owns = transport == null;
        HttpTransport t = owns ? newTransport(endpoint) : transport;
        return new ClientConfiguration(endpoint, Optional.ofNullable(region), retryPolicy, attemptTimeout, totalTimeout,
                Optional.ofNullable(userAgentSuffix), t, owns, clock, sleeper, interceptors);
    }

    private HttpTransport newTransport(URI endpoint) {
        HttpTransportSettings settings = HttpTransportSettings.builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .cleartextOnly("http".equalsIgnoreCase(endpoint.getScheme()))
                .build();
        return transportProvider == null ? HttpTransports.create(settings) : HttpTransports.create(transportProvider, settings);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    private static Duration timeout(Duration d, String field) {
        return Validate.duration(d, field, MIN_TIMEOUT, MAX_TIMEOUT);
    }
}
