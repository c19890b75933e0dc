package io.polycloud.core.internal.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.credentials.huawei.IamTokenProvider;
import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.protocol.aliyun.TestAliyunClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestRequest;
import io.polycloud.core.internal.protocol.huawei.TestHuaweiClient;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import io.polycloud.core.internal.signing.aliyun.RpcV1Signer;
import io.polycloud.core.internal.signing.huawei.SdkHmacSigner;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs whole calls with every log level on (the test binding captures TRACE) and fails if any
 * secret, token or credential header value shows up in a log line, an exception (message, cause
 * chain, stack trace text) or a {@code toString()}.
 */
class SecretRedactionTest {

    private static final String ALIYUN_SECRET = "aliyunSecret-7f3a9c";
    private static final String STS_TOKEN = "stsToken-CAIS-4d8e1b";
    private static final String HUAWEI_SK = "huaweiSk-5b2e8d";
    private static final String HUAWEI_TOKEN = "huaweiSecurityToken-9c1f0a";
    private static final String IAM_PASSWORD = "iamPassword-2a6c4e";
    private static final String IAM_TOKEN = "MIIDiamSubjectToken-8e7d6c";

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();
    /** Every secret of the run by name, including Authorization values read back from the wire. */
    private final Map<String, String> secrets = new LinkedHashMap<>(Map.of("Aliyun secret", ALIYUN_SECRET,
            "STS token", STS_TOKEN, "Huawei SK", HUAWEI_SK, "Huawei security token", HUAWEI_TOKEN,
            "IAM password", IAM_PASSWORD, "IAM token", IAM_TOKEN));
    /** Everything a user or an operator could get to see, by where it comes from. */
    private final Map<String, String> visible = new LinkedHashMap<>();

