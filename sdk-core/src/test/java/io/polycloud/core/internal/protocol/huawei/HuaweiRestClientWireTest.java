package io.polycloud.core.internal.protocol.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.SdkVersion;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.credentials.huawei.HuaweiToken;
import io.polycloud.core.credentials.huawei.HuaweiTokenProvider;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.HuaweiSignatures;
import io.polycloud.core.testsupport.Loopback;
import io.polycloud.core.testsupport.RecordedRequests;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a Huawei REST call puts on the wire, byte for byte, and that its signature verifies. */
class HuaweiRestClientWireTest {

    private static final String AK = "HWAKWIRETEST";
    private static final String SK = "hwWireSecret";

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private TestHuaweiClient client() {
        return new TestHuaweiClient().endpointOverride(Loopback.uri(server)).retryPolicy(RetryPolicy.none())
                .clock(time.clock()).sleeper(time.sleeper());
    }

    private RecordedRequest send(TestHuaweiClient builder, HuaweiRestRequest request) throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (HuaweiRestClient client = builder.build()) {
            client.call(request, r -> null);
        }
        return server.takeRequest();
    }

    @Test
    void delete_withHostilePathParameter_sendsItAsOneEncodedSegmentAndSignsWhatWasSent() throws Exception {
        RecordedRequest r = send(client().credentials(HuaweiCredentials.of(AK, SK)).projectId("proj-1"),
                HuaweiRestRequest.builder("DeleteJob", "DELETE", "/v5/{project_id}/jobs/{job_id}")
                        .pathParameter("job_id", "job id/../x?y=1#z").header("X-Language", "en-us").safeToRepeat(true).build());

        assertEquals("DELETE /v5/proj-1/jobs/job%20id%2F..%2Fx%3Fy%3D1%23z HTTP/1.1", r.getRequestLine());
        assertEquals("application/json", r.getHeaders().get("Content-Type"));
        assertEquals("proj-1", r.getHeaders().get("X-Project-Id"));
        assertEquals("en-us", r.getHeaders().get("X-Language"));
        assertEquals("20261122T101530Z", r.getHeaders().get("X-Sdk-Date"));
        assertEquals(SdkVersion.USER_AGENT, r.getHeaders().get("User-Agent"));
        // What sdk-core's own (JDK) transport adds: Content-Length; OkHttp adds Accept-Encoding and Connection instead.
        assertEquals(Set.of("authorization", "content-length", "content-type", "host", "user-agent", "x-language",
                "x-project-id", "x-sdk-date"), RecordedRequests.headerNames(r));
        HuaweiSignatures.assertSigned(r, AK, SK, "host;user-agent;x-language;x-project-id;x-sdk-date");
    }

    @Test
    void call_withTemporaryCredentials_signsTheSecurityTokenAndTakesTheProjectFromTheCredentials() throws Exception {
        RecordedRequest r = send(client().credentials(HuaweiCredentials.builder().accessKey(AK).secretKey(SK)
                        .securityToken("temp-token").projectId("proj-creds").build()),
                HuaweiRestRequest.builder("ListJobs", "GET", "/v5/{project_id}/jobs").queryParameter("limit", "10")
                        .queryParameter("name", "a b").build());
        assertEquals("GET /v5/proj-creds/jobs?limit=10&name=a%20b HTTP/1.1", r.getRequestLine());
        assertEquals("temp-token", r.getHeaders().get("X-Security-Token"));
        HuaweiSignatures.assertSigned(r, AK, SK, "host;user-agent;x-project-id;x-sdk-date;x-security-token");
    }

    @Test
    void call_withTokenProvider_sendsXAuthTokenAndNoSignature() throws Exception {
        HuaweiTokenProvider tokens = HuaweiTokenProvider.of(HuaweiToken.of("iam-token", Instant.parse("2026-11-23T00:00:00Z"), "proj-t"));
        RecordedRequest r = send(client().tokenProvider(tokens), HuaweiRestRequest.builder("CreateJob", "POST", "/v5/{project_id}/jobs")
                .body("{\"name\":\"j\"}".getBytes(StandardCharsets.UTF_8)).build());
        assertEquals("POST /v5/proj-t/jobs HTTP/1.1", r.getRequestLine());
        assertEquals("iam-token", r.getHeaders().get("X-Auth-Token"));
        assertNull(r.getHeaders().get("Authorization"));
        assertEquals("{\"name\":\"j\"}", r.getBody().utf8());
    }

    @Test
    void build_withBothCredentialsAndTokenProvider_isRejected() {
        HuaweiTokenProvider tokens = HuaweiTokenProvider.of(HuaweiToken.of("t", Instant.EPOCH, null));
        assertEquals("set either credentials or tokenProvider, not both", assertThrows(SdkClientException.class,
                () -> client().credentials(HuaweiCredentials.of(AK, SK)).tokenProvider(tokens).build()).getMessage());
    }

    @Test
    void call_withoutAnyProjectId_failsBeforeSending() {
        try (HuaweiRestClient client = client().credentials(HuaweiCredentials.of(AK, SK)).build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> client.call(
                    HuaweiRestRequest.builder("ListJobs", "GET", "/v5/{project_id}/jobs").build(), r -> null));
            assertEquals("projectId is required: set it on the client builder, in HUAWEICLOUD_SDK_PROJECT_ID, or on the credentials",
                    e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void call_withDotDotPathParameter_failsBeforeSending() {
        try (HuaweiRestClient client = client().credentials(HuaweiCredentials.of(AK, SK)).projectId("p").build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> client.call(HuaweiRestRequest.builder("DeleteJob",
                    "DELETE", "/v5/{project_id}/jobs/{job_id}").pathParameter("job_id", "..").build(), r -> null));
            assertEquals("job_id must not be '.' or '..': a URL path cannot carry it as one segment", e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }
}
