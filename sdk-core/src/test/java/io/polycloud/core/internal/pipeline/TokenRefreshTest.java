package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.credentials.huawei.IamTokenProvider;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestRequest;
import io.polycloud.core.internal.protocol.huawei.TestHuaweiClient;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Huawei client authenticating with an IAM token fetches a new one once when a service answers 401. */
class TokenRefreshTest {

    private static final HuaweiRestRequest DELETE = HuaweiRestRequest.builder("DeleteJob", "DELETE",
            "/v5/{project_id}/jobs/{job_id}").pathParameter("job_id", "job-1").safeToRepeat(true).build();
    private static final String TOKEN_REJECTED = "{\"error_code\":\"APIG.1002\",\"error_msg\":\"Incorrect token or token resolution failed\"}";

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse token(String value) {
        return new MockResponse.Builder().code(201).addHeader("X-Subject-Token", value)
                .body("{\"token\":{\"expires_at\":\"2026-11-23T10:15:30.000000Z\",\"project\":{\"id\":\"proj-1\"}}}").build();
    }

    private IamTokenProvider tokens() {
        return IamTokenProvider.builder().endpoint(Loopback.uri(server)).domainName("acme").userName("ops")
                .password("iam-password-test").projectId("proj-1").clock(time.clock()).retryPolicy(RetryPolicy.none()).build();
    }

    private HuaweiRestClient client(IamTokenProvider tokens) {
        // A 401 is never retried for its own sake: a repeat seen here is the token refresh.
        return new TestHuaweiClient().endpointOverride(Loopback.uri(server)).tokenProvider(tokens)
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).clock(time.clock()).sleeper(time.sleeper()).build();
    }

    @Test
    void call_afterA401WithTheCachedToken_fetchesOneNewTokenAndRetriesOnce() throws Exception {
        server.enqueue(token("token-1"));
        server.enqueue(new MockResponse.Builder().code(401).body(TOKEN_REJECTED).build());
        server.enqueue(token("token-2"));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (IamTokenProvider tokens = tokens(); HuaweiRestClient client = client(tokens)) {
            client.call(DELETE, r -> null);
        }
        assertEquals("POST /v3/auth/tokens HTTP/1.1", server.takeRequest().getRequestLine());
        RecordedRequest rejected = server.takeRequest();
        assertEquals("DELETE /v5/proj-1/jobs/job-1 HTTP/1.1", rejected.getRequestLine(), "project id from the token");
        assertEquals("token-1", rejected.getHeaders().get("X-Auth-Token"));
        assertEquals("POST /v3/auth/tokens HTTP/1.1", server.takeRequest().getRequestLine());
        assertEquals("token-2", server.takeRequest().getHeaders().get("X-Auth-Token"));
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void call_whenTheFreshTokenIsRejectedToo_failsAfterOneRefresh() {
        server.enqueue(token("token-1"));
        server.enqueue(new MockResponse.Builder().code(401).addHeader("X-Request-Id", "r1").body(TOKEN_REJECTED).build());
        server.enqueue(token("token-2"));
        server.enqueue(new MockResponse.Builder().code(401).addHeader("X-Request-Id", "r2").body(TOKEN_REJECTED).build());
        try (IamTokenProvider tokens = tokens(); HuaweiRestClient client = client(tokens)) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.call(DELETE, r -> null));
            assertEquals("APIG.1002", e.errorCode());
            assertEquals(ErrorCategory.AUTHENTICATION, e.category());
            assertEquals("r2", e.requestId().orElseThrow());
            assertEquals(2, e.attempts());
        }
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void call_withRetryPolicyNone_failsOnceAndTheNextCallFetchesAFreshToken() throws Exception {
        server.enqueue(token("token-1"));
        server.enqueue(new MockResponse.Builder().code(401).body(TOKEN_REJECTED).build());
        server.enqueue(token("token-2"));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (IamTokenProvider tokens = tokens();
             HuaweiRestClient client = new TestHuaweiClient().endpointOverride(Loopback.uri(server)).tokenProvider(tokens)
                     .retryPolicy(RetryPolicy.none()).clock(time.clock()).sleeper(time.sleeper()).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.call(DELETE, r -> null));
            assertEquals(1, e.attempts());
            client.call(DELETE, r -> null);
        }
        server.takeRequest();
        assertEquals("token-1", server.takeRequest().getHeaders().get("X-Auth-Token"));
        server.takeRequest();
        assertEquals("token-2", server.takeRequest().getHeaders().get("X-Auth-Token"));
    }

    @Test
    void call_withAValidCachedToken_fetchesTheTokenOnlyOnce() throws Exception {
        server.enqueue(token("token-1"));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (IamTokenProvider tokens = tokens(); HuaweiRestClient client = client(tokens)) {
            client.call(DELETE, r -> null);
            client.call(DELETE, r -> null);
        }
        server.takeRequest();
        assertEquals("token-1", server.takeRequest().getHeaders().get("X-Auth-Token"));
        assertEquals("token-1", server.takeRequest().getHeaders().get("X-Auth-Token"));
        assertEquals(3, server.getRequestCount());
    }
}
