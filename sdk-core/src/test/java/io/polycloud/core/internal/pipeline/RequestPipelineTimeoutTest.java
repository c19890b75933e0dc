package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.protocol.aliyun.TestAliyunClient;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connect, read, attempt and total-call failures, classified. Real waiting is kept to a few
 * hundred milliseconds: the limits are small and the stalled server never answers.
 */
class RequestPipelineTimeoutTest {

    private static final RetryPolicy DETERMINISTIC = RetryPolicy.builder().jitter(() -> 0.5).build();
    private static final AliyunRpcRequest DESCRIBE = AliyunRpcRequest.builder("DescribeFailoverTestJobs")
            .parameter("RegionId", "cn-hangzhou").safeToRepeat(true).build();

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private TestAliyunClient client() {
        return new TestAliyunClient().endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret"))
                .retryPolicy(DETERMINISTIC)
                .clock(time.clock()).sleeper(time.sleeper());
    }

    private static MockResponse stall() {
        return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
    }

    @Test
    void call_whenNothingListens_throwsNetworkExceptionAfterRetryingTheUnsentRequest() {
        try (AliyunRpcClient client = client().endpointOverride(Loopback.closedPort()).build()) {
            SdkNetworkException e = assertThrows(SdkNetworkException.class,
                    () -> client.call(AliyunRpcRequest.builder("CreateFailoverTestJob").safeToRepeat(false).build(),
                            SdkHttpResponse::bodyAsString));
            TransportException cause = assertInstanceOf(TransportException.class, e.getCause());
            assertEquals(TransportException.Kind.CONNECT_FAILED, cause.kind());
            assertEquals(false, cause.requestSent());
            // Even a non-idempotent request is retried: it never left the machine.
            assertEquals(4, e.attempts());
            assertTrue(e.getMessage().contains("could not connect to 127.0.0.1:"), e.getMessage());
        }
        assertEquals(3, time.sleeps().size());
    }

    @Test
    void call_whenTheServerStallsBeyondTheReadTimeout_throwsReadTimeout() {
        server.enqueue(stall());
        try (AliyunRpcClient client = client().readTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.none()).build()) {
            SdkTimeoutException e = assertThrows(SdkTimeoutException.class,
                    () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            assertEquals(SdkTimeoutException.Kind.READ, e.kind());
            assertEquals(1, e.attempts());
            assertEquals(TransportException.Kind.READ_TIMEOUT, assertInstanceOf(TransportException.class, e.getCause()).kind());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void call_whenAnAttemptOutlastsTheAttemptTimeout_throwsAttemptTimeoutAfterRetrying() {
        server.enqueue(stall());
        server.enqueue(stall());
        try (AliyunRpcClient client = client().attemptTimeout(Duration.ofMillis(200))
                .retryPolicy(DETERMINISTIC.toBuilder().maxAttempts(2).build()).build()) {
            SdkTimeoutException e = assertThrows(SdkTimeoutException.class,
                    () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            assertEquals(SdkTimeoutException.Kind.ATTEMPT, e.kind());
            assertEquals(2, e.attempts());
            assertTrue(e.getMessage().contains("attempt exceeded 200 ms"), e.getMessage());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void call_whenTheCallOutlastsTheTotalTimeout_throwsTotalTimeoutWithoutAnotherAttempt() {
        server.enqueue(stall());
        server.enqueue(stall());
        // The fake clock stands still while the transport waits for real: only the total-timeout
        // classification, not the clock, can stop the loop here.
        try (AliyunRpcClient client = client().totalTimeout(Duration.ofMillis(200)).build()) {
            SdkTimeoutException e = assertThrows(SdkTimeoutException.class,
                    () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            assertEquals(SdkTimeoutException.Kind.TOTAL, e.kind());
            assertEquals(1, e.attempts());
            assertTrue(e.getMessage().contains("exceeded the total timeout of 200 ms"), e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void call_onTheSystemClock_whenTheCallOutlastsTheTotalTimeout_throwsTotalTimeoutInTime() {
        server.enqueue(stall());
        server.enqueue(stall());
        try (AliyunRpcClient client = client().clock(Clock.systemUTC()).totalTimeout(Duration.ofMillis(250)).build()) {
            long start = System.nanoTime();
            SdkTimeoutException e = assertThrows(SdkTimeoutException.class,
                    () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(SdkTimeoutException.Kind.TOTAL, e.kind());
            assertTrue(elapsedMillis >= 240 && elapsedMillis < 2000, "took " + elapsedMillis + " ms");
        }
    }
}
