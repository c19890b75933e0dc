package io.polycloud.core.credentials.huawei;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.credentials.CredentialEndpointClient;
import io.polycloud.core.internal.credentials.RefreshingCache;
import io.polycloud.core.internal.json.JsonArray;
import io.polycloud.core.internal.json.JsonException;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.core.internal.json.JsonReader;
import io.polycloud.core.internal.json.JsonWriter;
import io.polycloud.core.internal.pipeline.ErrorMapper;
import io.polycloud.core.internal.protocol.huawei.HuaweiErrorParser;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.core.protocol.huawei.HuaweiEndpoints;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.time.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Obtains IAM tokens with the password method ({@code POST /v3/auth/tokens}, scoped to a
 * project), caches each until shortly before its {@code expires_at}, and fetches a new one when
 * a service rejects the cached one with a 401. Concurrent callers share one fetch; near expiry
 * the refresh runs in the background while callers keep using the valid token.
 *
 * <pre>{@code
 * try (IamTokenProvider tokens = IamTokenProvider.builder()
 *         .region("cn-north-4").domainName("my-account").userName("ops").password(password)
 *         .projectId(projectId).build()) {
 *     DrsClient drs = DrsClient.builder().region("cn-north-4").tokenProvider(tokens).build();
 * }
 * }</pre>
 *
 * IAM errors surface as {@link ServiceException} with service {@code iam}, mapped like every
 * Huawei error; an IAM that cannot be reached as {@link SdkNetworkException}. The token request
 * is retried after I/O failures and 429/5xx answers, up to the {@linkplain Builder#retryPolicy
 * retry policy}'s attempts, each limited to 20 s.
 */
public final class IamTokenProvider implements HuaweiTokenProvider, AutoCloseable {

