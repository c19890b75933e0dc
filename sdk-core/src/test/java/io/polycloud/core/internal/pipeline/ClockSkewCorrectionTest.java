package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.protocol.aliyun.TestAliyunClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestRequest;
import io.polycloud.core.internal.protocol.huawei.TestHuaweiClient;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.HuaweiSignatures;
import io.polycloud.core.testsupport.Loopback;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When a cloud rejects the request's timestamp, the pipeline takes the offset from the response
 * {@code Date}, retries once, and signs every later request with the corrected time.
 */
class ClockSkewCorrectionTest {

    private static final Duration SKEW = Duration.ofMinutes(20);
    private static final String ALIYUN_EXPIRED = "{\"RequestId\":\"r1\",\"Code\":\"InvalidTimeStamp.Expired\","
            + "\"Message\":\"Specified time stamp or date value is expired.\",\"HostId\":\"vpc.aliyuncs.com\"}";
    private static final String HUAWEI_EXPIRED = "{\"error_msg\":\"Incorrect IAM authentication information: "
            + "calc ak sk signature fail:signature expired\",\"error_code\":\"APIG.0301\",\"request_id\":\"r1\"}";
    private static final AliyunRpcRequest DESCRIBE = AliyunRpcRequest.builder("DescribeFailoverTestJobs")
            .parameter("RegionId", "cn-hangzhou").safeToRepeat(true).build();
    private static final HuaweiRestRequest DELETE = HuaweiRestRequest.builder("DeleteJob", "DELETE",
            "/v5/{project_id}/jobs/{job_id}").pathParameter("job_id", "job-1").safeToRepeat(true).build();

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    /** The server's clock is 20 minutes ahead of ours. */
    private String serverDate() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.now().plus(SKEW).atZone(ZoneOffset.UTC));
    }

    private MockResponse rejected(int status, String body, String requestIdHeader) {
        return new MockResponse.Builder().code(status).addHeader("Date", serverDate())
                .addHeader(requestIdHeader, "r1").body(body).build();
    }

    private AliyunRpcClient aliyun() {
        // Two attempts allowed, but a 400 or 401 is never retried for its own sake: any repeat seen
        // here is the skew correction.
        return new TestAliyunClient().endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret"))
                .retryPolicy(TWO_ATTEMPTS).clock(time.clock()).sleeper(time.sleeper()).build();
    }

    private HuaweiRestClient huawei() {
        return new TestHuaweiClient().endpointOverride(Loopback.uri(server))
                .credentials(HuaweiCredentials.of("HWAKTEST", "hwSecretTest")).projectId("proj-1")
                .retryPolicy(TWO_ATTEMPTS).clock(time.clock()).sleeper(time.sleeper()).build();
    }

    private static final RetryPolicy TWO_ATTEMPTS = RetryPolicy.builder().maxAttempts(2).build();

    @Test
    void call_withRetryPolicyNone_sendsOnceButCorrectsTheNextCall() throws Exception {
        server.enqueue(rejected(400, ALIYUN_EXPIRED, "x-acs-request-id"));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (AliyunRpcClient client = new TestAliyunClient().endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret"))
                .retryPolicy(RetryPolicy.none()).clock(time.clock()).sleeper(time.sleeper()).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            assertEquals(1, e.attempts());
            assertEquals(1, server.getRequestCount());
            client.call(DESCRIBE, SdkHttpResponse::bodyAsString);
        }
        assertEquals("2026-11-22T10:15:30Z", server.takeRequest().getHeaders().get("x-acs-date"));
        assertEquals("2026-11-22T10:35:30Z", server.takeRequest().getHeaders().get("x-acs-date"), "next call corrected");
    }

    @Test
    void call_afterAliyunInvalidTimeStamp_retriesOnceWithTheServersTimeAndKeepsTheOffset() throws Exception {
        server.enqueue(rejected(400, ALIYUN_EXPIRED, "x-acs-request-id"));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (AliyunRpcClient client = aliyun()) {
            client.call(DESCRIBE, SdkHttpResponse::bodyAsString);
            time.advance(Duration.ofSeconds(5));
            client.call(DESCRIBE, SdkHttpResponse::bodyAsString);
        }
        assertEquals("2026-11-22T10:15:30Z", server.takeRequest().getHeaders().get("x-acs-date"));
        assertEquals("2026-11-22T10:35:30Z", server.takeRequest().getHeaders().get("x-acs-date"), "corrected retry");
        assertEquals("2026-11-22T10:35:35Z", server.takeRequest().getHeaders().get("x-acs-date"), "later call keeps the offset");
    }

    @Test
    void call_whenTheCorrectedRetryIsRejectedToo_failsAfterTwoAttempts() {
        server.enqueue(rejected(400, ALIYUN_EXPIRED, "x-acs-request-id"));
        server.enqueue(rejected(400, ALIYUN_EXPIRED, "x-acs-request-id"));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (AliyunRpcClient client = aliyun()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            assertEquals("InvalidTimeStamp.Expired", e.errorCode());
            assertEquals(ErrorCategory.AUTHENTICATION, e.category());
            assertEquals(2, e.attempts());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void call_whenTheRejectionCarriesNoDate_failsWithoutRetrying() {
        server.enqueue(new MockResponse.Builder().code(400).body(ALIYUN_EXPIRED).build());
        try (AliyunRpcClient client = aliyun()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            assertEquals(1, e.attempts());
        }
    }

    @Test
    void call_afterHuaweiSignatureExpired_retriesOnceWithACorrectedSdkDateAndKeepsTheOffset() throws Exception {
        server.enqueue(rejected(401, HUAWEI_EXPIRED, "X-Request-Id"));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (HuaweiRestClient client = huawei()) {
            client.call(DELETE, r -> null);
            time.advance(Duration.ofSeconds(5));
            client.call(DELETE, r -> null);
        }
        assertEquals("20261122T101530Z", server.takeRequest().getHeaders().get("X-Sdk-Date"));
        var retried = server.takeRequest();
        assertEquals("20261122T103530Z", retried.getHeaders().get("X-Sdk-Date"), "corrected retry");
        HuaweiSignatures.assertSigned(retried, "HWAKTEST", "hwSecretTest", "host;user-agent;x-project-id;x-sdk-date");
        assertEquals("20261122T103535Z", server.takeRequest().getHeaders().get("X-Sdk-Date"), "later call keeps the offset");
    }

    @Test
    void call_afterAHuawei401ThatIsNotAboutTime_failsWithoutRetrying() {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Date", serverDate())
                .body("{\"error_msg\":\"Incorrect IAM authentication information: verify aksk signature fail\","
                        + "\"error_code\":\"APIG.0301\"}").build());
        try (HuaweiRestClient client = huawei()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.call(DELETE, r -> null));
            assertEquals("APIG.0301", e.errorCode());
            assertEquals(ErrorCategory.AUTHENTICATION, e.category());
            assertEquals(1, e.attempts());
        }
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).body("{}").build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 01 Jan 2100 00:00:00 GMT"})
    void call_whenTheRejectionCarriesAnAbsurdDate_keepsTheClockAndWarnsOncePerClient(String date) throws Exception {
        MockResponse absurd = new MockResponse.Builder().code(400).addHeader("Date", date).body(ALIYUN_EXPIRED).build();
        server.enqueue(absurd);
        server.enqueue(absurd);
        server.enqueue(ok());
        CapturedLogs.clear();
        try (AliyunRpcClient client = aliyun()) {
            assertEquals(1, assertThrows(ServiceException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString)).attempts());
            assertEquals(1, assertThrows(ServiceException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString)).attempts());
            client.call(DESCRIBE, SdkHttpResponse::bodyAsString);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals("2026-11-22T10:15:30Z", server.takeRequest().getHeaders().get("x-acs-date"), "request " + i);
        }
        long warnings = CapturedLogs.events().stream()
                .filter(e -> e.level().equals("WARN") && e.message().contains("not correcting the clock")).count();
        assertEquals(1, warnings);
    }

    @Test
    void call_whenTheCorrectedRetryIsRejectedToo_leavesLaterCallsUncorrected() throws Exception {
        server.enqueue(rejected(400, ALIYUN_EXPIRED, "x-acs-request-id"));
        server.enqueue(rejected(400, ALIYUN_EXPIRED, "x-acs-request-id"));
        server.enqueue(ok());
        try (AliyunRpcClient client = aliyun()) {
            assertThrows(ServiceException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            client.call(DESCRIBE, SdkHttpResponse::bodyAsString);
        }
        server.takeRequest();
        assertEquals("2026-11-22T10:35:30Z", server.takeRequest().getHeaders().get("x-acs-date"), "the corrected retry");
        assertEquals("2026-11-22T10:15:30Z", server.takeRequest().getHeaders().get("x-acs-date"),
                "an offset the service rejected is not adopted");
    }

    @Test
    void call_withRetryPolicyNone_whenTheNextCallRejectsTheOfferedOffset_laterCallsDropIt() throws Exception {
        server.enqueue(rejected(400, ALIYUN_EXPIRED, "x-acs-request-id"));
        server.enqueue(new MockResponse.Builder().code(400).body(ALIYUN_EXPIRED).build());
        server.enqueue(ok());
        try (AliyunRpcClient client = new TestAliyunClient().endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret"))
                .retryPolicy(RetryPolicy.none()).clock(time.clock()).sleeper(time.sleeper()).build()) {
            assertThrows(ServiceException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            assertThrows(ServiceException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            client.call(DESCRIBE, SdkHttpResponse::bodyAsString);
        }
        server.takeRequest();
        assertEquals("2026-11-22T10:35:30Z", server.takeRequest().getHeaders().get("x-acs-date"), "the next call tries the offer");
        assertEquals("2026-11-22T10:15:30Z", server.takeRequest().getHeaders().get("x-acs-date"), "rejected, it is dropped");
    }
}
