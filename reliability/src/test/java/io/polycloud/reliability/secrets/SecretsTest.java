package io.polycloud.reliability.secrets;

import static io.polycloud.reliability.support.MadeUpKeys.ALIYUN_ACCESS_KEY_SECRET;
import static io.polycloud.reliability.support.MadeUpKeys.HUAWEI_PROJECT_ID;
import static io.polycloud.reliability.support.MadeUpKeys.IAM_PASSWORD;
import static io.polycloud.reliability.support.MadeUpKeys.IAM_TOKEN;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.aliyun.EcsRamRoleCredentialsProvider;
import io.polycloud.core.credentials.huawei.HuaweiToken;
import io.polycloud.core.credentials.huawei.IamTokenProvider;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.internal.signing.aliyun.RpcV1Signer;
import io.polycloud.core.internal.signing.huawei.SdkHmacSigner;
import io.polycloud.core.internal.signing.huawei.TokenAuthenticator;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.reliability.support.LoopbackServerSockets;
import io.polycloud.reliability.support.MadeUpKeys;
import io.polycloud.reliability.support.SecretScan;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What holds a secret never shows it: credentials, tokens, providers and signed requests of every
 * signature scheme, in {@code toString()}. The scan that every other test of the suite relies on
 * is itself checked to find each kind of leak, and the one signature the other scenarios do not
 * use, Alibaba's legacy RPC v1 (signature and token in the query string), is run through retries
 * and an error at TRACE.
 */
@ExtendWith(SecretScan.class)
class SecretsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:9");

    static Stream<Arguments> secretHolders() {
        return Stream.of(
                holder("temporary Alibaba credentials", MadeUpKeys::aliyun),
                holder("temporary Huawei credentials", MadeUpKeys::huawei),
                holder("an IAM token", () -> HuaweiToken.of(IAM_TOKEN, NOW, HUAWEI_PROJECT_ID)),
                holder("an ECS RAM role provider", () -> EcsRamRoleCredentialsProvider.builder().roleName("reliability-role")
                        .endpoint(ENDPOINT).build()),
                holder("an IAM token provider holding a password", () -> IamTokenProvider.builder().endpoint(ENDPOINT)
                        .domainName("reliability-domain").userName("reliability-user").password(IAM_PASSWORD)
                        .projectId(HUAWEI_PROJECT_ID).build()),
                holder("an ACS3-signed request", () -> Acs3Signer.hmacSha256().sign(aliyunRequest()
                        .addHeader("x-acs-action", "StartFailoverTestJob").addHeader("x-acs-version", "2016-04-28").build(),
                        MadeUpKeys.aliyun(), NOW, "nonce-1")),
                holder("an RPC v1-signed request", () -> RpcV1Signer.create().sign(aliyunRequest()
                        .addQueryParameter("Action", "StartFailoverTestJob").build(), MadeUpKeys.aliyun(), NOW, "nonce-2")),
                holder("an SDK-HMAC-signed request", () -> SdkHmacSigner.hmacSha256().sign(huaweiRequest(), MadeUpKeys.huawei(), NOW)),
                holder("an IAM-token request", () -> new TokenAuthenticator(() -> HuaweiToken.of(IAM_TOKEN, NOW.plusSeconds(3600),
                        HUAWEI_PROJECT_ID)).authenticate(huaweiRequest(), NOW)),
                holder("an IAM answer carrying a token", () -> SdkHttpResponse.of(201,
                        HttpHeaders.builder().add("X-Subject-Token", IAM_TOKEN).build(), new byte[0], false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretHolders")
    void toString_ofWhatHoldsASecret_showsNone(String what, Supplier<Object> holder) {
        String shown = holder.get().toString();
        SecretScan.assertClean("the toString() of " + what, shown);
        assertTrue(shown.length() > 10, what + " describes itself: " + shown);
    }

    @Test
    void rpcV1Client_retryingAndFailing_atTrace_showsNoSignatureOrToken() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setServerSocketFactory(LoopbackServerSockets.fast());
            server.enqueue(new MockResponse.Builder().code(503).body("{\"RequestId\":\"req-1\",\"Code\":\"ServiceUnavailable\"}").build());
            server.enqueue(new MockResponse.Builder().code(400)
                    .body("{\"RequestId\":\"req-2\",\"Code\":\"IncorrectStatus.OnlyForInit\",\"Message\":\"not Init\"}").build());
            server.start();
            FakeTime time = new FakeTime();
            ServiceException failure;
            try (VpcClient vpc = VpcClient.builder().region("cn-hangzhou")
                    .endpointOverride(URI.create("http://127.0.0.1:" + server.getPort()))
                    .signatureVersion(AliyunSignatureVersion.RPC_V1_HMAC_SHA1).credentials(MadeUpKeys.aliyun())
                    .clock(time.clock()).sleeper(time.sleeper()).build()) {
                failure = assertThrows(ServiceException.class, () -> vpc.startFailoverTestJob(
                        StartFailoverTestJobRequest.builder().jobId("ftj-reliability0001").build()));
            }
            assertEquals(2, failure.attempts());
            assertEquals("IncorrectStatus.OnlyForInit", failure.errorCode());
            String target = server.takeRequest().getTarget();
            assertTrue(target.contains("&Signature=") && target.contains("SecurityToken="), "RPC v1 puts both in the query");
            SecretScan.assertClean(failure);
            assertTrue(CapturedLogs.text().contains("Signature=***"), "the signature was logged, redacted");
        }
    }

    @Test
    void theScan_findsEveryKindOfLeak() {
        for (String leak : List.of(
                "secret " + ALIYUN_ACCESS_KEY_SECRET + " in a message",
                "{Authorization: ACS3-HMAC-SHA256 Credential=TESTAK,SignedHeaders=host,Signature=0123abcd}",
                "POST http://127.0.0.1/?AccessKeyId=TESTAK&Signature=q0AfgNSXbmRBdXGPfLZ9uUgR0U4%3D&SecurityToken=***",
                "{host: 127.0.0.1, X-Auth-Token: MIIsomeOtherToken}",
                "headers {x-acs-security-token=abc}")) {
            assertThrows(AssertionError.class, () -> SecretScan.assertClean("sample", leak), leak);
        }
        for (String clean : List.of(
                "{Authorization: ***, x-acs-security-token: ***}",
                "POST http://127.0.0.1/?Signature=***&SignatureNonce=n-1&SignatureMethod=HMAC-SHA1",
                "SignedHeaders=host;user-agent;x-project-id;x-sdk-date;x-security-token",
                "aliyun vpc StartFailoverTestJob failed: SignatureDoesNotMatch")) {
            assertDoesNotThrow(() -> SecretScan.assertClean("sample", clean), clean);
        }
    }

    private static Arguments holder(String what, Supplier<Object> holder) {
        return Arguments.of(what, holder);
    }

    private static SdkHttpRequest.Builder aliyunRequest() {
        return SdkHttpRequest.builder().method("POST").endpoint(ENDPOINT).addQueryParameter("JobId", "ftj-reliability0001");
    }

    private static SdkHttpRequest huaweiRequest() {
        return SdkHttpRequest.builder().method("DELETE").endpoint(ENDPOINT).appendEncodedPath("/v5/" + HUAWEI_PROJECT_ID + "/jobs")
                .appendPathSegment("job-1").addHeader("X-Project-Id", HUAWEI_PROJECT_ID)
                .addHeader("User-Agent", "polycloud-java").body("{}".getBytes(StandardCharsets.UTF_8)).build();
    }
}