    @BeforeEach
    void clearLogs() {
        CapturedLogs.clear();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).addHeader("x-acs-request-id", "r-ok").body("{}").build();
    }

    private static MockResponse forbidden() {
        return new MockResponse.Builder().code(403).addHeader("X-Request-Id", "r-403")
                .body("{\"Code\":\"Forbidden.RAM\",\"Message\":\"denied\",\"error_code\":\"APIG.0302\",\"error_msg\":\"denied\"}").build();
    }

    private void see(Object o) {
        visible.put("toString() of a " + o.getClass().getSimpleName() + " #" + visible.size(), String.valueOf(o));
    }

    private void see(SdkException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        visible.put("stack trace of " + e.getClass().getSimpleName() + " #" + visible.size(), trace.toString());
        for (Throwable t = e; t != null; t = t.getCause()) {
            visible.put("message of " + t.getClass().getSimpleName() + " #" + visible.size(), String.valueOf(t.getMessage()));
        }
    }

    /** The Authorization and X-Auth-Token values as sent are secrets too: replayable until they expire. */
    private void collectWireSecrets() throws InterruptedException {
        for (int i = server.getRequestCount(); i > 0; i--) {
            RecordedRequest r = server.takeRequest();
            for (String name : List.of("Authorization", "X-Auth-Token", "x-acs-security-token", "X-Security-Token")) {
                String value = r.getHeaders().get(name);
                if (value != null) {
                    secrets.put(name + " #" + secrets.size() + " as sent", value);
                }
            }
        }
    }

    private void assertNoSecretVisible() throws InterruptedException {
        collectWireSecrets();
        String logs = CapturedLogs.text();
        assertTrue(logs.contains("request: POST") || logs.contains("request: DELETE"), "TRACE request lines were logged");
        visible.put("captured logs", logs);
        // Failures name the secret and the place, never print either: test output is visible too.
        secrets.forEach((secret, value) -> visible.forEach((where, text) ->
                assertFalse(text.contains(value), () -> secret + " visible in " + where)));
    }

    private TestAliyunClient aliyun(URI endpoint) {
        return new TestAliyunClient().endpointOverride(endpoint)
                .credentials(AliyunCredentials.of("TESTAKSecretTest", ALIYUN_SECRET, STS_TOKEN))
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(() -> 0.5).build())
                .clock(time.clock()).sleeper(time.sleeper());
    }

    @Test
    void aliyunStsCalls_successErrorAndNetworkFailure_leakNothing() throws Exception {
        AliyunRpcRequest request = AliyunRpcRequest.builder("StartFailoverTestJob").parameter("JobId", "ftj-1").safeToRepeat(true).build();
        server.enqueue(ok());
        server.enqueue(forbidden());
        try (AliyunRpcClient client = aliyun(Loopback.uri(server)).build()) {
            client.call(request, SdkHttpResponse::bodyAsString);
            see(assertThrows(ServiceException.class, () -> client.call(request, SdkHttpResponse::bodyAsString)));
        }
        try (AliyunRpcClient client = aliyun(Loopback.closedPort()).build()) {
            see(assertThrows(SdkNetworkException.class, () -> client.call(request, SdkHttpResponse::bodyAsString)));
        }
        AliyunCredentials credentials = AliyunCredentials.of("TESTAKSecretTest", ALIYUN_SECRET, STS_TOKEN);
        see(credentials);
        SdkHttpRequest signed = Acs3Signer.hmacSha256().sign(SdkHttpRequest.builder().method("POST")
                .endpoint(Loopback.uri(server)).build(), credentials, time.now(), "nonce");
        see(signed);
        see(signed.headers());
        assertNoSecretVisible();
    }

    @Test
    void aliyunLegacyRpcWithTokenInTheQuery_resetAndError_leakNothing() throws Exception {
        AliyunRpcRequest request = AliyunRpcRequest.builder("DescribeFailoverTestJobs").parameter("RegionId", "cn-hangzhou")
                .safeToRepeat(true).build();
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(forbidden());
        try (AliyunRpcClient client = aliyun(Loopback.uri(server)).signatureVersion(AliyunSignatureVersion.RPC_V1_HMAC_SHA1).build()) {
            see(assertThrows(ServiceException.class, () -> client.call(request, SdkHttpResponse::bodyAsString)));
        }
        SdkHttpRequest signed = RpcV1Signer.create().sign(SdkHttpRequest.builder().method("POST").endpoint(Loopback.uri(server))
                .build(), AliyunCredentials.of("TESTAKSecretTest", ALIYUN_SECRET, STS_TOKEN), time.now(), "nonce");
        see(signed);
        see(signed.queryParameters());
        secrets.put("RPC v1 signature", signed.queryParameter("Signature").orElseThrow());
        assertNoSecretVisible();
    }

    @Test
    void huaweiAkSkWithSecurityToken_successAndError_leakNothing() throws Exception {
        HuaweiCredentials credentials = HuaweiCredentials.builder().accessKey("HWAKSECRETTEST").secretKey(HUAWEI_SK)
                .securityToken(HUAWEI_TOKEN).projectId("proj-1").build();
        HuaweiRestRequest delete = HuaweiRestRequest.builder("DeleteJob", "DELETE", "/v5/{project_id}/jobs/{job_id}")
                .pathParameter("job_id", "job-1").safeToRepeat(true).build();
        server.enqueue(ok());
        server.enqueue(forbidden());
        try (HuaweiRestClient client = new TestHuaweiClient().endpointOverride(Loopback.uri(server)).credentials(credentials)
                .retryPolicy(RetryPolicy.none()).clock(time.clock()).build()) {
            client.call(delete, r -> null);
            see(assertThrows(ServiceException.class, () -> client.call(delete, r -> null)));
        }
        see(credentials);
        see(SdkHmacSigner.hmacSha256().sign(SdkHttpRequest.builder().method("DELETE").endpoint(Loopback.uri(server)).build(),
                credentials, time.now()));
        assertNoSecretVisible();
    }

    @Test
    void huaweiIamToken_fetchCallAndRejection_leakNothing() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).addHeader("X-Subject-Token", IAM_TOKEN)
                .body("{\"token\":{\"expires_at\":\"2026-11-23T10:15:30Z\",\"project\":{\"id\":\"proj-1\"}}}").build());
        server.enqueue(ok());
        server.enqueue(forbidden());
        HuaweiRestRequest delete = HuaweiRestRequest.builder("DeleteJob", "DELETE", "/v5/{project_id}/jobs/{job_id}")
                .pathParameter("job_id", "job-1").safeToRepeat(true).build();
        try (IamTokenProvider tokens = IamTokenProvider.builder().endpoint(Loopback.uri(server)).domainName("acme")
                .userName("ops").password(IAM_PASSWORD).projectId("proj-1").clock(time.clock()).retryPolicy(RetryPolicy.none()).build();
             HuaweiRestClient client = new TestHuaweiClient().endpointOverride(Loopback.uri(server)).tokenProvider(tokens)
                     .retryPolicy(RetryPolicy.none()).clock(time.clock()).build()) {
            client.call(delete, r -> null);
            see(assertThrows(ServiceException.class, () -> client.call(delete, r -> null)));
            see(tokens);
            see(tokens.resolveToken());
        }
        // Case-insensitive: the JDK transport (sdk-core's own) reports header names in lower case.
        assertTrue(CapturedLogs.text().toLowerCase(java.util.Locale.ROOT).contains("x-subject-token: ***"),
                "the IAM response was logged, redacted");
        assertNoSecretVisible();
    }
}
