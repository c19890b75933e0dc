package io.polycloud.core.credentials.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The IAM password-method token request, against a loopback IAM. */
class IamTokenProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant EXPIRES_AT = Instant.parse("2026-11-23T10:15:30.123456Z");

    private final MockWebServer iam = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        iam.close();
    }

    private IamTokenProvider.Builder provider() {
        return IamTokenProvider.builder().endpoint(Loopback.uri(iam)).domainName("acme").userName("ops")
                .password("iam-password-test").clock(time.clock()).retryPolicy(RetryPolicy.none());
    }

    private void enqueueToken(String value) {
        iam.enqueue(new MockResponse.Builder().code(201).addHeader("X-Subject-Token", value).addHeader("X-Request-Id", "iam-req")
                .body("{\"token\":{\"expires_at\":\"" + EXPIRES_AT + "\",\"methods\":[\"password\"],"
                        + "\"project\":{\"id\":\"proj-1\",\"name\":\"cn-north-4\"}}}").build());
    }

    @Test
    void resolveToken_postsThePasswordMethodScopedToTheProjectAndReadsXSubjectToken() throws Exception {
        enqueueToken("token-1");
        try (IamTokenProvider tokens = provider().projectId("proj-1").build()) {
            HuaweiToken token = tokens.resolveToken();
            assertEquals("token-1", token.value());
            assertEquals(EXPIRES_AT, token.expiresAt());
            assertEquals(Optional.of("proj-1"), token.projectId());
        }
        RecordedRequest r = iam.takeRequest();
        assertEquals("POST /v3/auth/tokens HTTP/1.1", r.getRequestLine());
        assertEquals("application/json;charset=UTF-8", r.getHeaders().get("Content-Type"));
        assertEquals(JSON.readTree("""
                {"auth": {
                  "identity": {"methods": ["password"],
                               "password": {"user": {"name": "ops", "password": "iam-password-test", "domain": {"name": "acme"}}}},
                  "scope": {"project": {"id": "proj-1"}}}}"""), JSON.readTree(r.getBody().utf8()));
    }

    @Test
    void resolveToken_withProjectName_scopesByName() throws Exception {
        enqueueToken("token-1");
        try (IamTokenProvider tokens = provider().projectName("cn-north-4").build()) {
            tokens.resolveToken();
        }
        assertEquals(JSON.readTree("{\"name\":\"cn-north-4\"}"),
                JSON.readTree(iam.takeRequest().getBody().utf8()).path("auth").path("scope").path("project"));
    }

    @Test
    void resolveToken_cachesUntilShortlyBeforeExpiresAt() {
        enqueueToken("token-1");
        enqueueToken("token-2");
        try (IamTokenProvider tokens = provider().projectId("proj-1").build()) {
            assertEquals("token-1", tokens.resolveToken().value());
            time.set(EXPIRES_AT.minus(Duration.ofMinutes(11)));
            assertEquals("token-1", tokens.resolveToken().value());
            assertEquals(1, iam.getRequestCount());
            time.set(EXPIRES_AT.minus(Duration.ofMinutes(1)));
            assertEquals("token-2", tokens.resolveToken().value(), "within two minutes of expiry callers wait for a new one");
            assertEquals(2, iam.getRequestCount());
        }
    }

    @Test
    void invalidate_dropsTheRejectedTokenSoTheNextCallFetchesOne() {
        enqueueToken("token-1");
        enqueueToken("token-2");
        try (IamTokenProvider tokens = provider().projectId("proj-1").build()) {
            HuaweiToken first = tokens.resolveToken();
            assertTrue(tokens.invalidate(first));
            assertEquals("token-2", tokens.resolveToken().value());
            tokens.invalidate(first);
            assertEquals("token-2", tokens.resolveToken().value(), "invalidating an old token keeps the new one");
        }
        assertEquals(2, iam.getRequestCount());
    }

    @Test
    void resolveToken_whenIamRefuses_throwsIamServiceException() {
        iam.enqueue(new MockResponse.Builder().code(401).addHeader("X-Request-Id", "iam-401")
                .body("{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\",\"title\":\"Unauthorized\"}}").build());
        try (IamTokenProvider tokens = provider().projectId("proj-1").build()) {
            ServiceException e = assertThrows(ServiceException.class, tokens::resolveToken);
            assertEquals("iam", e.service());
            assertEquals(401, e.httpStatus());
            assertEquals("401", e.errorCode());
            assertEquals("The username or password is wrong.", e.errorMessage());
            assertEquals(ErrorCategory.AUTHENTICATION, e.category());
            assertEquals("iam-401", e.requestId().orElseThrow());
            assertFalse(e.getMessage().contains("iam-password-test"));
        }
    }

    @Test
    void resolveToken_whenTheAnswerLacksXSubjectToken_throwsInvalidResponseKeepingTheRequestId() {
        iam.enqueue(new MockResponse.Builder().code(201).addHeader("X-Request-Id", "iam-req")
                .body("{\"token\":{\"expires_at\":\"" + EXPIRES_AT + "\"}}").build());
        try (IamTokenProvider tokens = provider().projectId("proj-1").build()) {
            ServiceException e = assertThrows(ServiceException.class, tokens::resolveToken);
            assertEquals("InvalidResponse", e.errorCode());
            assertEquals(201, e.httpStatus());
            assertEquals("iam-req", e.requestId().orElseThrow());
            assertTrue(e.errorMessage().contains("no X-Subject-Token header"), e.errorMessage());
        }
    }

    @Test
    void builder_withoutExactlyOneScope_failsBeforeAnyRequest() {
        assertEquals("set exactly one of projectId and projectName to scope the IAM token",
                assertThrows(SdkClientException.class, () -> provider().build()).getMessage());
        assertEquals("set exactly one of projectId and projectName to scope the IAM token",
                assertThrows(SdkClientException.class, () -> provider().projectId("p").projectName("n").build()).getMessage());
        assertEquals("region is required when no endpoint is set", assertThrows(SdkClientException.class,
                () -> IamTokenProvider.builder().domainName("d").userName("u").password("p").projectId("p").build()).getMessage());
        assertEquals(0, iam.getRequestCount());
    }

    @Test
    void toString_neverShowsThePasswordOrToken() {
        enqueueToken("token-value-secret");
        try (IamTokenProvider tokens = provider().projectId("proj-1").build()) {
            HuaweiToken token = tokens.resolveToken();
            assertEquals("IamTokenProvider{endpoint=" + Loopback.uri(iam) + "}", tokens.toString());
            assertEquals("HuaweiToken{value=***, expiresAt=" + EXPIRES_AT + ", projectId=proj-1}", token.toString());
        }
    }

    @Test
    void resolveToken_afterA503_retriesUnderTheRetryPolicy() {
        iam.enqueue(new MockResponse.Builder().code(503).body("").build());
        enqueueToken("token-1");
        try (IamTokenProvider tokens = provider().projectId("proj-1")
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build()).build()) {
            assertEquals("token-1", tokens.resolveToken().value());
        }
        assertEquals(2, iam.getRequestCount());
    }

    @Test
    void resolveToken_whenIamIsUnreachable_throwsNetworkExceptionNamingIt() {
        var closed = Loopback.closedPort();
        try (IamTokenProvider tokens = provider().endpoint(closed).projectId("proj-1").build()) {
            SdkNetworkException e = assertThrows(SdkNetworkException.class, tokens::resolveToken);
            assertTrue(e.getMessage().startsWith("IAM at 127.0.0.1:" + closed.getPort() + " could not be reached"), e.getMessage());
            assertFalse(e.getMessage().contains("iam-password-test"));
        }
    }

    @Test
    void builder_refusesAnEndpointOrRegionThatCannotNameAHost() {
        assertEquals("endpoint must be http(s)://host[:port] without user info, query or fragment",
                assertThrows(SdkClientException.class, () -> IamTokenProvider.builder().endpoint(URI.create("iam.example.com")))
                        .getMessage());
        assertEquals("region must be lower-case letters, digits and dashes, like cn-north-4",
                assertThrows(SdkClientException.class, () -> IamTokenProvider.builder().region("cn-north-4/../evil")).getMessage());
    }
}
