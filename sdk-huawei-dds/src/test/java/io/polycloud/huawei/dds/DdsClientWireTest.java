package io.polycloud.huawei.dds;

import static io.polycloud.huawei.dds.DdsTestClients.PROJECT;
import static io.polycloud.huawei.dds.DdsTestClients.akSk;
import static io.polycloud.huawei.dds.DdsTestClients.assertSignatureVerifies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.SdkVersion;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.credentials.huawei.HuaweiToken;
import io.polycloud.core.credentials.huawei.HuaweiTokenProvider;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.RecordedRequests;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.dds.model.CancelScheduledTaskResponse;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DdsClientWireTest {

    private static final String TASK = "3861199d-c196-4791-bcd0-b45fde754f50";
    private static final String SIGNED = "host;user-agent;x-project-id;x-sdk-date";

    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse noContent(String requestId) {
        return new MockResponse.Builder().code(204).addHeader("X-Request-Id", requestId).build();
    }

    private static CancelScheduledTaskRequest task(String id) {
        return CancelScheduledTaskRequest.builder().jobId(id).build();
    }

    private RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }


    @Test
    void cancelScheduledTask_sendsSignedDeleteWithExactlyTheDocumentedHeaders() throws Exception {
        server.enqueue(noContent("req-dds-1"));
        try (DdsClient dds = akSk(server, time)) {
            dds.cancelScheduledTask(task(TASK));
        }
        RecordedRequest r = take();
        assertEquals("DELETE", r.getMethod());
        assertEquals("/v3/" + PROJECT + "/scheduled-jobs/" + TASK, r.getTarget());
        assertEquals("application/json", r.getHeaders().get("Content-Type"));
        assertEquals(SdkVersion.USER_AGENT, r.getHeaders().get("User-Agent"));
        assertEquals(PROJECT, r.getHeaders().get("X-Project-Id"));
        assertEquals("20261122T101530Z", r.getHeaders().get("X-Sdk-Date"));
        assertEquals("127.0.0.1:" + server.getPort(), r.getHeaders().get("Host"));
        assertNull(r.getHeaders().get("X-Language"));
        assertNull(r.getHeaders().get("X-Auth-Token"));
        // Everything else on the wire is what OkHttp adds after signing: Connection and Accept-Encoding.
        assertEquals(Set.of("accept-encoding", "authorization", "connection", "content-type", "host", "user-agent",
                "x-project-id", "x-sdk-date"), RecordedRequests.headerNames(r));
        assertEquals(0, r.getBodySize());
        assertSignatureVerifies(r, SIGNED);
    }

    @Test
    void cancelScheduledTask_withPathCharactersInJobId_sendsThemEncodedAsOneSegment() throws Exception {
        server.enqueue(noContent("req-dds-2"));
        try (DdsClient dds = akSk(server, time)) {
            dds.cancelScheduledTask(task("a/../b?x=1#y"));
        }
        RecordedRequest r = take();
        assertEquals("/v3/" + PROJECT + "/scheduled-jobs/a%2F..%2Fb%3Fx%3D1%23y", r.getTarget());
        SignatureDetails signed = assertSignatureVerifies(r, SIGNED);
        assertEquals("/v3/" + PROJECT + "/scheduled-jobs/a%2F..%2Fb%3Fx%3D1%23y/", signed.canonicalRequest().split("\n")[1]);
    }

    @Test
    void cancelScheduledTask_withProjectIdOnlyOnCredentials_usesIt() throws Exception {
        server.enqueue(noContent("req-dds-3"));
        try (DdsClient dds = DdsTestClients.builder(server, time)
                .credentials(HuaweiCredentials.builder().accessKey(DdsTestClients.AK).secretKey(DdsTestClients.SK)
                        .projectId("fedcba9876543210fedcba9876543210").securityToken("sts-token-example").build())
                .build()) {
            dds.cancelScheduledTask(task(TASK));
        }
        RecordedRequest r = take();
        assertEquals("/v3/fedcba9876543210fedcba9876543210/scheduled-jobs/" + TASK, r.getTarget());
        assertEquals("sts-token-example", r.getHeaders().get("X-Security-Token"));
        assertSignatureVerifies(r, "host;user-agent;x-project-id;x-sdk-date;x-security-token");
    }

    @Test
    void cancelScheduledTask_withTokenProvider_sendsAuthTokenInsteadOfSignature() throws Exception {
        server.enqueue(noContent("req-dds-4"));
        HuaweiToken token = HuaweiToken.of("iam-token-example", Instant.parse("2026-11-23T10:00:00Z"), PROJECT);
        try (DdsClient dds = DdsTestClients.builder(server, time).tokenProvider(HuaweiTokenProvider.of(token)).build()) {
            dds.cancelScheduledTask(task(TASK));
        }
        RecordedRequest r = take();
        assertEquals("/v3/" + PROJECT + "/scheduled-jobs/" + TASK, r.getTarget());
        assertEquals("iam-token-example", r.getHeaders().get("X-Auth-Token"));
        assertEquals(Set.of("accept-encoding", "connection", "content-type", "host", "user-agent", "x-auth-token",
                "x-project-id"), RecordedRequests.headerNames(r));
    }

    @Test
    void cancelScheduledTask_withoutAnyProjectId_failsBeforeSending() {
        try (DdsClient dds = DdsTestClients.builder(server, time)
                .credentials(HuaweiCredentials.of(DdsTestClients.AK, DdsTestClients.SK)).build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> dds.cancelScheduledTask(task(TASK)));
            assertTrue(e.getMessage().contains("projectId"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void cancelScheduledTask_on204WithoutBody_returnsRequestIdFromHeader() {
        server.enqueue(noContent("req-dds-5"));
        try (DdsClient dds = akSk(server, time)) {
            assertEquals(CancelScheduledTaskResponse.builder().requestId("req-dds-5").build(),
                    dds.cancelScheduledTask(task(TASK)));
        }
    }

    @Test
    void cancelScheduledTask_on204WithoutRequestId_returnsEmptyRequestId() {
        server.enqueue(new MockResponse.Builder().code(204).build());
        try (DdsClient dds = akSk(server, time)) {
            assertTrue(dds.cancelScheduledTask(task(TASK)).requestId().isEmpty());
        }
    }

    @Test
    void cancelScheduledTask_on200WithHtmlBody_throwsInvalidResponseKeepingStatusAndRequestId() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .addHeader("X-Request-Id", "req-dds-6").body("<html><body>gateway</body></html>").build());
        try (DdsClient dds = akSk(server, time)) {
            ServiceException e = assertThrows(ServiceException.class, () -> dds.cancelScheduledTask(task(TASK)));
            assertEquals("InvalidResponse", e.errorCode());
            assertEquals(200, e.httpStatus());
            assertEquals("req-dds-6", e.requestId().orElseThrow());
        }
    }

    @Test
    void cancelScheduledTaskAsync_completesWithTheSameResponseAsTheSyncCall() throws Exception {
        server.enqueue(noContent("req-dds-7"));
        try (DdsClient dds = akSk(server, time)) {
            CompletableFuture<CancelScheduledTaskResponse> future = dds.cancelScheduledTaskAsync(task(TASK));
            assertEquals("req-dds-7", future.get(5, TimeUnit.SECONDS).requestId().orElseThrow());
        }
        RecordedRequest r = take();
        assertEquals("/v3/" + PROJECT + "/scheduled-jobs/" + TASK, r.getTarget());
        assertSignatureVerifies(r, SIGNED);
    }

    @Test
    void cancelScheduledTaskAsync_withNullRequest_completesExceptionallyWithoutThrowing() {
        try (DdsClient dds = akSk(server, time)) {
            CompletableFuture<CancelScheduledTaskResponse> future = dds.cancelScheduledTaskAsync(null);
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            assertInstanceOf(SdkClientException.class, e.getCause());
            assertEquals("request is required but was null", e.getCause().getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void cancelScheduledTaskAsync_onServiceError_completesWithServiceException() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("X-Request-Id", "req-dds-8")
                .body("{\"error_code\":\"DBS.280016\",\"error_msg\":\"Resource not found.\"}").build());
        try (DdsClient dds = akSk(server, time)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> dds.cancelScheduledTaskAsync(task(TASK)).get(5, TimeUnit.SECONDS));
            ServiceException cause = assertInstanceOf(ServiceException.class, e.getCause());
            assertEquals("DBS.280016", cause.errorCode());
            assertEquals("req-dds-8", cause.requestId().orElseThrow());
        }
    }

    @Test
    void cancelScheduledTask_after503Twice_retriesWithBackoffAndSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-503-a").body("").build());
        server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-503-b")
                .body("<html>Service Unavailable</html>").build());
        server.enqueue(noContent("req-dds-9"));
        try (DdsClient dds = akSk(server, time)) {
            assertEquals("req-dds-9", dds.cancelScheduledTask(task(TASK)).requestId().orElseThrow());
        }
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.sleeps());
        assertEquals(3, server.getRequestCount());
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = take();
            assertEquals("/v3/" + PROJECT + "/scheduled-jobs/" + TASK, r.getTarget());
            assertSignatureVerifies(r, SIGNED);
        }
    }

    @Test
    void cancelScheduledTask_after503OnEveryAttempt_reportsAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-503-" + i).build());
        }
        try (DdsClient dds = akSk(server, time)) {
            ServiceException e = assertThrows(ServiceException.class, () -> dds.cancelScheduledTask(task(TASK)));
            assertEquals(503, e.httpStatus());
            assertEquals(4, e.attempts());
            assertEquals("req-503-3", e.requestId().orElseThrow());
            assertFalse(time.sleeps().isEmpty());
        }
    }

    @Test
    void cancelScheduledTask_logsTheCallButNoSecret() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "req-log-1").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "req-log-2").build());
        CapturedLogs.clear();
        try (DdsClient dds = DdsTestClients.builder(server, time)
                .credentials(HuaweiCredentials.builder().accessKey(DdsTestClients.AK).secretKey(DdsTestClients.SK)
                        .securityToken("sts-token-secret-value").projectId(PROJECT).build()).build()) {
            dds.cancelScheduledTask(task(TASK));
        }
        HuaweiToken token = HuaweiToken.of("iam-token-secret-value", Instant.parse("2026-11-23T10:00:00Z"), PROJECT);
        try (DdsClient dds = DdsTestClients.builder(server, time).tokenProvider(HuaweiTokenProvider.of(token)).build()) {
            dds.cancelScheduledTask(task(TASK));
        }
        String logs = CapturedLogs.text();
        assertTrue(logs.contains("CancelScheduledTask") && logs.contains("req-log-2"), logs);
        assertFalse(logs.contains(DdsTestClients.SK));
        assertFalse(logs.contains("sts-token-secret-value"));
        assertFalse(logs.contains("iam-token-secret-value"));
    }
}
