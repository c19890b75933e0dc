package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.credentials.huawei.IamTokenProvider;
import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every request is recorded for assertions, and no recording shows a credential. */
class RequestLogTest {

    private static final AliyunCredentials ALIYUN_STS = AliyunCredentials.of("STS.LogTestKey", "aliyun-secret-value-1",
            "aliyun-sts-token-value-2");
    private static final HuaweiCredentials HUAWEI_TEMPORARY = HuaweiCredentials.builder().accessKey("LOGTESTAK00000000001")
            .secretKey("huawei-secret-value-3").securityToken("huawei-security-token-4").build();
    private static final IamUser IAM_USER = new IamUser("log-domain", "log-user", "iam-password-value-5");

    private final FakeTime time = new FakeTime();
    private PolycloudEmulator emulator;

    @BeforeEach
    void start() {
        emulator = PolycloudEmulator.builder().clock(time.clock()).aliyunCredentials(ALIYUN_STS)
                .huaweiCredentials(HUAWEI_TEMPORARY).iamUser(IAM_USER).requestLogLimit(100).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void everyRequest_isRecordedWithWhatTheEmulatorMadeOfIt() {
        emulator.drs().putJob("job 1/2", EmulatedDrs.RUNNING);
        try (DrsClient drs = Fixtures.drs(emulator, time)) {
            drs.deleteJob(DeleteJobRequest.builder().jobId("job 1/2").build());
        } catch (RuntimeException expected) {
            // DRS.M00304: a running job
        }

        RecordedCall call = emulator.lastCall().orElseThrow();
        assertEquals("DELETE", call.method());
        assertEquals("/v5/" + emulator.huaweiProjectId() + "/jobs/job%201%2F2", call.path());
        assertEquals(EmulatedOperation.DRS_DELETE_JOB, call.operation());
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, call.authOutcome());
        assertEquals(HUAWEI_TEMPORARY.accessKey(), call.accessKeyId().orElseThrow());
        assertEquals(400, call.status().orElseThrow());
        assertEquals("DRS.M00304", call.errorCode().orElseThrow());
        assertEquals(time.now(), call.receivedAt());
        assertEquals("application/json", call.headers().first("Content-Type").orElseThrow());
        assertEquals(0, call.body().length);
        assertFalse(call.replayed());
        assertTrue(call.fault().isEmpty());
    }

    @Test
    void queryAndBody_areRecordedDecoded() {
        try (VpcClient vpc = Fixtures.vpcBuilder(emulator, time).credentials(ALIYUN_STS).build()) {
            vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().maxResults(7).build());
        }
        try (IamTokenProvider tokens = iamTokens()) {
            tokens.resolveToken();
        }

        List<RecordedCall> calls = emulator.calls();
        assertEquals(List.of(new QueryParameter("RegionId", Fixtures.REGION), new QueryParameter("MaxResults", "7")),
                calls.get(0).queryParameters());
        assertEquals("7", calls.get(0).queryParameter("MaxResults").orElseThrow());
        assertTrue(calls.get(1).bodyAsString().contains("\"password\":\"" + IAM_USER.password() + "\""),
                "the accessor returns what was received");
    }

    @Test
    void noRecording_showsACredential() {
        emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
        emulator.drs().putJob("job-2", EmulatedDrs.STOPPED);
        try (VpcClient acs3 = Fixtures.vpcBuilder(emulator, time).credentials(ALIYUN_STS).build();
             VpcClient rpc = Fixtures.vpcBuilder(emulator, time).credentials(ALIYUN_STS)
                     .signatureVersion(AliyunSignatureVersion.RPC_V1_HMAC_SHA1).build();
             DrsClient drs = Fixtures.drsBuilder(emulator, time).credentials(HUAWEI_TEMPORARY).build();
             IamTokenProvider tokens = iamTokens();
             DrsClient drsWithToken = DrsClient.builder().region(Fixtures.HUAWEI_REGION).endpointOverride(emulator.baseUri())
                     .tokenProvider(tokens).clock(time.clock()).build()) {
            acs3.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
            rpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
            drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());
            drsWithToken.deleteJob(DeleteJobRequest.builder().jobId("job-2").build());
        }
        List<String> secrets = new ArrayList<>(List.of(ALIYUN_STS.accessKeySecret(), ALIYUN_STS.securityToken().orElseThrow(),
                HUAWEI_TEMPORARY.secretKey(), HUAWEI_TEMPORARY.securityToken().orElseThrow(), IAM_USER.password()));
        for (RecordedCall call : emulator.calls()) {
            call.headers().first("Authorization").ifPresent(secrets::add);
            call.headers().first("X-Auth-Token").ifPresent(secrets::add);
            call.queryParameter("Signature").ifPresent(secrets::add);
        }
        assertEquals(5, emulator.calls().size());
        assertTrue(secrets.size() >= 5 + 4, "every credential the requests carried is checked");

        StringBuilder everything = new StringBuilder(emulator.toString()).append(IAM_USER).append(emulator.iamUser());
        emulator.calls().forEach(everything::append);
        for (String secret : secrets) {
            assertFalse(everything.toString().contains(secret), "a recording shows a credential");
        }
        assertTrue(everything.toString().contains("Authorization: ***"));
    }

    private IamTokenProvider iamTokens() {
        return IamTokenProvider.builder().endpoint(emulator.baseUri()).domainName(IAM_USER.domainName())
                .userName(IAM_USER.userName()).password(IAM_USER.password()).projectId(emulator.huaweiProjectId())
                .clock(time.clock()).build();
    }

    @Test
    void beyondItsLimit_theLogDropsTheOldestCalls() {
        try (PolycloudEmulator small = PolycloudEmulator.builder().clock(time.clock()).requestLogLimit(2).start();
             VpcClient vpc = Fixtures.vpc(small, time)) {
            for (int max = 1; max <= 3; max++) {
                vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().maxResults(max).build());
            }

            assertEquals(List.of("2", "3"), small.calls().stream()
                    .map(c -> c.queryParameter("MaxResults").orElseThrow()).toList());
            small.clearCalls();
            assertTrue(small.calls().isEmpty());
            assertTrue(small.lastCall().isEmpty());
        }
    }
}
