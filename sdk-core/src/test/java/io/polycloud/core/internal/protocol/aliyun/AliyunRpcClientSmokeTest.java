package io.polycloud.core.internal.protocol.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AliyunRpcClientSmokeTest {

    @Test
    void call_after503Twice_succeedsOnThirdAttemptWithFreshNonces() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(503).body("{\"Code\":\"ServiceUnavailable\",\"Message\":\"x\",\"RequestId\":\"r1\"}").build());
            server.enqueue(new MockResponse.Builder().code(503).body("").build());
            server.enqueue(new MockResponse.Builder().code(200).body("{\"RequestId\":\"ok\"}").build());
            FakeTime time = new FakeTime();
            try (AliyunRpcClient client = new TestAliyunClient()
                    .endpointOverride(server.url("/").uri())
                    .credentials(AliyunCredentials.of("AKIDTEST", "secret-test"))
                    .retryPolicy(RetryPolicy.builder().jitter(() -> 0.5).build())
                    .clock(time.clock()).sleeper(time.sleeper())
                    .build()) {
                String body = client.call(AliyunRpcRequest.builder("StartFailoverTestJob")
                        .parameter("RegionId", "cn-hangzhou").parameter("ClientToken", "tok").safeToRepeat(true).build(),
                        r -> r.bodyAsString());
                assertEquals("{\"RequestId\":\"ok\"}", body);
            }
            Set<String> nonces = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                RecordedRequest r = server.takeRequest();
                assertEquals("POST", r.getMethod());
                assertEquals("/?RegionId=cn-hangzhou&ClientToken=tok", r.getTarget());
                assertTrue(r.getHeaders().get("Authorization").startsWith("ACS3-HMAC-SHA256 Credential=AKIDTEST,"));
                nonces.add(r.getHeaders().get("x-acs-signature-nonce"));
            }
            assertEquals(3, nonces.size());
            assertEquals(2, time.sleeps().size());
            assertEquals(Duration.ofMillis(50), time.sleeps().get(0));
            assertEquals(Duration.ofMillis(100), time.sleeps().get(1));
            assertNotEquals(0, server.getRequestCount());
        }
    }
}
