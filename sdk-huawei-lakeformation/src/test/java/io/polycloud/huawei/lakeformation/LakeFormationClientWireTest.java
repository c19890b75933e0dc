package io.polycloud.huawei.lakeformation;

import static io.polycloud.huawei.lakeformation.LakeFormationTestClients.PROJECT;
import static io.polycloud.huawei.lakeformation.LakeFormationTestClients.akSk;
import static io.polycloud.huawei.lakeformation.LakeFormationTestClients.assertSignatureVerifies;
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
import io.polycloud.huawei.lakeformation.model.DeleteJobRequest;
import io.polycloud.huawei.lakeformation.model.DeleteJobResponse;
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

class LakeFormationClientWireTest {

    private static final String INSTANCE = "2180518f-42b8-4947-b20b-adfc53981a25";
    private static final String JOB = "0c4f1b2e-8a4d-4d6f-9e1a-5b7c3d2e1f00";
    private static final String PATH = "/v1/" + PROJECT + "/instances/" + INSTANCE + "/lf-jobs/" + JOB;
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

    /** A success as documented: 200, the request id in a header spelled {@code X-request-id}. */
    private static MockResponse ok(String requestId) {
        return new MockResponse.Builder().code(200).addHeader("X-request-id", requestId).build();
    }

    private static DeleteJobRequest job(String instanceId, String jobId) {
        return DeleteJobRequest.builder().instanceId(instanceId).jobId(jobId).build();
    }

