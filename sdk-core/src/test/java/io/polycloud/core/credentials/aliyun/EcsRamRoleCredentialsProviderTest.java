package io.polycloud.core.credentials.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ECS instance metadata service, played by a loopback server. */
class EcsRamRoleCredentialsProviderTest {

    private static final String CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";
    private static final Instant EXPIRATION = Instant.parse("2026-11-22T16:15:30Z");

    private final MockWebServer metadata = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        metadata.close();
    }

    /** A successful credentials document, expiring six hours after {@link FakeTime}'s start. */
    static String credentialsJson(String accessKeyId) {
        return "{\"AccessKeyId\":\"" + accessKeyId + "\",\"AccessKeySecret\":\"ecs-secret\",\"Expiration\":\"" + EXPIRATION
                + "\",\"SecurityToken\":\"ecs-token\",\"LastUpdated\":\"2026-11-22T10:15:30Z\",\"Code\":\"Success\"}";
    }

    private EcsRamRoleCredentialsProvider.Builder provider() {
        return EcsRamRoleCredentialsProvider.builder().endpoint(Loopback.uri(metadata)).clock(time.clock())
                .timeout(Duration.ofMillis(500));
    }

    private void enqueue(int status, String body) {
        metadata.enqueue(new MockResponse.Builder().code(status).body(body).build());
    }

    @Test
    void resolve_getsASessionTokenFirstThenTheRolesCredentialsWithIt() throws Exception {
        enqueue(200, "imds-session-token");
        enqueue(200, credentialsJson("STS.first"));
        AliyunCredentials c = provider().roleName("my-role").build().resolveCredentials();

        assertEquals(AliyunCredentials.temporary("STS.first", "ecs-secret", "ecs-token", EXPIRATION), c);
        RecordedRequest token = metadata.takeRequest();
        assertEquals("PUT /latest/api/token HTTP/1.1", token.getRequestLine());
        assertEquals("21600", token.getHeaders().get("X-aliyun-ecs-metadata-token-ttl-seconds"));
        RecordedRequest credentials = metadata.takeRequest();
        assertEquals("GET " + CREDENTIALS_PATH + "my-role HTTP/1.1", credentials.getRequestLine());
        assertEquals("imds-session-token", credentials.getHeaders().get("X-aliyun-ecs-metadata-token"));
    }

    @Test
    void resolve_withoutRoleName_discoversTheAttachedRole() throws Exception {
        enqueue(200, "imds-session-token");
        enqueue(200, "discovered-role\n");
        enqueue(200, credentialsJson("STS.discovered"));
        assertEquals("STS.discovered", provider().build().resolveCredentials().accessKeyId());
        metadata.takeRequest();
        assertEquals("GET " + CREDENTIALS_PATH + " HTTP/1.1", metadata.takeRequest().getRequestLine());
        assertEquals("GET " + CREDENTIALS_PATH + "discovered-role HTTP/1.1", metadata.takeRequest().getRequestLine());
    }

    @Test
    void resolve_whenTheTokenRequestIsRefused_fallsBackToPlainGets() throws Exception {
        enqueue(403, "");
        enqueue(200, credentialsJson("STS.v1"));
        assertEquals("STS.v1", provider().roleName("my-role").build().resolveCredentials().accessKeyId());
        metadata.takeRequest();
        assertNull(metadata.takeRequest().getHeaders().get("X-aliyun-ecs-metadata-token"));
    }

    @Test
    void resolve_whenTheTokenRequestFailsOnTheNetwork_fallsBackToPlainGets() throws Exception {
        metadata.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        enqueue(200, credentialsJson("STS.v1"));
        assertEquals("STS.v1", provider().roleName("my-role").build().resolveCredentials().accessKeyId());
    }

    @Test
    void resolve_whenTheTokenRequestFailsAndV1IsDisabled_failsWithoutAPlainGet() {
        enqueue(404, "");
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> provider().roleName("my-role").imdsV1Disabled(true).build().resolveCredentials());
        assertEquals("ECS metadata token request failed with HTTP 404 and IMDSv1 fallback is disabled", e.getMessage());
        assertEquals(1, metadata.getRequestCount());
    }

    @Test
    void resolve_cachesUntilNearExpiryThenFetchesAgain() throws Exception {
        enqueue(200, "t1");
        enqueue(200, credentialsJson("STS.first"));
        EcsRamRoleCredentialsProvider p = provider().roleName("my-role").build();
        assertEquals("STS.first", p.resolveCredentials().accessKeyId());
        time.advance(Duration.ofHours(5));
        assertEquals("STS.first", p.resolveCredentials().accessKeyId());
        assertEquals(2, metadata.getRequestCount(), "an hour before expiry the cached credentials are used");

        enqueue(200, "t2");
        enqueue(200, credentialsJson("STS.second"));
        time.set(EXPIRATION.minusSeconds(30));
        assertEquals("STS.second", p.resolveCredentials().accessKeyId(), "in the last minute callers wait for fresh ones");
        assertEquals(4, metadata.getRequestCount());
    }

    @Test
    void resolve_whenTheServiceRefuses_failsNamingTheCodeButNotTheSecret() {
        enqueue(200, "t");
        enqueue(200, "{\"Code\":\"Failed\",\"AccessKeySecret\":\"partialSecret\"}");
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> provider().roleName("my-role").build().resolveCredentials());
        assertEquals("ECS metadata refused credentials of role my-role: Code=Failed", e.getMessage());
    }

    @Test
    void resolve_whenTheRoleIsUnknown_failsWithTheStatus() {
        enqueue(200, "t");
        enqueue(404, "<html>Not Found</html>");
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> provider().roleName("my-role").build().resolveCredentials());
        assertEquals("ECS metadata service answered HTTP 404 fetching credentials of role my-role", e.getMessage());
    }

    @Test
    void resolve_withIncompleteOrUnreadableDocuments_failsWithoutEchoingThem() {
        enqueue(200, "t");
        enqueue(200, "{\"Code\":\"Success\",\"AccessKeyId\":\"id\",\"AccessKeySecret\":\"partialSecret\"}");
        SdkClientException incomplete = assertThrows(SdkClientException.class,
                () -> provider().roleName("my-role").build().resolveCredentials());
        assertTrue(incomplete.getMessage().contains("miss AccessKeyId, AccessKeySecret, SecurityToken or Expiration"));
        assertFalse(incomplete.getMessage().contains("partialSecret"));

        enqueue(200, "t");
        enqueue(200, "not json partialSecret");
        SdkClientException unreadable = assertThrows(SdkClientException.class,
                () -> provider().roleName("my-role").build().resolveCredentials());
        assertEquals("ECS metadata returned credentials that are not JSON", unreadable.getMessage());
    }

    @Test
    void resolve_whenNothingListens_failsNamingTheEndpoint() {
        var closed = Loopback.closedPort();
        SdkClientException e = assertThrows(SdkClientException.class, () -> EcsRamRoleCredentialsProvider.builder()
                .endpoint(closed).roleName("my-role").timeout(Duration.ofMillis(500)).build().resolveCredentials());
        assertEquals("ECS metadata service unreachable at " + closed + " fetching credentials of role my-role", e.getMessage());
    }

    @Test
    void builder_rejectsARoleNameThatIsNotOnePathSegment() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> EcsRamRoleCredentialsProvider.builder().roleName(".."));
        assertEquals("roleName must not be '.' or '..': a URL path cannot carry it as one segment", e.getMessage());
    }

    @Test
    void builder_refusesATimeoutOutsideOneMillisecondToOneMinuteAndAnEndpointThatIsNoUrl() {
        assertEquals("timeout must be between 1 ms and 1 min, was PT1H",
                assertThrows(SdkClientException.class, () -> EcsRamRoleCredentialsProvider.builder().timeout(Duration.ofHours(1)))
                        .getMessage());
        assertEquals("endpoint port must be between 1 and 65535, was 99999",
                assertThrows(SdkClientException.class, () -> EcsRamRoleCredentialsProvider.builder()
                        .endpoint(URI.create("http://100.100.100.200:99999"))).getMessage());
    }

    @Test
    void resolve_onAnInterruptedThread_asksNothingAndKeepsTheFlag() {
        try {
            Thread.currentThread().interrupt();
            SdkInterruptedException e = assertThrows(SdkInterruptedException.class,
                    () -> provider().roleName("my-role").build().resolveCredentials());
            assertTrue(e.getMessage().startsWith("interrupted while fetching credentials from 127.0.0.1:"), e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, metadata.getRequestCount());
    }

    @Test
    void resolve_whenTheAnswerExceedsTheLimit_failsWithoutReadingItAsCredentials() {
        enqueue(200, "t");
        enqueue(200, "x".repeat(2 * 1024 * 1024));
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> provider().roleName("my-role").build().resolveCredentials());
        assertTrue(e.getMessage().endsWith(" answered more than 1048576 bytes"), e.getMessage());
    }
}
