package io.polycloud.testing;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.testing.internal.CredentialStore;
import io.polycloud.testing.internal.EmulatorClock;
import io.polycloud.testing.internal.aliyun.NonceCache;
import io.polycloud.testing.internal.aliyun.VpcService;
import io.polycloud.testing.internal.huawei.HuaweiJobs;
import io.polycloud.testing.internal.huawei.TokenStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything one emulator holds: its time, credentials, resources, faults, request log and
 * request numbering, and how to reset them. The public handle ({@link PolycloudEmulator}), the
 * request handler and the admin API all work on it, so none of them needs the others.
 */
final class EmulatorState {

    final EmulatorClock clock;
    final String huaweiProjectId;
    final CredentialStore credentials = new CredentialStore();
    /** The IAM users in registration order; {@link #credentials} holds their passwords. */
    final List<IamUser> iamUsers = new CopyOnWriteArrayList<>();
    final NonceCache nonces = new NonceCache();
    final TokenStore tokens = new TokenStore();
    final VpcService vpcService;
    final HuaweiJobs huaweiJobs = new HuaweiJobs();
    final FaultQueue faults = new FaultQueue();
    final RequestLog log;
    final EmulatedVpc vpc;
    final EmulatedDrs drs;
    final EmulatedDds dds;
    final EmulatedLakeFormation lakeFormation;
    private final String requestIdPrefix;
    private final AtomicLong requestNumber = new AtomicLong();

    EmulatorState(EmulatorClock clock, String huaweiProjectId, Duration starting, Duration stopping, int requestLogLimit,
                  String requestIdPrefix, List<AliyunCredentials> aliyun, List<HuaweiCredentials> huawei,
                  List<IamUser> iamUsers) {
        this.clock = clock;
        this.huaweiProjectId = huaweiProjectId;
        aliyun.forEach(credentials::register);
        huawei.forEach(credentials::register);
        iamUsers.forEach(this::register);
        this.vpcService = new VpcService(clock, starting, stopping);
        this.log = new RequestLog(requestLogLimit);
        this.requestIdPrefix = requestIdPrefix;
        this.vpc = new EmulatedVpc(vpcService);
        this.drs = new EmulatedDrs(huaweiJobs, huaweiProjectId, clock);
        this.dds = new EmulatedDds(huaweiJobs, huaweiProjectId, clock);
        this.lakeFormation = new EmulatedLakeFormation(huaweiJobs, huaweiProjectId, clock);
    }

    /** Accepts an IAM user, replacing one with the same domain and name. */
    void register(IamUser user) {
        iamUsers.removeIf(u -> u.domainName().equals(user.domainName()) && u.userName().equals(user.userName()));
        iamUsers.add(user);
        credentials.registerIamUser(user.domainName(), user.userName(), user.password());
    }

    /** The request id of the next request: {@code prefix + n} when numbering, else null for the cloud's own kind. */
    String nextNumberedRequestId() {
        return requestIdPrefix == null ? null : requestIdPrefix + requestNumber.incrementAndGet();
    }

    /** Back to a fresh start; registered credentials stay. */
    void reset() {
        vpcService.reset();
        huaweiJobs.reset();
        faults.clear();
        log.clear();
        nonces.clear();
        tokens.revokeAll();
        clock.reset();
        requestNumber.set(0);
    }
}
