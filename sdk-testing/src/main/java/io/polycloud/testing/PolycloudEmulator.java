package io.polycloud.testing;

import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.core.protocol.aliyun.AliyunClientBuilder;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.testing.internal.EmulatorClock;
import io.polycloud.testing.internal.Json;
import io.polycloud.testing.internal.aliyun.AliyunAuth;
import io.polycloud.testing.internal.aliyun.VpcApi;
import io.polycloud.testing.internal.huawei.HuaweiApi;
import io.polycloud.testing.internal.huawei.HuaweiAuth;
import io.polycloud.testing.internal.huawei.IamApi;
import io.polycloud.testing.internal.server.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An offline, stateful emulator of the Polycloud services on one loopback port: Alibaba Cloud
 * VPC failover test jobs (RPC, ACS3 and RPC v1 signatures), Huawei Cloud DRS jobs, DDS scheduled
 * tasks and LakeFormation jobs (read and delete; SDK-HMAC signatures or IAM tokens) and Huawei
 * IAM's token endpoint. It
 * checks signatures against registered test credentials and answers with the clouds' status
 * codes, error codes and body shapes; a test controls its time, injects faults and reads every
 * request it received.
 *
 * <pre>{@code
 * try (PolycloudEmulator emulator = PolycloudEmulator.start();
 *      DrsClient drs = DrsClient.builder().endpointOverride(emulator.baseUri()).region("cn-north-4")
 *              .credentials(emulator.huaweiCredentials()).build()) {
 *     emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
 *     drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());
 * }
 * }</pre>
 *
 * In JUnit 5, {@link EmulatedClouds} starts one per test class and injects it and ready clients.
 * The HTTP admin API under {@code /_emulator/} (see the module README) offers the same controls
 * to other languages. Thread-safe.
 */
public final class PolycloudEmulator implements AutoCloseable {

    /** The Alibaba Cloud key pair registered when the builder is given none. */
    public static final AliyunCredentials DEFAULT_ALIYUN_CREDENTIALS =
            AliyunCredentials.of("TESTAKPolycloudEmulator", "polycloud-emulator-aliyun-secret");
    /** The Huawei Cloud project id used when the builder is given none. */
    public static final String DEFAULT_HUAWEI_PROJECT_ID = "0123456789abcdef0123456789abcdef";
    /** The Huawei Cloud AK/SK registered when the builder is given none. */
    public static final HuaweiCredentials DEFAULT_HUAWEI_CREDENTIALS = HuaweiCredentials.builder()
            .accessKey("PCEMULATORAK00000001").secretKey("polycloud-emulator-huawei-secret")
            .projectId(DEFAULT_HUAWEI_PROJECT_ID).build();
    /** The IAM user registered when the builder is given none. */
    public static final IamUser DEFAULT_IAM_USER = new IamUser("polycloud-emulator", "emulator-user", "emulator-password");

    /** The largest request line and headers: far above any SDK's, well below a memory problem. */
    private static final int MAX_HEAD_BYTES = 64 * 1024;
    /** Connections served at once; one thread each. */
    private static final int MAX_CONNECTIONS = 4096;
    /** How long a connection may stay silent before the emulator closes it. */
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(1);

    private final EmulatorState state;
    private final TestClock testClock;
    private final HttpServer server;
    private final URI baseUri;

