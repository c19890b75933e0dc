package io.polycloud.huawei.drs;

import static io.polycloud.huawei.drs.DrsTestClients.PROJECT;
import static io.polycloud.huawei.drs.DrsTestClients.akSk;
import static io.polycloud.huawei.drs.DrsTestClients.assertSignatureVerifies;
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
import io.polycloud.core.testsupport.HuaweiSignatures;
import io.polycloud.core.testsupport.RecordedRequests;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.drs.model.DeleteJobResponse;
import io.polycloud.huawei.drs.model.Language;
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

class DrsClientWireTest {

    private static final String JOB = "dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20r";

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

    private static MockResponse ok(String requestId) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", requestId).body("{}").build();
    }

    private RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }


    @Test
    void deleteJob_withLanguage_sendsSignedDeleteWithExactlyTheDocumentedHeaders() throws Exception {
        server.enqueue(ok("req-drs-1"));
        try (DrsClient drs = akSk(server, time)) {
            drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).xLanguage(Language.ZH_CN).build());
        }
        RecordedRequest r = take();
        assertEquals("DELETE", r.getMethod());
        assertEquals("/v5/" + PROJECT + "/jobs/" + JOB, r.getTarget());
        assertEquals("application/json", r.getHeaders().get("Content-Type"));
        assertEquals(SdkVersion.USER_AGENT, r.getHeaders().get("User-Agent"));
        assertEquals(PROJECT, r.getHeaders().get("X-Project-Id"));
        assertEquals("zh-cn", r.getHeaders().get("X-Language"));
        assertEquals("20261122T101530Z", r.getHeaders().get("X-Sdk-Date"));
        assertEquals("127.0.0.1:" + server.getPort(), r.getHeaders().get("Host"));
        assertNull(r.getHeaders().get("X-Auth-Token"));
        assertNull(r.getHeaders().get("X-Security-Token"));
        // Everything else on the wire is what OkHttp adds after signing: Connection and Accept-Encoding.
        assertEquals(Set.of("accept-encoding", "authorization", "connection", "content-type", "host", "user-agent",
                "x-language", "x-project-id", "x-sdk-date"), RecordedRequests.headerNames(r));
        assertEquals(0, r.getBodySize());
        assertSignatureVerifies(r, "host;user-agent;x-language;x-project-id;x-sdk-date");
    }

    @Test
    void signatureCheck_withAnotherSecretOrHeaderSet_fails() throws Exception {
        server.enqueue(ok("req-drs-0"));
        try (DrsClient drs = akSk(server, time)) {
            drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build());
        }
        RecordedRequest r = take();
        assertThrows(AssertionError.class,
                () -> HuaweiSignatures.assertSigned(r, DrsTestClients.AK, "another-secret", "host;user-agent;x-project-id;x-sdk-date"));
        assertThrows(AssertionError.class, () -> assertSignatureVerifies(r, "host;x-project-id;x-sdk-date"));
    }

    @Test
    void deleteJob_withoutLanguage_sendsNoLanguageHeaderAndSignsWithoutIt() throws Exception {
        server.enqueue(ok("req-drs-2"));
        try (DrsClient drs = akSk(server, time)) {
            drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build());
        }
        RecordedRequest r = take();
        assertNull(r.getHeaders().get("X-Language"));
        assertEquals(Set.of("accept-encoding", "authorization", "connection", "content-type", "host", "user-agent",
                "x-project-id", "x-sdk-date"), RecordedRequests.headerNames(r));
        assertSignatureVerifies(r, "host;user-agent;x-project-id;x-sdk-date");
    }

    @Test
    void deleteJob_withPathCharactersInJobId_sendsThemEncodedAsOneSegment() throws Exception {
        server.enqueue(ok("req-drs-3"));
        try (DrsClient drs = akSk(server, time)) {
            drs.deleteJob(DeleteJobRequest.builder().jobId("a/../b?x=1#y").build());
        }
        RecordedRequest r = take();
        assertEquals("/v5/" + PROJECT + "/jobs/a%2F..%2Fb%3Fx%3D1%23y", r.getTarget());
        SignatureDetails signed = assertSignatureVerifies(r, "host;user-agent;x-project-id;x-sdk-date");
        assertEquals("/v5/" + PROJECT + "/jobs/a%2F..%2Fb%3Fx%3D1%23y/", signed.canonicalRequest().split("\n")[1]);
    }

    @Test
    void deleteJob_withProjectIdOnlyOnCredentials_usesIt() throws Exception {
        server.enqueue(ok("req-drs-4"));
        try (DrsClient drs = DrsTestClients.builder(server, time)
                .credentials(HuaweiCredentials.builder().accessKey(DrsTestClients.AK).secretKey(DrsTestClients.SK)
                        .projectId("fedcba9876543210fedcba9876543210").securityToken("sts-token-example").build())
                .build()) {
            drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build());
        }
        RecordedRequest r = take();
        assertEquals("/v5/fedcba9876543210fedcba9876543210/jobs/" + JOB, r.getTarget());
        assertEquals("fedcba9876543210fedcba9876543210", r.getHeaders().get("X-Project-Id"));
        assertEquals("sts-token-example", r.getHeaders().get("X-Security-Token"));
        assertSignatureVerifies(r, "host;user-agent;x-project-id;x-sdk-date;x-security-token");
    }

    @Test
    void deleteJob_withTokenProvider_sendsAuthTokenInsteadOfSignature() throws Exception {
        server.enqueue(ok("req-drs-5"));
        HuaweiToken token = HuaweiToken.of("iam-token-example", Instant.parse("2026-11-23T10:00:00Z"), PROJECT);
        try (DrsClient drs = DrsTestClients.builder(server, time).tokenProvider(HuaweiTokenProvider.of(token)).build()) {
            drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).xLanguage(Language.EN_US).build());
        }
        RecordedRequest r = take();
        assertEquals("DELETE", r.getMethod());
        assertEquals("/v5/" + PROJECT + "/jobs/" + JOB, r.getTarget());
        assertEquals("iam-token-example", r.getHeaders().get("X-Auth-Token"));
        assertEquals("en-us", r.getHeaders().get("X-Language"));
        assertEquals(Set.of("accept-encoding", "connection", "content-type", "host", "user-agent", "x-auth-token",
                "x-language", "x-project-id"), RecordedRequests.headerNames(r));
    }

    @Test
    void deleteJob_withoutAnyProjectId_failsBeforeSending() {
        try (DrsClient drs = DrsTestClients.builder(server, time)
                .credentials(HuaweiCredentials.of(DrsTestClients.AK, DrsTestClients.SK)).build()) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build()));
            assertTrue(e.getMessage().contains("projectId"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void deleteJob_on200EmptyObject_returnsRequestIdFromHeader() {
        server.enqueue(ok("req-drs-6"));
        try (DrsClient drs = akSk(server, time)) {
            DeleteJobResponse response = drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build());
            assertEquals(DeleteJobResponse.builder().requestId("req-drs-6").build(), response);
        }
    }

    @Test
    void deleteJob_on200WithoutRequestIdOrBody_returnsEmptyRequestId() {
        server.enqueue(new MockResponse.Builder().code(200).build());
        try (DrsClient drs = akSk(server, time)) {
            assertTrue(drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build()).requestId().isEmpty());
        }
    }

    @Test
    void deleteJob_on200WithHtmlBody_throwsInvalidResponseKeepingStatusAndRequestId() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .addHeader("X-Request-Id", "req-drs-7").body("<html><body>gateway</body></html>").build());
        try (DrsClient drs = akSk(server, time)) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build()));
            assertEquals("InvalidResponse", e.errorCode());
            assertEquals(200, e.httpStatus());
            assertEquals("req-drs-7", e.requestId().orElseThrow());
        }
    }

    @Test
    void deleteJobAsync_completesWithTheSameResponseAsTheSyncCall() throws Exception {
        server.enqueue(ok("req-drs-8"));
        try (DrsClient drs = akSk(server, time)) {
            CompletableFuture<DeleteJobResponse> future = drs.deleteJobAsync(DeleteJobRequest.builder().jobId(JOB).build());
            assertEquals("req-drs-8", future.get(5, TimeUnit.SECONDS).requestId().orElseThrow());
        }
        RecordedRequest r = take();
        assertEquals("/v5/" + PROJECT + "/jobs/" + JOB, r.getTarget());
        assertSignatureVerifies(r, "host;user-agent;x-project-id;x-sdk-date");
    }

    @Test
    void deleteJobAsync_withNullRequest_completesExceptionallyWithoutThrowing() {
        try (DrsClient drs = akSk(server, time)) {
            CompletableFuture<DeleteJobResponse> future = drs.deleteJobAsync(null);
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            assertInstanceOf(SdkClientException.class, e.getCause());
            assertEquals("request is required but was null", e.getCause().getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void deleteJobAsync_onServiceError_completesWithServiceException() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("X-Request-Id", "req-drs-9")
                .body("{\"error_code\":\"DRS.10000010\",\"error_msg\":\"Job does not exist, please check job ID.\"}").build());
        try (DrsClient drs = akSk(server, time)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> drs.deleteJobAsync(DeleteJobRequest.builder().jobId(JOB).build()).get(5, TimeUnit.SECONDS));
            ServiceException cause = assertInstanceOf(ServiceException.class, e.getCause());
            assertEquals("DRS.10000010", cause.errorCode());
            assertEquals("req-drs-9", cause.requestId().orElseThrow());
        }
    }

    @Test
    void deleteJob_after503Twice_retriesWithBackoffAndSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-503-a").body("").build());
        server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-503-b")
                .body("<html>Service Unavailable</html>").build());
        server.enqueue(ok("req-drs-10"));
        try (DrsClient drs = akSk(server, time)) {
            DeleteJobResponse response = drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build());
            assertEquals("req-drs-10", response.requestId().orElseThrow());
        }
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.sleeps());
        assertEquals(3, server.getRequestCount());
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = take();
            assertEquals("/v5/" + PROJECT + "/jobs/" + JOB, r.getTarget());
            assertSignatureVerifies(r, "host;user-agent;x-project-id;x-sdk-date");
        }
    }

    @Test
    void deleteJob_after503OnEveryAttempt_reportsAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-503-" + i).build());
        }
        try (DrsClient drs = akSk(server, time)) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build()));
            assertEquals(503, e.httpStatus());
            assertEquals("HTTP_503", e.errorCode());
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
        try (DrsClient drs = DrsTestClients.builder(server, time)
                .credentials(HuaweiCredentials.builder().accessKey(DrsTestClients.AK).secretKey(DrsTestClients.SK)
                        .securityToken("sts-token-secret-value").projectId(PROJECT).build()).build()) {
            drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build());
        }
        HuaweiToken token = HuaweiToken.of("iam-token-secret-value", Instant.parse("2026-11-23T10:00:00Z"), PROJECT);
        try (DrsClient drs = DrsTestClients.builder(server, time).tokenProvider(HuaweiTokenProvider.of(token)).build()) {
            drs.deleteJob(DeleteJobRequest.builder().jobId(JOB).build());
        }
        String logs = CapturedLogs.text();
        assertTrue(logs.contains("DeleteJob") && logs.contains("req-log-2"), logs);
        assertFalse(logs.contains(DrsTestClients.SK));
        assertFalse(logs.contains("sts-token-secret-value"));
        assertFalse(logs.contains("iam-token-secret-value"));
    }
}
