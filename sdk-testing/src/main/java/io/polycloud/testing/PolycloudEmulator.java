package io.polycloud.testing;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.testing.internal.CredentialStore;
import io.polycloud.testing.internal.EmulatorClock;
import io.polycloud.testing.internal.Router;
import io.polycloud.testing.internal.admin.AdminApi;
import io.polycloud.testing.internal.aliyun.AliyunAuth;
import io.polycloud.testing.internal.aliyun.NonceCache;
import io.polycloud.testing.internal.aliyun.VpcApi;
import io.polycloud.testing.internal.aliyun.VpcService;
import io.polycloud.testing.internal.huawei.HuaweiApi;
import io.polycloud.testing.internal.huawei.HuaweiAuth;
import io.polycloud.testing.internal.huawei.HuaweiJobs;
import io.polycloud.testing.internal.huawei.IamApi;
import io.polycloud.testing.internal.huawei.TokenStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;

/**
 * An offline, stateful emulator of the Polycloud services on one loopback port: Alibaba Cloud
 * VPC failover test jobs (RPC, ACS3 and RPC v1 signatures), Huawei Cloud DRS, DDS and
 * LakeFormation deletes (SDK-HMAC signatures or IAM tokens) and Huawei IAM's token endpoint. It
 * checks signatures against registered test credentials and answers with the clouds' status
 * codes, error codes and body shapes; a test controls its time, injects faults and reads every
 * request it received.
 *
 * <pre>{@code
 * try (PolycloudEmulator emulator = PolycloudEmulator.start();
 *      DrsClient drs = DrsClient.builder().endpointOverride(emulator.baseUri()).region("cn-north-4")
 *              .credentials(emulator.huaweiCredentials()).build()) {
 *     emulator.drs().putJob("job-1", JobState.STOPPED);
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

    private final MockWebServer server;
    private final EmulatorDispatcher dispatcher;
    private final URI baseUri;
    private final String huaweiProjectId;
    private final EmulatorClock clock;
    private final CredentialStore credentials;
    private final NonceCache nonces;
    private final TokenStore tokens;
    private final VpcService vpcService;
    private final HuaweiJobs huaweiJobs;
    private final FaultQueue faults = new FaultQueue();
    private final RequestLog log;
    private final EmulatedVpc vpc;
    private final EmulatedDrs drs;
    private final EmulatedDds dds;
    private final EmulatedLakeFormation lakeFormation;

    private PolycloudEmulator(Builder b) throws IOException {
        this.clock = new EmulatorClock(b.clock);
        this.huaweiProjectId = b.huaweiProjectId;
        this.credentials = new CredentialStore();
        (b.aliyunCredentials.isEmpty() ? List.of(DEFAULT_ALIYUN_CREDENTIALS) : b.aliyunCredentials).forEach(credentials::register);
        (b.huaweiCredentials.isEmpty() ? List.of(DEFAULT_HUAWEI_CREDENTIALS) : b.huaweiCredentials).forEach(credentials::register);
        (b.iamUsers.isEmpty() ? List.of(DEFAULT_IAM_USER) : b.iamUsers).forEach(credentials::register);
        this.nonces = new NonceCache();
        this.tokens = new TokenStore();
        this.vpcService = new VpcService(clock, b.starting, b.stopping);
        this.huaweiJobs = new HuaweiJobs();
        this.log = new RequestLog(b.requestLogLimit);
        this.vpc = new EmulatedVpc(vpcService);
        this.drs = new EmulatedDrs(huaweiJobs, huaweiProjectId);
        this.dds = new EmulatedDds(huaweiJobs, huaweiProjectId);
        this.lakeFormation = new EmulatedLakeFormation(huaweiJobs, huaweiProjectId);
        Router router = new Router(new VpcApi(vpcService, new AliyunAuth(credentials, nonces, b.maxClockSkew)),
                new IamApi(credentials, tokens, b.iamTokenLifetime),
                new HuaweiApi(huaweiJobs, new HuaweiAuth(credentials, tokens, b.maxClockSkew)));
        this.server = new MockWebServer();
        this.dispatcher = new EmulatorDispatcher(clock, router, faults, log, new AdminApi(this), this::drainServerQueue);
        server.setDispatcher(dispatcher);
        server.setBodyLimit(b.maxRequestBytes);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        server.start(loopback, b.port);
        this.baseUri = URI.create("http://127.0.0.1:" + server.getPort());
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
        return credentials.aliyun().get(0);
    }

    /**
     * The first registered Huawei Cloud credentials, for a client under test.
     *
     * @return the credentials
     */
    public HuaweiCredentials huaweiCredentials() {
        return credentials.huawei().get(0);
    }

    /**
     * The first registered IAM user, for an {@code IamTokenProvider} under test.
     *
     * @return the user
     */
    public IamUser iamUser() {
        return credentials.iamUsers().get(0);
    }

    /**
     * The Huawei Cloud project the facades put resources in unless told otherwise.
     *
     * @return the project id
     */
    public String huaweiProjectId() {
        return huaweiProjectId;
    }

    /**
     * Every registered Alibaba Cloud credential, in registration order.
     *
     * @return the credentials
     */
    public List<AliyunCredentials> registeredAliyunCredentials() {
        return credentials.aliyun();
    }

    /**
     * Every registered Huawei Cloud credential, in registration order.
     *
     * @return the credentials
     */
    public List<HuaweiCredentials> registeredHuaweiCredentials() {
        return credentials.huawei();
    }

    /**
     * Accepts another Alibaba Cloud key pair from now on (replacing one with the same id). With a
     * security token (STS), requests must carry exactly that token in {@code x-acs-security-token}
     * or {@code SecurityToken}, and are refused once the credentials' expiration has passed.
     *
     * @param credentials the credentials
     */
    public void registerAliyunCredentials(AliyunCredentials credentials) {
        this.credentials.register(Validate.notNull(credentials, "credentials"));
    }

    /**
     * Accepts another Huawei Cloud AK/SK from now on (replacing one with the same AK). With a
     * security token, requests must carry exactly that token in {@code X-Security-Token}.
     *
     * @param credentials the credentials
     */
    public void registerHuaweiCredentials(HuaweiCredentials credentials) {
        this.credentials.register(Validate.notNull(credentials, "credentials"));
    }

    /**
     * Accepts another IAM user from now on.
     *
     * @param user the user
     */
    public void registerIamUser(IamUser user) {
        credentials.register(Validate.notNull(user, "user"));
    }

    /**
     * The emulated VPC failover test jobs.
     *
     * @return the VPC controls
     */
    public EmulatedVpc vpc() {
        return vpc;
    }

    /**
     * The emulated DRS jobs.
     *
     * @return the DRS controls
     */
    public EmulatedDrs drs() {
        return drs;
    }

    /**
     * The emulated DDS scheduled tasks.
     *
     * @return the DDS controls
     */
    public EmulatedDds dds() {
        return dds;
    }

    /**
     * The emulated LakeFormation jobs.
     *
     * @return the LakeFormation controls
     */
    public EmulatedLakeFormation lakeFormation() {
        return lakeFormation;
    }

    /**
     * The emulator's current time: what it checks signature timestamps against, stamps on answers
     * ({@code Date}) and drives job lifecycles by.
     *
     * @return the time
     */
    public Instant now() {
        return clock.now();
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
        clock.advance(EmulatedVpc.notNegative(amount, "amount"));
    }

    /**
     * Queues a fault for the next matching requests. Faults meet requests in injection order.
     *
     * @param fault the fault
     */
    public void inject(Fault fault) {
        faults.add(Validate.notNull(fault, "fault"));
    }

    /**
     * The faults still waiting, each with the number of requests it will still meet.
     *
     * @return the faults
     */
    public List<Fault> pendingFaults() {
        return faults.pending();
    }

    /** Drops every fault still waiting. */
    public void clearFaults() {
        faults.clear();
    }

    /**
     * Every request received (admin API calls excepted), oldest first, up to the builder's
     * request log limit.
     *
     * @return the calls
     */
    public List<RecordedCall> calls() {
        return log.calls();
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
        for (RecordedCall call : log.calls()) {
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
        List<RecordedCall> calls = log.calls();
        return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(calls.size() - 1));
    }

    /** Forgets every recorded request. */
    public void clearCalls() {
        log.clear();
    }

    /** Revokes every IAM token issued so far: a client's next call with one is refused with {@code APIG.1002}. */
    public void revokeIamTokens() {
        tokens.revokeAll();
    }

    /**
     * Back to a fresh start: no jobs, faults, recorded requests, seen nonces, ClientTokens or IAM
     * tokens; time and transition durations as built. Registered credentials stay.
     */
    public void reset() {
        vpcService.reset();
        huaweiJobs.reset();
        faults.clear();
        log.clear();
        nonces.clear();
        tokens.revokeAll();
        clock.reset();
    }

    /** Stops listening and releases every connection, stalled ones included. Idempotent. */
    @Override
    public void close() {
        dispatcher.close();
        server.close();
    }

    private void drainServerQueue() {
        try {
            server.takeRequest(0, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
         * @param clock the emulator's time source, for example a test's fake clock shared with
         *              the clients under test; {@link PolycloudEmulator#advanceTime} adds to it
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