    private RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }


    @Test
    void deleteJob_sendsSignedDeleteWithExactlyTheDocumentedHeaders() throws Exception {
        server.enqueue(ok("req-lf-1"));
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            lakeFormation.deleteJob(job(INSTANCE, JOB));
        }
        RecordedRequest r = take();
        assertEquals("DELETE", r.getMethod());
        assertEquals(PATH, r.getTarget());
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
    void deleteJob_withPathCharactersInIds_sendsEachEncodedAsOneSegment() throws Exception {
        server.enqueue(ok("req-lf-2"));
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            lakeFormation.deleteJob(job("i/../../x?y", "a/../b?x=1#y"));
        }
        RecordedRequest r = take();
        String expected = "/v1/" + PROJECT + "/instances/i%2F..%2F..%2Fx%3Fy/lf-jobs/a%2F..%2Fb%3Fx%3D1%23y";
        assertEquals(expected, r.getTarget());
        SignatureDetails signed = assertSignatureVerifies(r, SIGNED);
        assertEquals(expected + "/", signed.canonicalRequest().split("\n")[1]);
    }

    @Test
    void deleteJob_withProjectIdOnlyOnCredentials_usesIt() throws Exception {
        server.enqueue(ok("req-lf-3"));
        try (LakeFormationClient lakeFormation = LakeFormationTestClients.builder(server, time)
                .credentials(HuaweiCredentials.builder().accessKey(LakeFormationTestClients.AK)
                        .secretKey(LakeFormationTestClients.SK).projectId("fedcba9876543210fedcba9876543210")
                        .securityToken("sts-token-example").build())
                .build()) {
            lakeFormation.deleteJob(job(INSTANCE, JOB));
        }
        RecordedRequest r = take();
        assertEquals("/v1/fedcba9876543210fedcba9876543210/instances/" + INSTANCE + "/lf-jobs/" + JOB, r.getTarget());
        assertEquals("sts-token-example", r.getHeaders().get("X-Security-Token"));
        assertSignatureVerifies(r, "host;user-agent;x-project-id;x-sdk-date;x-security-token");
    }

    @Test
    void deleteJob_withTokenProvider_sendsAuthTokenInsteadOfSignature() throws Exception {
        server.enqueue(ok("req-lf-4"));
        HuaweiToken token = HuaweiToken.of("iam-token-example", Instant.parse("2026-11-23T10:00:00Z"), PROJECT);
        try (LakeFormationClient lakeFormation = LakeFormationTestClients.builder(server, time)
                .tokenProvider(HuaweiTokenProvider.of(token)).build()) {
            lakeFormation.deleteJob(job(INSTANCE, JOB));
        }
        RecordedRequest r = take();
        assertEquals(PATH, r.getTarget());
        assertEquals("iam-token-example", r.getHeaders().get("X-Auth-Token"));
        assertEquals(Set.of("accept-encoding", "connection", "content-type", "host", "user-agent", "x-auth-token",
                "x-project-id"), RecordedRequests.headerNames(r));
    }

    @Test
    void deleteJob_withoutAnyProjectId_failsBeforeSending() {
        try (LakeFormationClient lakeFormation = LakeFormationTestClients.builder(server, time)
                .credentials(HuaweiCredentials.of(LakeFormationTestClients.AK, LakeFormationTestClients.SK)).build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> lakeFormation.deleteJob(job(INSTANCE, JOB)));
            assertTrue(e.getMessage().contains("projectId"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void deleteJob_on200_returnsRequestIdFromTheLowerCaseSpelledHeader() {
        server.enqueue(ok("req-lf-5"));
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            assertEquals(DeleteJobResponse.builder().requestId("req-lf-5").build(), lakeFormation.deleteJob(job(INSTANCE, JOB)));
        }
    }

    @Test
    void deleteJob_on200WithEmptyObjectAndNoRequestId_returnsEmptyRequestId() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}").build());
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            assertTrue(lakeFormation.deleteJob(job(INSTANCE, JOB)).requestId().isEmpty());
        }
    }

    @Test
    void deleteJob_on200WithHtmlBody_throwsInvalidResponseKeepingStatusAndRequestId() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .addHeader("X-request-id", "req-lf-6").body("<html><body>gateway</body></html>").build());
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            ServiceException e = assertThrows(ServiceException.class, () -> lakeFormation.deleteJob(job(INSTANCE, JOB)));
            assertEquals("InvalidResponse", e.errorCode());
            assertEquals(200, e.httpStatus());
            assertEquals("req-lf-6", e.requestId().orElseThrow());
        }
    }

    @Test
    void deleteJobAsync_completesWithTheSameResponseAsTheSyncCall() throws Exception {
        server.enqueue(ok("req-lf-7"));
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            CompletableFuture<DeleteJobResponse> future = lakeFormation.deleteJobAsync(job(INSTANCE, JOB));
            assertEquals("req-lf-7", future.get(5, TimeUnit.SECONDS).requestId().orElseThrow());
        }
        RecordedRequest r = take();
        assertEquals(PATH, r.getTarget());
        assertSignatureVerifies(r, SIGNED);
    }

    @Test
    void deleteJobAsync_withNullRequest_completesExceptionallyWithoutThrowing() {
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            CompletableFuture<DeleteJobResponse> future = lakeFormation.deleteJobAsync(null);
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            assertInstanceOf(SdkClientException.class, e.getCause());
            assertEquals("request is required but was null", e.getCause().getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void deleteJobAsync_onServiceError_completesWithServiceException() {
        server.enqueue(new MockResponse.Builder().code(404).addHeader("X-request-id", "req-lf-8")
                .body("{\"error_code\":\"common.01000001\",\"error_msg\":\"response status exception, code: 404\"}").build());
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> lakeFormation.deleteJobAsync(job(INSTANCE, JOB)).get(5, TimeUnit.SECONDS));
            ServiceException cause = assertInstanceOf(ServiceException.class, e.getCause());
            assertEquals("common.01000001", cause.errorCode());
            assertEquals("req-lf-8", cause.requestId().orElseThrow());
        }
    }

    @Test
    void deleteJob_after503Twice_retriesWithBackoffAndSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("X-request-id", "req-503-a").body("").build());
        server.enqueue(new MockResponse.Builder().code(503).addHeader("X-request-id", "req-503-b")
                .body("<html>Service Unavailable</html>").build());
        server.enqueue(ok("req-lf-9"));
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            assertEquals("req-lf-9", lakeFormation.deleteJob(job(INSTANCE, JOB)).requestId().orElseThrow());
        }
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.sleeps());
        assertEquals(3, server.getRequestCount());
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = take();
            assertEquals(PATH, r.getTarget());
            assertSignatureVerifies(r, SIGNED);
        }
    }

    @Test
    void deleteJob_after503OnEveryAttempt_reportsAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("X-request-id", "req-503-" + i).build());
        }
        try (LakeFormationClient lakeFormation = akSk(server, time)) {
            ServiceException e = assertThrows(ServiceException.class, () -> lakeFormation.deleteJob(job(INSTANCE, JOB)));
            assertEquals(503, e.httpStatus());
            assertEquals(4, e.attempts());
            assertEquals("req-503-3", e.requestId().orElseThrow());
            assertFalse(time.sleeps().isEmpty());
        }
    }

    @Test
    void deleteJob_logsTheCallButNoSecret() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "req-log-1").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "req-log-2").build());
        CapturedLogs.clear();
        try (LakeFormationClient lakeFormation = LakeFormationTestClients.builder(server, time)
                .credentials(HuaweiCredentials.builder().accessKey(LakeFormationTestClients.AK).secretKey(LakeFormationTestClients.SK)
                        .securityToken("sts-token-secret-value").projectId(PROJECT).build()).build()) {
            lakeFormation.deleteJob(job(INSTANCE, JOB));
        }
        HuaweiToken token = HuaweiToken.of("iam-token-secret-value", Instant.parse("2026-11-23T10:00:00Z"), PROJECT);
        try (LakeFormationClient lakeFormation = LakeFormationTestClients.builder(server, time).tokenProvider(HuaweiTokenProvider.of(token)).build()) {
            lakeFormation.deleteJob(job(INSTANCE, JOB));
        }
        String logs = CapturedLogs.text();
        assertTrue(logs.contains("DeleteJob") && logs.contains("req-log-2"), logs);
        assertFalse(logs.contains(LakeFormationTestClients.SK));
        assertFalse(logs.contains("sts-token-secret-value"));
        assertFalse(logs.contains("iam-token-secret-value"));
    }
}
