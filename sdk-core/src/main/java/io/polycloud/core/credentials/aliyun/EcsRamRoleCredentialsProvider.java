package io.polycloud.core.credentials.aliyun;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.credentials.CredentialEndpointClient;
import io.polycloud.core.internal.credentials.RefreshingCache;
import io.polycloud.core.internal.json.JsonException;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.core.internal.json.JsonReader;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.time.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Temporary credentials of the RAM role attached to an ECS instance, from the instance metadata
 * service ({@code http://100.100.100.200}). Uses the hardened mode first (IMDSv2: a session
 * token from {@code PUT /latest/api/token}), falling back to plain GETs unless that is disabled.
 *
 * <p>Credentials are cached and refreshed in the background 15 minutes before they expire; only
 * within the last minute do callers wait for a refresh. The default chain uses this provider only
 * when {@code ALIBABA_CLOUD_ECS_METADATA} names a role; construct it directly to use it
 * unconditionally. Point {@link Builder#endpoint(URI)} at a loopback server in tests.
 *
 * <pre>{@code
 * AliyunCredentialsProvider p = EcsRamRoleCredentialsProvider.builder().roleName("my-role").build();
 * }</pre>
 */
public final class EcsRamRoleCredentialsProvider implements AliyunCredentialsProvider {

    static final String ROLE_ENV = "ALIBABA_CLOUD_ECS_METADATA";
    static final String IMDSV1_DISABLED_ENV = "ALIBABA_CLOUD_IMDSV1_DISABLED";
    private static final URI DEFAULT_ENDPOINT = URI.create("http://100.100.100.200");
    private static final String CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";
    private static final JsonReader JSON = JsonReader.strict();

    private final URI endpoint;
    private final String roleName;
    private final boolean imdsV1Disabled;
    private final CredentialEndpointClient metadata;
    private final RefreshingCache<AliyunCredentials> cache;

    private EcsRamRoleCredentialsProvider(Builder b) {
        this.endpoint = b.endpoint;
        this.roleName = b.roleName;
        this.imdsV1Disabled = b.imdsV1Disabled;
        // The metadata service answers locally or not at all: no retries, a short limit per request.
        this.metadata = new CredentialEndpointClient(b.transport != null ? b.transport : DefaultTransport.INSTANCE,
                b.timeout, RetryPolicy.none(), Sleeper.system());
        this.cache = new RefreshingCache<>(this::fetch, AliyunCredentials::expiration, b.clock,
                Duration.ofMinutes(1), Duration.ofMinutes(15));
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The chain's conditional entry: uses the role named by {@code ALIBABA_CLOUD_ECS_METADATA},
     * and fails without any network access when it is unset.
     */
    static AliyunCredentialsProvider fromEnvironment(UnaryOperator<String> env) {
        return new AliyunCredentialsProvider() {
            private volatile EcsRamRoleCredentialsProvider delegate;

            @Override
            public AliyunCredentials resolveCredentials() {
                EcsRamRoleCredentialsProvider d = delegate;
                if (d == null) {
                    String role = EnvironmentCredentialsProvider.blankToNull(env.apply(ROLE_ENV));
                    if (role == null) {
                        throw new SdkClientException(ROLE_ENV + " is not set, so the ECS metadata service was not asked");
                    }
                    d = builder().roleName(role)
                            .imdsV1Disabled("true".equalsIgnoreCase(env.apply(IMDSV1_DISABLED_ENV)))
                            .build();
                    delegate = d;
                }
                return d.resolveCredentials();
            }

            @Override
            public String toString() {
                return "EcsRamRoleCredentialsProvider(" + ROLE_ENV + ")";
            }
        };
    }

    @Override
    public AliyunCredentials resolveCredentials() {
        return cache.get();
    }

    private AliyunCredentials fetch() {
        String token = fetchToken();
        String role = roleName != null ? roleName : firstLine(get(CREDENTIALS_PATH, token, "role name"));
        String body = get(CREDENTIALS_PATH + role, token, "credentials of role " + role);
        JsonObject json;
        try {
            json = JSON.readObject(body.getBytes(StandardCharsets.UTF_8));
        } catch (JsonException e) {
            throw new SdkClientException("ECS metadata returned credentials that are not JSON");
        }
        try {
            return credentials(json, role);
        } catch (JsonException e) {
            // The message names the member and the types, never a value.
            throw new SdkClientException("ECS metadata credentials of role " + role + " are unreadable: " + e.getMessage());
        }
    }

    private static AliyunCredentials credentials(JsonObject json, String role) {
        String code = json.string("Code").orElse("missing");
        if (!"Success".equals(code)) {
            throw new SdkClientException("ECS metadata refused credentials of role " + role + ": Code=" + code);
        }
        String id = json.string("AccessKeyId").orElse("");
        String secret = json.string("AccessKeySecret").orElse("");
        String securityToken = json.string("SecurityToken").orElse("");
        String expiration = json.string("Expiration").orElse("");
        if (id.isEmpty() || secret.isEmpty() || securityToken.isEmpty() || expiration.isEmpty()) {
            throw new SdkClientException("ECS metadata credentials of role " + role + " miss AccessKeyId, AccessKeySecret, "
                    + "SecurityToken or Expiration");
        }
        try {
            return AliyunCredentials.temporary(id, secret, securityToken, Instant.parse(expiration));
        } catch (DateTimeParseException e) {
            throw new SdkClientException("ECS metadata credentials have an unreadable Expiration");
        }
    }

    private String fetchToken() {
        SdkHttpRequest request = SdkHttpRequest.builder().method("PUT").endpoint(endpoint)
                .appendEncodedPath("/latest/api/token")
                .addHeader("X-aliyun-ecs-metadata-token-ttl-seconds", "21600")
                .build();
        try {
            SdkHttpResponse response = metadata.send(request).response();
            if (response.statusCode() == 200 && response.bodyLength() > 0) {
                return response.bodyAsString().trim();
            }
            if (imdsV1Disabled) {
                throw new SdkClientException("ECS metadata token request failed with HTTP " + response.statusCode()
                        + " and IMDSv1 fallback is disabled");
            }
        } catch (IOException e) {
            if (imdsV1Disabled) {
                throw new SdkClientException("ECS metadata token request failed and IMDSv1 fallback is disabled", e);
            }
        }
        return null;
    }

    private String get(String path, String token, String what) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method("GET").endpoint(endpoint).appendEncodedPath(path);
        if (token != null) {
            request.addHeader("X-aliyun-ecs-metadata-token", token);
        }
        SdkHttpResponse response;
        try {
            response = metadata.send(request.build()).response();
        } catch (IOException e) {
            throw new SdkClientException("ECS metadata service unreachable at " + endpoint + " fetching " + what, e);
        }
        if (response.statusCode() != 200) {
            throw new SdkClientException("ECS metadata service answered HTTP " + response.statusCode() + " fetching " + what);
        }
        return response.bodyAsString();
    }

    private static String firstLine(String body) {
        String role = body.trim();
        int nl = role.indexOf('\n');
        role = nl < 0 ? role : role.substring(0, nl).trim();
        if (role.isEmpty()) {
            throw new SdkClientException("no RAM role is attached to this ECS instance");
        }
        Validate.pathSegment(role, "ram role name", 128);
        return role;
    }

    @Override
    public String toString() {
        return "EcsRamRoleCredentialsProvider{endpoint=" + endpoint + (roleName == null ? "" : ", role=" + roleName) + "}";
    }

    /** The transport for metadata calls when none is given, shared by every provider and never closed. */
    private static final class DefaultTransport {
        static final HttpTransport INSTANCE = CredentialEndpointClient.defaultTransport();
    }

    /** Builds {@link EcsRamRoleCredentialsProvider}s. */
    public static final class Builder {
        private URI endpoint = DEFAULT_ENDPOINT;
        private String roleName;
        private boolean imdsV1Disabled;
        private HttpTransport transport;
        private Clock clock = Clock.systemUTC();
        private Duration timeout = Duration.ofSeconds(2);

        private Builder() {
        }

        /**
         * @param roleName the RAM role; default: asked from the metadata service
         * @return this builder
         */
        public Builder roleName(String roleName) {
            this.roleName = Validate.pathSegment(roleName, "roleName", 128);
            return this;
        }

        /**
         * @param endpoint the metadata service, {@code http(s)://host[:port]}; default {@code http://100.100.100.200}
         * @return this builder
         * @throws SdkClientException if it is not such a URL
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Validate.httpEndpoint(endpoint, "endpoint");
            return this;
        }

        /**
         * @param disabled true to fail instead of falling back to plain GETs when no session token is issued
         * @return this builder
         */
        public Builder imdsV1Disabled(boolean disabled) {
            this.imdsV1Disabled = disabled;
            return this;
        }

        /**
         * @param transport sends the metadata requests; not closed by the provider
         * @return this builder
         */
        public Builder httpTransport(HttpTransport transport) {
            this.transport = Validate.notNull(transport, "httpTransport");
            return this;
        }

        /**
         * @param clock decides when credentials are near expiry; for tests
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Validate.notNull(clock, "clock");
            return this;
        }

        /**
         * @param timeout limit per metadata request, 1 ms to 1 min; default 2 s
         * @return this builder
         * @throws SdkClientException if it is out of range
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Validate.duration(timeout, "timeout", Duration.ofMillis(1), Duration.ofMinutes(1));
            return this;
        }

        /**
         * Builds the provider; nothing is fetched until first use.
         *
         * @return the provider
         */
        public EcsRamRoleCredentialsProvider build() {
            return new EcsRamRoleCredentialsProvider(this);
        }
    }
}
