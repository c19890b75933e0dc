package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.protocol.aliyun.TestAliyunClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestRequest;
import io.polycloud.core.internal.protocol.huawei.TestHuaweiClient;
import io.polycloud.core.retry.RetryBudget;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import io.polycloud.core.testsupport.RecordedRequests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The retry loop against a real HTTP exchange: what is retried, how often, how long it waits. */
class RequestPipelineRetryTest {

    private static final String AK = "TESTAKTestAccessKeyId";
    private static final String SECRET = "testSecretNeverShown0123456789";
    private static final RetryPolicy DETERMINISTIC = RetryPolicy.builder().jitter(() -> 0.5).build();

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private AliyunRpcClient aliyun(RetryPolicy policy) {
        return new TestAliyunClient().endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of(AK, SECRET))
                .retryPolicy(policy)
                .clock(time.clock()).sleeper(time.sleeper())
                .build();
    }

    private static AliyunRpcRequest startJob(String clientToken, boolean safeToRepeat) {
        return AliyunRpcRequest.builder("StartFailoverTestJob").parameter("RegionId", "cn-hangzhou")
                .parameter("JobId", "ftj-1").parameter("ClientToken", clientToken).safeToRepeat(safeToRepeat).build();
    }

    private static MockResponse aliyunError(int status, String code, String requestId) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body("{\"RequestId\":\"" + requestId + "\",\"Code\":\"" + code + "\",\"Message\":\"message of " + code + "\"}")
                .build();
    }

    private static MockResponse ok(String requestId) {
        return new MockResponse.Builder().code(200).addHeader("x-acs-request-id", requestId)
                .body("{\"RequestId\":\"" + requestId + "\"}").build();
    }

    private static MockResponse resetAfterRequest() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    private List<RecordedRequest> received(int count) throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(server.takeRequest());
        }
        assertEquals(count, server.getRequestCount(), "requests received");
        return requests;
    }

    @Test
    void call_after503Twice_succeedsOnThirdAttemptWithFreshDatesAndNoncesAndOneClientToken() throws Exception {
        server.enqueue(aliyunError(503, "ServiceUnavailable", "r1"));
        server.enqueue(aliyunError(503, "ServiceUnavailable", "r2"));
        server.enqueue(ok("r3"));
        String clientToken = IdempotencyToken.generate();
        // A 2 s base makes the backoffs 1 s and 2 s, so each attempt is signed in a different second.
        try (AliyunRpcClient client = aliyun(DETERMINISTIC.toBuilder().baseDelay(Duration.ofSeconds(2)).build())) {
            assertEquals("{\"RequestId\":\"r3\"}", client.call(startJob(clientToken, true), SdkHttpResponse::bodyAsString));
        }

        List<RecordedRequest> attempts = received(3);
        Set<String> nonces = new HashSet<>();
        List<String> dates = new ArrayList<>();
        for (RecordedRequest r : attempts) {
            assertEquals("POST", r.getMethod());
            assertEquals("/?RegionId=cn-hangzhou&JobId=ftj-1&ClientToken=" + clientToken, r.getTarget());
            nonces.add(r.getHeaders().get("x-acs-signature-nonce"));
            dates.add(r.getHeaders().get("x-acs-date"));
            assertSignatureVerifies(r);
        }
        assertEquals(3, nonces.size(), "one nonce per attempt");
        assertEquals(List.of("2026-11-22T10:15:30Z", "2026-11-22T10:15:31Z", "2026-11-22T10:15:33Z"), dates);
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.sleeps());
    }

    private static void assertSignatureVerifies(RecordedRequest r) {
        String authorization = r.getHeaders().get("Authorization");
        String signedHeaders = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        String signature = authorization.replaceAll(".*Signature=([0-9a-f]+)$", "$1");
        assertEquals(signature, Acs3Signer.hmacSha256().signature(RecordedRequests.toSdkHttpRequest(r),
                List.of(signedHeaders.split(";")), SECRET).signature(), "signature of the request as received");
    }

    @Test
    void call_after400_failsAfterOneAttemptWithEveryErrorField() throws Exception {
        server.enqueue(aliyunError(400, "InvalidParameter.JobId", "req-400"));
        try (AliyunRpcClient client = aliyun(DETERMINISTIC)) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> client.call(startJob("tok", true), SdkHttpResponse::bodyAsString));
            assertEquals("aliyun", e.provider());
            assertEquals("vpc", e.service());
            assertEquals("StartFailoverTestJob", e.operation());
            assertEquals(400, e.httpStatus());
            assertEquals("InvalidParameter.JobId", e.errorCode());
            assertEquals("message of InvalidParameter.JobId", e.errorMessage());
            assertEquals("req-400", e.requestId().orElseThrow());
            assertEquals(ErrorCategory.INVALID_PARAMETER, e.category());
            assertFalse(e.retryable());
            assertEquals(1, e.attempts());
            assertTrue(e.getMessage().contains("attempts 1"), e.getMessage());
        }
        received(1);
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void call_after429WithRetryAfter2_waitsExactlyTwoSecondsOnTheInjectedClock() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
                .body("{\"Code\":\"Throttling.User\",\"Message\":\"slow down\",\"RequestId\":\"r1\"}").build());
        server.enqueue(ok("r2"));
        try (AliyunRpcClient client = aliyun(DETERMINISTIC)) {
            client.call(startJob("tok", true), SdkHttpResponse::bodyAsString);
        }
        received(2);
        assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
    }

    @Test
    void call_afterThrottlingWithoutRetryAfter_backsOffFromTheThrottlingBase() throws Exception {
        server.enqueue(aliyunError(400, "Throttling.User", "r1"));
        server.enqueue(ok("r2"));
        try (AliyunRpcClient client = aliyun(DETERMINISTIC)) {
            client.call(startJob("tok", true), SdkHttpResponse::bodyAsString);
        }
        received(2);
        assertEquals(List.of(Duration.ofMillis(500)), time.sleeps(), "half of the 1 s throttling base");
    }

    @Test
    void call_withRetryAfterBeyondTheLimit_failsWithoutWaiting() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").body("").build());
        try (AliyunRpcClient client = aliyun(DETERMINISTIC)) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> client.call(startJob("tok", true), SdkHttpResponse::bodyAsString));
            assertEquals(429, e.httpStatus());
            assertEquals(ErrorCategory.THROTTLING, e.category());
            assertEquals(1, e.attempts());
        }
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void call_whenEveryAttemptFails_stopsAtMaxAttemptsAndReportsThem() throws Exception {
        for (int i = 1; i <= 4; i++) {
            server.enqueue(aliyunError(500, "InternalError", "r" + i));
        }
        try (AliyunRpcClient client = aliyun(DETERMINISTIC)) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> client.call(startJob("tok", true), SdkHttpResponse::bodyAsString));
            assertEquals(4, e.attempts());
            assertEquals("r4", e.requestId().orElseThrow(), "the last attempt's request id");
            assertEquals(ErrorCategory.SERVER_ERROR, e.category());
            assertTrue(e.retryable());
        }
        received(4);
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200)), time.sleeps());
    }

    @Test
    void call_whenTheRetryBudgetIsExhausted_stopsRetryingAndReportsAttempts() throws Exception {
        // Room for exactly one retry across the whole client.
        RetryPolicy policy = DETERMINISTIC.toBuilder().budget(new RetryBudget(5, 5, 5)).build();
        for (int i = 1; i <= 3; i++) {
            server.enqueue(aliyunError(503, "ServiceUnavailable", "r" + i));
        }
        try (AliyunRpcClient client = aliyun(policy)) {
            ServiceException first = assertThrows(ServiceException.class,
                    () -> client.call(startJob("tok", true), SdkHttpResponse::bodyAsString));
            assertEquals(2, first.attempts());
            assertTrue(first.getMessage().contains("attempts 2"), first.getMessage());

            ServiceException second = assertThrows(ServiceException.class,
                    () -> client.call(startJob("tok", true), SdkHttpResponse::bodyAsString));
            assertEquals(1, second.attempts(), "the empty bucket allows no retry at all");
        }
        received(3);
        assertEquals(1, time.sleeps().size());
    }

    @Test
    void call_whenNotSafeToRepeat_isNotRetriedAfter500() throws Exception {
        server.enqueue(aliyunError(500, "InternalError", "r1"));
        try (AliyunRpcClient client = aliyun(DETERMINISTIC)) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> client.call(startJob(null, false), SdkHttpResponse::bodyAsString));
            assertEquals(1, e.attempts());
            assertTrue(e.retryable(), "retryable in itself, but the service may have acted on it");
        }
        received(1);
    }

    @Test
    void call_whenNotSafeToRepeat_isNotRetriedAfterAResetOnceTheRequestWasSent() throws Exception {
        server.enqueue(resetAfterRequest());
        server.enqueue(ok("never"));
        try (AliyunRpcClient client = aliyun(DETERMINISTIC)) {
            SdkNetworkException e = assertThrows(SdkNetworkException.class,
                    () -> client.call(startJob(null, false), SdkHttpResponse::bodyAsString));
            assertEquals(1, e.attempts());
            TransportException cause = assertInstanceOf(TransportException.class, e.getCause());
            assertEquals(TransportException.Kind.IO_ERROR, cause.kind());
            assertTrue(cause.requestSent());
        }
        received(1);
    }

    @Test
    void call_whenSafeToRepeat_isRetriedAfterAResetOnceTheRequestWasSent() throws Exception {
        server.enqueue(resetAfterRequest());
        server.enqueue(ok("r2"));
        try (AliyunRpcClient client = aliyun(DETERMINISTIC)) {
            client.call(startJob("tok", true), SdkHttpResponse::bodyAsString);
        }
        received(2);
    }

    @Test
    void call_whenNotSafeToRepeat_isRetriedAfter503And429_whichProveNothingWasDone() throws Exception {
        server.enqueue(aliyunError(503, "ServiceUnavailable", "r1"));
        server.enqueue(new MockResponse.Builder().code(429).body("").build());
        server.enqueue(ok("r3"));
        try (AliyunRpcClient client = aliyun(DETERMINISTIC)) {
            assertEquals("{\"RequestId\":\"r3\"}", client.call(startJob(null, false), SdkHttpResponse::bodyAsString));
        }
        received(3);
    }

    @Test
    void call_onHuaweiRest_after503Twice_succeedsWithFreshSdkDates() throws Exception {
        for (int i = 1; i <= 2; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "r" + i)
                    .body("{\"error_code\":\"DRS.00000503\",\"error_msg\":\"busy\"}").build());
        }
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "r3").body("{}").build());
        try (HuaweiRestClient client = new TestHuaweiClient().endpointOverride(Loopback.uri(server))
                .credentials(HuaweiCredentials.of("HWAKTEST", SECRET)).projectId("proj-1")
                .retryPolicy(DETERMINISTIC.toBuilder().baseDelay(Duration.ofSeconds(2)).build())
                .clock(time.clock()).sleeper(time.sleeper()).build()) {
            client.call(HuaweiRestRequest.builder("DeleteJob", "DELETE", "/v5/{project_id}/jobs/{job_id}")
                    .pathParameter("job_id", "job-1").safeToRepeat(true).build(), r -> null);
        }
        List<String> dates = new ArrayList<>();
        for (RecordedRequest r : received(3)) {
            assertEquals("DELETE /v5/proj-1/jobs/job-1 HTTP/1.1", r.getRequestLine());
            dates.add(r.getHeaders().get("X-Sdk-Date"));
        }
        assertEquals(List.of("20261122T101530Z", "20261122T101531Z", "20261122T101533Z"), dates);
    }
}
