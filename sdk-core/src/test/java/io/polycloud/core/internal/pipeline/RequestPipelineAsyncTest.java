package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.protocol.aliyun.TestAliyunClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestRequest;
import io.polycloud.core.internal.protocol.huawei.TestHuaweiClient;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code CompletableFuture} path makes the same decisions as the blocking one. */
class RequestPipelineAsyncTest {

    private static final RetryPolicy DETERMINISTIC = RetryPolicy.builder().jitter(() -> 0.5).build();
    private static final AliyunRpcRequest START = AliyunRpcRequest.builder("StartFailoverTestJob")
            .parameter("JobId", "ftj-1").parameter("ClientToken", "token-1").safeToRepeat(true).build();

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private TestAliyunClient aliyun() {
        return new TestAliyunClient().endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret"))
                .retryPolicy(DETERMINISTIC).clock(time.clock()).sleeper(time.sleeper());
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    private static <E extends Throwable> E failure(Class<E> type, CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        return assertInstanceOf(type, e.getCause());
    }

    @Test
    void callAsync_after503Twice_succeedsOnThirdAttemptWithFreshNoncesAndOneClientToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).body("").build());
        server.enqueue(new MockResponse.Builder().code(503).body("").build());
        server.enqueue(new MockResponse.Builder().code(200).body("done").build());
        try (AliyunRpcClient client = aliyun().build()) {
            assertEquals("done", await(client.callAsync(START, SdkHttpResponse::bodyAsString)));
        }
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            var r = server.takeRequest();
            assertEquals("/?JobId=ftj-1&ClientToken=token-1", r.getTarget());
            nonces.add(r.getHeaders().get("x-acs-signature-nonce"));
        }
        assertEquals(3, nonces.size());
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.sleeps());
    }

    @Test
    void callAsync_after400_completesExceptionallyAfterOneAttempt() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("x-acs-request-id", "r1")
                .body("{\"Code\":\"IllegalParam.JobId\",\"Message\":\"bad id\"}").build());
        try (AliyunRpcClient client = aliyun().build()) {
            ServiceException e = failure(ServiceException.class, client.callAsync(START, SdkHttpResponse::bodyAsString));
            assertEquals("IllegalParam.JobId", e.errorCode());
            assertEquals("r1", e.requestId().orElseThrow());
            assertEquals(1, e.attempts());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void callAsync_after429WithRetryAfter2_waitsTwoSecondsOnTheInjectedClock() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body("").build());
        server.enqueue(new MockResponse.Builder().code(200).body("done").build());
        try (AliyunRpcClient client = aliyun().build()) {
            assertEquals("done", await(client.callAsync(START, SdkHttpResponse::bodyAsString)));
        }
        assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
    }

    @Test
    void callAsync_whenNothingListens_completesWithNetworkExceptionAfterEveryAttempt() {
        try (AliyunRpcClient client = aliyun().endpointOverride(Loopback.closedPort()).build()) {
            SdkNetworkException e = failure(SdkNetworkException.class, client.callAsync(START, SdkHttpResponse::bodyAsString));
            assertEquals(4, e.attempts());
        }
    }

    @Test
    void callAsync_whenTheServerStalls_completesWithReadTimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        try (AliyunRpcClient client = aliyun().readTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.none()).build()) {
            SdkTimeoutException e = failure(SdkTimeoutException.class, client.callAsync(START, SdkHttpResponse::bodyAsString));
            assertEquals(SdkTimeoutException.Kind.READ, e.kind());
        }
    }

    @Test
    void callAsync_whenTheCallOutlastsTheTotalTimeout_completesWithTotalTimeoutAfterOneAttempt() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        try (AliyunRpcClient client = aliyun().totalTimeout(Duration.ofMillis(200)).build()) {
            SdkTimeoutException e = failure(SdkTimeoutException.class, client.callAsync(START, SdkHttpResponse::bodyAsString));
            assertEquals(SdkTimeoutException.Kind.TOTAL, e.kind());
            assertEquals(1, e.attempts());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void callAsync_withAnActionThatCannotTravelInAHeader_completesExceptionallyWithoutThrowing() {
        try (AliyunRpcClient client = aliyun().build()) {
            CompletableFuture<String> future = client.callAsync(AliyunRpcRequest.builder("Describe\u00e9").build(),
                    SdkHttpResponse::bodyAsString);
            SdkClientException e = failure(SdkClientException.class, future);
            assertEquals("header x-acs-action value must be printable ASCII without control characters such as CR or LF (index 8)",
                    e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void callAsync_onHuaweiRest_after503_succeeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).body("").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "r2").body("{}").build());
        try (HuaweiRestClient client = new TestHuaweiClient().endpointOverride(Loopback.uri(server))
                .credentials(HuaweiCredentials.of("HWAKTEST", "hwSecretTest")).projectId("proj-1")
                .retryPolicy(DETERMINISTIC).clock(time.clock()).sleeper(time.sleeper()).build()) {
            String requestId = await(client.callAsync(HuaweiRestRequest.builder("DeleteJob", "DELETE", "/v5/{project_id}/jobs/{job_id}")
                    .pathParameter("job_id", "job-1").safeToRepeat(true).build(), r -> r.header("X-Request-Id").orElseThrow()));
            assertEquals("r2", requestId);
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void callAsync_onHuaweiRest_withAnUnfillablePathParameter_completesExceptionallyWithoutSending() {
        try (HuaweiRestClient client = new TestHuaweiClient().endpointOverride(Loopback.uri(server))
                .credentials(HuaweiCredentials.of("HWAKTEST", "hwSecretTest")).projectId("proj-1").build()) {
            SdkClientException e = failure(SdkClientException.class, client.callAsync(HuaweiRestRequest.builder("DeleteJob", "DELETE",
                    "/v5/{project_id}/jobs/{job_id}").build(), r -> null));
            assertEquals("job_id is required but was null", e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }
}
