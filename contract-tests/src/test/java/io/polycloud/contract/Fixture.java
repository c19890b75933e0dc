package io.polycloud.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.HuaweiSignatures;
import io.polycloud.core.testsupport.RecordedRequests;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh loopback MockWebServer and fake clock per test, one client of each service pointed at
 * it with made-up keys, canned answers in each cloud's format, and the signature checks.
 */
abstract class Fixture {

    static final String ALIYUN_AK = "TESTAKContractKeyExample";
    static final String ALIYUN_SK = "contract-aliyun-secret-not-real";
    static final String REGION = "cn-shanghai";
    static final String ACS3_SIGNED = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
    static final String HUAWEI_AK = "AKIDCONTRACTTEST0EXAMPLE";
    static final String HUAWEI_SK = "contract-huawei-secret-not-real";
    static final String PROJECT = "0123456789abcdef0123456789abcdef";
    static final String HUAWEI_SIGNED = "host;user-agent;x-project-id;x-sdk-date";

    final MockWebServer server = new MockWebServer();
    final FakeTime time = new FakeTime();
    private Clients clients;

    @BeforeEach
    void startServer() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        clients = huaweiClients(Fixture::withKeys);
    }

    @AfterEach
    void stopServer() {
        clients.close();
        server.close();
    }

    /** The clients every row calls through. */
    Clients clients() {
        return clients;
    }

    /** This fixture's AK/SK and project. */
    static void withKeys(HuaweiClientBuilder<?> b) {
        b.credentials(HuaweiCredentials.of(HUAWEI_AK, HUAWEI_SK)).projectId(PROJECT);
    }

    /**
     * New clients whose Huawei builders (which have neither credentials nor a project) are set up
     * by {@code change}, for example with {@link #withKeys} or a token; close them.
     */
    Clients huaweiClients(Consumer<HuaweiClientBuilder<?>> change) {
        DrsClient.Builder drs = drsBuilder();
        DdsClient.Builder dds = ddsBuilder();
        LakeFormationClient.Builder lakeFormation = lakeFormationBuilder();
        change.accept(drs);
        change.accept(dds);
        change.accept(lakeFormation);
        return new Clients(vpcBuilder().build(), drs.build(), dds.build(), lakeFormation.build());
    }

    /** New clients that never retry, for tests that count one attempt; close them. */
    Clients clientsWithoutRetries() {
        Clients huawei = huaweiClients(b -> withKeys(b.retryPolicy(RetryPolicy.none())));
        huawei.vpc().close();
        return new Clients(vpcBuilder().retryPolicy(RetryPolicy.none()).build(), huawei.drs(), huawei.dds(), huawei.lakeFormation());
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Deterministic jitter: half of each backoff ceiling. */
    private static RetryPolicy halfJitter() {
        return RetryPolicy.builder().jitter(() -> 0.5).build();
    }

    VpcClient.Builder vpcBuilder() {
        return VpcClient.builder().region(REGION).endpointOverride(endpoint()).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(halfJitter()).credentials(AliyunCredentials.of(ALIYUN_AK, ALIYUN_SK));
    }

    DrsClient.Builder drsBuilder() {
        return DrsClient.builder().endpointOverride(endpoint()).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(halfJitter());
    }

    DdsClient.Builder ddsBuilder() {
        return DdsClient.builder().endpointOverride(endpoint()).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(halfJitter());
    }

    LakeFormationClient.Builder lakeFormationBuilder() {
        return LakeFormationClient.builder().endpointOverride(endpoint()).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(halfJitter());
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json;charset=utf-8")
                .body(body).build();
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("the server received no request");
        }
        return r;
    }

    /** Fails unless the request is signed with this fixture's keys over exactly the row's headers. */
    static SignatureDetails assertSigned(RecordedRequest r, Contract row) {
        if (row.cloud == Cloud.HUAWEI) {
            return HuaweiSignatures.assertSigned(r, HUAWEI_AK, HUAWEI_SK, row.signedHeaders);
        }
        SignatureDetails expected = Acs3Signer.hmacSha256().signature(RecordedRequests.toSdkHttpRequest(r),
                Arrays.asList(row.signedHeaders.split(";")), ALIYUN_SK);
        assertEquals("ACS3-HMAC-SHA256 Credential=" + ALIYUN_AK + ",SignedHeaders=" + row.signedHeaders + ",Signature="
                + expected.signature(), r.getHeaders().get("Authorization"));
        return expected;
    }
}