    private PolycloudEmulator(Builder b) throws IOException {
        this.testClock = b.clock instanceof TestClock t ? t : null;
        this.state = new EmulatorState(new EmulatorClock(b.clock), b.huaweiProjectId, b.starting, b.stopping,
                b.requestLogLimit, b.requestIdPrefix,
                b.aliyunCredentials.isEmpty() ? List.of(DEFAULT_ALIYUN_CREDENTIALS) : b.aliyunCredentials,
                b.huaweiCredentials.isEmpty() ? List.of(DEFAULT_HUAWEI_CREDENTIALS) : b.huaweiCredentials,
                b.iamUsers.isEmpty() ? List.of(DEFAULT_IAM_USER) : b.iamUsers);
        Router router = new Router(new VpcApi(state.vpcService, new AliyunAuth(state.credentials, state.nonces, b.maxClockSkew)),
                new IamApi(state.credentials, state.tokens, b.iamTokenLifetime),
                new HuaweiApi(state.huaweiJobs, new HuaweiAuth(state.credentials, state.tokens, b.maxClockSkew)));
        EmulatorHandler handler = new EmulatorHandler(state, router, new AdminApi(state, this::baseUri));
        this.server = HttpServer.start(b.port, handler, new HttpServer.Limits(MAX_HEAD_BYTES, b.maxRequestBytes,
                MAX_CONNECTIONS, IDLE_TIMEOUT));
        this.baseUri = URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * Starts an emulator with every default: a free port, the default credentials, the system
     * clock.
     *
     * @return the running emulator; close it when done
     * @throws UncheckedIOException if the port cannot be opened
     */
    public static PolycloudEmulator start() {
        return builder().start();
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
     * Where the emulator listens; the endpoint override for every client.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The port the emulator listens on.
     *
     * @return the port
     */
    public int port() {
        return baseUri.getPort();
    }

    /**
     * The first registered Alibaba Cloud credentials, for a client under test.
     *
     * @return the credentials
     */
    public AliyunCredentials aliyunCredentials() {
        return state.credentials.aliyun().get(0);
    }

    /**
     * The first registered Huawei Cloud credentials, for a client under test.
     *
     * @return the credentials
     */
    public HuaweiCredentials huaweiCredentials() {
        return state.credentials.huawei().get(0);
    }

    /**
     * The first registered IAM user, for an {@code IamTokenProvider} under test.
     *
     * @return the user
     */
    public IamUser iamUser() {
        return state.iamUsers.get(0);
    }

    /**
     * The Huawei Cloud project the facades put resources in unless told otherwise.
     *
     * @return the project id
     */
    public String huaweiProjectId() {
        return state.huaweiProjectId;
    }

    /**
     * Every registered Alibaba Cloud credential, in registration order.
     *
     * @return the credentials
     */
    public List<AliyunCredentials> registeredAliyunCredentials() {
        return state.credentials.aliyun();
    }

    /**
     * Every registered Huawei Cloud credential, in registration order.
     *
     * @return the credentials
     */
    public List<HuaweiCredentials> registeredHuaweiCredentials() {
        return state.credentials.huawei();
    }

    /**
     * Accepts another Alibaba Cloud key pair from now on (replacing one with the same id). With a
     * security token (STS), requests must carry exactly that token in {@code x-acs-security-token}
     * or {@code SecurityToken}, and are refused once the credentials' expiration has passed.
     *
     * @param credentials the credentials
     */
    public void registerAliyunCredentials(AliyunCredentials credentials) {
        state.credentials.register(Validate.notNull(credentials, "credentials"));
    }

    /**
     * Accepts another Huawei Cloud AK/SK from now on (replacing one with the same AK). With a
     * security token, requests must carry exactly that token in {@code X-Security-Token}.
     *
     * @param credentials the credentials
     */
    public void registerHuaweiCredentials(HuaweiCredentials credentials) {
        state.credentials.register(Validate.notNull(credentials, "credentials"));
    }

    /**
     * Accepts another IAM user from now on.
     *
     * @param user the user
     */
    public void registerIamUser(IamUser user) {
        state.register(Validate.notNull(user, "user"));
    }

    /**
     * The emulated VPC failover test jobs.
     *
     * @return the VPC controls
     */
    public EmulatedVpc vpc() {
        return state.vpc;
    }

    /**
     * The emulated DRS jobs.
     *
     * @return the DRS controls
     */
    public EmulatedDrs drs() {
        return state.drs;
    }

    /**
     * The emulated DDS scheduled tasks.
     *
     * @return the DDS controls
     */
    public EmulatedDds dds() {
        return state.dds;
    }

    /**
     * The emulated LakeFormation jobs.
     *
     * @return the LakeFormation controls
     */
    public EmulatedLakeFormation lakeFormation() {
        return state.lakeFormation;
    }

    /**
     * The emulator's current time: what it checks signature timestamps against, stamps on answers
     * ({@code Date}) and drives job lifecycles by.
     *
     * @return the time
     */
    public Instant now() {
        return state.clock.now();
    }

    /**
     * Moves the emulator's time forward, applying every job transition that falls due. Signature
     * timestamps are checked against the new time too: advancing more than 15 minutes makes
     * clients with a correct clock look skewed (and shows their skew correction at work).
     *
     * @param amount how far
     * @throws SdkClientException if it is null or negative
     */
    public void advanceTime(Duration amount) {
        state.clock.advance(EmulatedVpc.notNegative(amount, "amount"));
    }

    /**
     * Queues a fault for the next matching requests. Faults meet requests in injection order.
     *
     * @param fault the fault
     */
    public void inject(Fault fault) {
        state.faults.add(Validate.notNull(fault, "fault"));
    }

    /**
     * The faults still waiting, each with the number of requests it will still meet.
     *
     * @return the faults
     */
    public List<Fault> pendingFaults() {
        return state.faults.pending();
    }

    /** Drops every fault still waiting. */
    public void clearFaults() {
        state.faults.clear();
    }

    /**
     * Every request received (admin API calls excepted), oldest first, up to the builder's
     * request log limit.
     *
     * @return the calls
     */
    public List<RecordedCall> calls() {
        return state.log.calls();
    }

    /**
     * The requests received for one operation, oldest first.
     *
     * @param operation the operation
     * @return the calls
     */
    public List<RecordedCall> calls(EmulatedOperation operation) {
        Validate.notNull(operation, "operation");
        List<RecordedCall> result = new ArrayList<>();
        for (RecordedCall call : state.log.calls()) {
            if (call.operation() == operation) {
                result.add(call);
            }
        }
        return result;
    }

    /**
     * The request received last.
     *
     * @return the call, empty if none
     */
    public Optional<RecordedCall> lastCall() {
        List<RecordedCall> calls = state.log.calls();
        return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(calls.size() - 1));
    }

    /** Forgets every recorded request. */
    public void clearCalls() {
        state.log.clear();
    }

    /** Revokes every IAM token issued so far: a client's next call with one is refused with {@code APIG.1002}. */
    public void revokeIamTokens() {
        state.tokens.revokeAll();
    }

    /**
     * Back to a fresh start: no jobs, faults, recorded requests, seen nonces, ClientTokens or IAM
     * tokens; time and transition durations as built; numbered request ids start again from 1.
     * Registered credentials stay.
     */
    public void reset() {
        state.reset();
    }

    /**
     * Puts in place the resources of a seed document, the JSON that the standalone launcher's
     * {@code --seed} and the admin API's {@code POST /_emulator/seed} take (see the module README),
     * so fixtures can be shared with tests in other languages.
     *
     * @param json the document, for example {@code {"drs":{"jobs":[{"jobId":"j-1","status":"RELEASE_RESOURCE_COMPLETE"}]}}}
     * @return how many resources were put in place
     * @throws SdkClientException if the document is malformed (the parts before the fault stay applied)
     */
    public int seed(String json) {
        return AdminDocuments.seed(Json.parse(Validate.notNull(json, "json").getBytes(StandardCharsets.UTF_8)), state);
    }

    /**
     * Points a client builder at this emulator: the endpoint override, the first registered
     * credentials of the builder's cloud (and, for Huawei Cloud, the default project), and, when
     * the emulator runs on a {@link TestClock}, that clock as the client's clock and sleeper. Set
     * the region and anything else after it.
     *
     * <pre>{@code
     * DrsClient drs = emulator.configure(DrsClient.builder()).region("cn-north-4").build();
     * }</pre>
     *
     * @param builder a Polycloud client builder
     * @param <B>     the builder type
     * @return the same builder
     * @throws SdkClientException if the builder is null
     */
    public <B extends SdkClientBuilder<B>> B configure(B builder) {
        Validate.notNull(builder, "builder").endpointOverride(baseUri);
        if (builder instanceof AliyunClientBuilder<?> aliyun) {
            aliyun.credentials(aliyunCredentials());
        } else if (builder instanceof HuaweiClientBuilder<?> huawei) {
            huawei.credentials(huaweiCredentials()).projectId(huaweiProjectId());
        }
        if (testClock != null) {
            builder.clock(testClock).sleeper(testClock);
        }
        return builder;
    }

    /**
     * The test clock the emulator was built with, to advance it or hand it to more clients.
     *
     * @return the clock; empty if the builder was given another clock or none
     */
    public Optional<TestClock> testClock() {
        return Optional.ofNullable(testClock);
    }

    /** Stops listening and closes every connection, ending stalled, delayed and dripping answers. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    /** Connections open from the server's side, for tests of the server itself. */
    int openConnections() {
        return server.openConnections();
    }

    @Override
    public String toString() {
        return "PolycloudEmulator{" + baseUri + "}";
    }

    /** Builds and starts {@link PolycloudEmulator}s. */
    public static final class Builder {
        private int port;
        private final List<AliyunCredentials> aliyunCredentials = new ArrayList<>();
        private final List<HuaweiCredentials> huaweiCredentials = new ArrayList<>();
        private final List<IamUser> iamUsers = new ArrayList<>();
        private String huaweiProjectId = DEFAULT_HUAWEI_PROJECT_ID;
        private Clock clock = Clock.systemUTC();
        private Duration starting = Duration.ofSeconds(3);
        private Duration stopping = Duration.ofSeconds(3);
        private Duration maxClockSkew = Duration.ofMinutes(15);
        private Duration iamTokenLifetime = Duration.ofHours(24);
        private int requestLogLimit = 10_000;
        private long maxRequestBytes = 8L * 1024 * 1024;
        private String requestIdPrefix;

        private Builder() {
        }

        /**
         * @param port the port on 127.0.0.1; 0 (the default) picks a free one
         * @return this builder
         * @throws SdkClientException if out of range
         */
        public Builder port(int port) {
            this.port = (int) Validate.range(port, "port", 0, 65535);
            return this;
        }

        /**
         * Registers an Alibaba Cloud key pair; call again for more. Without any, the emulator
         * accepts {@link #DEFAULT_ALIYUN_CREDENTIALS}.
         *
         * @param credentials the credentials (with a security token for STS)
         * @return this builder
         */
        public Builder aliyunCredentials(AliyunCredentials credentials) {
            aliyunCredentials.add(Validate.notNull(credentials, "aliyunCredentials"));
            return this;
        }

        /**
         * Registers a Huawei Cloud AK/SK; call again for more. Without any, the emulator accepts
         * {@link #DEFAULT_HUAWEI_CREDENTIALS}.
         *
         * @param credentials the credentials
         * @return this builder
         */
        public Builder huaweiCredentials(HuaweiCredentials credentials) {
            huaweiCredentials.add(Validate.notNull(credentials, "huaweiCredentials"));
            return this;
        }

        /**
         * Registers an IAM user for {@code POST /v3/auth/tokens}; call again for more. Without
         * any, the emulator accepts {@link #DEFAULT_IAM_USER}.
         *
         * @param user the user
         * @return this builder
         */
        public Builder iamUser(IamUser user) {
            iamUsers.add(Validate.notNull(user, "iamUser"));
            return this;
        }

        /**
         * @param projectId the Huawei Cloud project the facades use by default
         * @return this builder
         */
        public Builder huaweiProjectId(String projectId) {
            this.huaweiProjectId = Validate.pathSegment(projectId, "huaweiProjectId", 64);
            return this;
        }

        /**
         * @param clock the emulator's time source; {@link PolycloudEmulator#advanceTime} adds to
         *              it. With a {@link TestClock}, {@link PolycloudEmulator#configure} gives the
         *              clients the same clock as clock and sleeper, so the emulator and the
         *              clients share one time that sleeping moves.
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Validate.notNull(clock, "clock");
            return this;
        }

        /**
         * How long VPC jobs stay Starting and Stopping; 3 seconds each by default.
         *
         * @param starting Starting to Testing
         * @param stopping Stopping to Stopped
         * @return this builder
         */
        public Builder transitionDurations(Duration starting, Duration stopping) {
            this.starting = EmulatedVpc.notNegative(starting, "starting");
            this.stopping = EmulatedVpc.notNegative(stopping, "stopping");
            return this;
        }

        /**
         * @param maxClockSkew how far a signature's timestamp may be from the emulator's time; 15 minutes by default, as both clouds
         * @return this builder
         */
        public Builder maxClockSkew(Duration maxClockSkew) {
            this.maxClockSkew = EmulatedVpc.notNegative(maxClockSkew, "maxClockSkew");
            return this;
        }

        /**
         * @param lifetime how long an IAM token is valid; 24 hours by default, as IAM's
         * @return this builder
         */
        public Builder iamTokenLifetime(Duration lifetime) {
            this.iamTokenLifetime = EmulatedVpc.notNegative(lifetime, "iamTokenLifetime");
            return this;
        }

        /**
         * @param limit how many requests the log keeps (the oldest are dropped); 10,000 by default
         * @return this builder
         */
        public Builder requestLogLimit(int limit) {
            this.requestLogLimit = (int) Validate.range(limit, "requestLogLimit", 1, 10_000_000);
            return this;
        }

        /**
         * Numbers the requests instead of giving them random request ids: the n-th request the
         * emulator receives (admin API calls aside) is answered with request id
         * {@code prefix + n}, counting from 1, whatever its answer (or lack of one, for a reset
         * or stall); {@link PolycloudEmulator#reset()} starts again from 1. For tests that script
         * a sequence of answers and check which one a client ended with:
         *
         * <pre>{@code
         * PolycloudEmulator emulator = PolycloudEmulator.builder().requestIdPrefix("req-").start();
         * emulator.inject(Fault.error(503, "ServiceUnavailable", "busy").times(2));
         * // a client that retries twice gets the answer to request "req-3"
         * }</pre>
         *
         * @param prefix the text before the number, 1 to 64 characters
         * @return this builder
         * @throws SdkClientException if it is blank or too long
         */
        public Builder requestIdPrefix(String prefix) {
            this.requestIdPrefix = Validate.text(prefix, "requestIdPrefix", 64);
            return this;
        }

        /**
         * @param bytes the largest request body the emulator reads, 1 KiB to 1 GiB; 8 MiB by
         *              default. A larger one is answered 413 and its connection closed.
         * @return this builder
         * @throws SdkClientException if out of range
         */
        public Builder maxRequestBytes(long bytes) {
            this.maxRequestBytes = Validate.range(bytes, "maxRequestBytes", 1024, 1L << 30);
            return this;
        }

        /**
         * Starts the emulator.
         *
         * @return the running emulator; close it when done
         * @throws UncheckedIOException if the port cannot be opened
         */
        public PolycloudEmulator start() {
            try {
                return new PolycloudEmulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the emulator on 127.0.0.1:" + port, e);
            }
        }
    }
}