    private static final JsonReader JSON = JsonReader.strict();
    private static final String OPERATION = "KeystoneCreateUserTokenByPassword";
    private static final ErrorMapper ERRORS = ErrorMapper.of("huawei", "iam", HuaweiErrorParser.create(), ErrorCatalog.empty());
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);

    private final CredentialEndpointClient iam;
    private final HttpTransport ownedTransport;
    private final URI endpoint;
    private final byte[] requestBody;
    private final RefreshingCache<HuaweiToken> cache;

    private IamTokenProvider(Builder b) {
        Validate.text(b.userName, "userName", 256);
        Validate.notNull(b.password, "password");
        Validate.text(b.domainName, "domainName", 256);
        if ((b.projectId == null) == (b.projectName == null)) {
            throw new SdkClientException("set exactly one of projectId and projectName to scope the IAM token");
        }
        if (b.endpoint == null && b.region == null) {
            throw new SdkClientException("region is required when no endpoint is set");
        }
        this.endpoint = b.endpoint != null ? b.endpoint : URI.create("https://iam." + b.region + ".myhuaweicloud.com");
        this.ownedTransport = b.transport == null ? CredentialEndpointClient.defaultTransport() : null;
        this.iam = new CredentialEndpointClient(b.transport != null ? b.transport : ownedTransport, ATTEMPT_TIMEOUT,
                b.retryPolicy, Sleeper.system());
        this.requestBody = body(b);
        this.cache = new RefreshingCache<>(this::fetch, t -> Optional.of(t.expiresAt()), b.clock,
                Duration.ofMinutes(2), Duration.ofMinutes(10));
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public HuaweiToken resolveToken() {
        return cache.get();
    }

    @Override
    public boolean invalidate(HuaweiToken token) {
        cache.invalidate(token);
        return true;
    }

    /** Releases the HTTP connections of the IAM client, if this provider created them. */
    @Override
    public void close() {
        if (ownedTransport != null) {
            ownedTransport.close();
        }
    }

    private HuaweiToken fetch() {
        SdkHttpRequest request = SdkHttpRequest.builder().method("POST").endpoint(endpoint)
                .appendEncodedPath("/v3/auth/tokens")
                .addHeader("Content-Type", "application/json;charset=UTF-8")
                .body(requestBody)
                .build();
        CredentialEndpointClient.Exchange answer;
        try {
            answer = iam.send(request);
        } catch (IOException e) {
            throw new SdkNetworkException("IAM at " + request.hostHeader() + " could not be reached: " + e.getMessage(), e,
                    iam.maxAttempts());
        }
        SdkHttpResponse response = answer.response();
        if (!response.isSuccessful()) {
            throw ERRORS.map(response, OPERATION, answer.attempts()).exception();
        }
        try {
            return read(response);
        } catch (JsonException | IllegalStateException e) {
            // Both messages are the SDK's own: JsonException names positions and types, never content.
            throw ERRORS.invalidResponse(response, OPERATION, answer.attempts(), "InvalidResponse",
                    "could not read the response: " + e.getMessage(), e);
        }
    }

    private static HuaweiToken read(SdkHttpResponse response) {
        String token = response.header("X-Subject-Token")
                .orElseThrow(() -> new IllegalStateException("IAM response has no X-Subject-Token header"));
        Optional<JsonObject> root = JSON.readObject(response.body()).object("token");
        String expiresAt = root.flatMap(t -> t.string("expires_at")).orElse("");
        if (expiresAt.isEmpty()) {
            throw new IllegalStateException("IAM response has no token.expires_at");
        }
        Instant expiry;
        try {
            expiry = Instant.parse(expiresAt);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("IAM token.expires_at is not an ISO-8601 instant");
        }
        String projectId = root.flatMap(t -> t.object("project")).flatMap(p -> p.string("id")).orElse(null);
        return HuaweiToken.of(token, expiry, projectId);
    }

    private static byte[] body(Builder b) {
        JsonObject user = JsonObject.builder().put("name", b.userName).put("password", b.password)
                .put("domain", JsonObject.builder().put("name", b.domainName).build()).build();
        JsonObject identity = JsonObject.builder().put("methods", JsonArray.builder().add("password").build())
                .put("password", JsonObject.builder().put("user", user).build()).build();
        JsonObject project = b.projectId != null ? JsonObject.builder().put("id", b.projectId).build()
                : JsonObject.builder().put("name", b.projectName).build();
        JsonObject scope = JsonObject.builder().put("project", project).build();
        return JsonWriter.compact().writeUtf8(JsonObject.builder()
                .put("auth", JsonObject.builder().put("identity", identity).put("scope", scope).build()).build());
    }

    @Override
    public String toString() {
        return "IamTokenProvider{endpoint=" + endpoint + "}";
    }

    /** Builds {@link IamTokenProvider}s. */
    public static final class Builder {
        private URI endpoint;
        private String region;
        private String userName;
        private String password;
        private String domainName;
        private String projectId;
        private String projectName;
        private HttpTransport transport;
        private Clock clock = Clock.systemUTC();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();

        private Builder() {
        }

        /**
         * @param region selects {@code https://iam.<region>.myhuaweicloud.com}; lower-case letters, digits and dashes
         * @return this builder
         * @throws SdkClientException if it is not such a region name
         */
        public Builder region(String region) {
            this.region = HuaweiEndpoints.region(region);
            return this;
        }

        /**
         * @param endpoint the IAM endpoint, {@code http(s)://host[:port]}, overriding the region's; for tests and
         *                 private clouds
         * @return this builder
         * @throws SdkClientException if it is not such a URL
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Validate.httpEndpoint(endpoint, "endpoint");
            return this;
        }

        /**
         * @param userName the IAM user name; required
         * @return this builder
         */
        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        /**
         * @param password the IAM user's password; required, never logged
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * @param domainName the account (domain) name; required
         * @return this builder
         */
        public Builder domainName(String domainName) {
            this.domainName = domainName;
            return this;
        }

        /**
         * @param projectId the project to scope the token to (or use {@link #projectName})
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = Validate.pathSegment(projectId, "projectId", 64);
            return this;
        }

        /**
         * @param projectName the project name to scope the token to, for example {@code cn-north-4}
         * @return this builder
         */
        public Builder projectName(String projectName) {
            this.projectName = Validate.text(projectName, "projectName", 64);
            return this;
        }

        /**
         * @param transport sends the IAM requests; not closed by the provider
         * @return this builder
         */
        public Builder httpTransport(HttpTransport transport) {
            this.transport = Validate.notNull(transport, "httpTransport");
            return this;
        }

        /**
         * @param clock decides when a token is near expiry; for tests
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Validate.notNull(clock, "clock");
            return this;
        }

        /**
         * @param retryPolicy attempts and backoff of the token request; default {@link RetryPolicy#defaults()}
         *                    (its retry budget does not apply: token requests are rare)
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Validate.notNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Builds the provider; no token is fetched until first use.
         *
         * @return the provider
         * @throws SdkClientException if a required field is missing
         */
        public IamTokenProvider build() {
            return new IamTokenProvider(this);
        }
    }
}
