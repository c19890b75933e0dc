package io.polycloud.aliyun.vpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.RecordedRequests;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Clients pointed at a loopback MockWebServer with made-up keys, canned VPC answers, and the signature check. */
final class VpcTestClients {

    static final String AK = "TESTAKVpcTestKeyExample";
    static final String SK = "vpc-test-secret-not-real";
    static final String REGION = "cn-shanghai";
    static final String JOB = "ftj-bp1yh6mvi13aq3g8w0001";
    static final String TOKEN = "123e4567-e89b-12d3-a456-426655440000";
    static final String SIGNED_HEADERS = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
    /** SHA-256 of the empty body. */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private VpcTestClients() {
    }

    /** No keys, region cn-shanghai, fake time, deterministic jitter (half of each backoff ceiling). */
    static VpcClient.Builder builder(MockWebServer server, FakeTime time) {
        return VpcClient.builder()
                .region(REGION)
                .endpointOverride("http://127.0.0.1:" + server.getPort())
                .clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(RetryPolicy.builder().jitter(() -> 0.5).build());
    }

    static VpcClient client(MockWebServer server, FakeTime time) {
        return builder(server, time).credentials(AliyunCredentials.of(AK, SK)).build();
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json;charset=utf-8")
                .body(body).build();
    }

    static MockResponse ok(String requestId) {
        return json(200, "{\"RequestId\":\"" + requestId + "\"}");
    }

    static MockResponse error(String code, String message, String requestId) {
        return json(400, "{\"RequestId\":\"" + requestId + "\",\"HostId\":\"vpc.aliyuncs.com\",\"Code\":\"" + code
                + "\",\"Message\":\"" + message + "\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=" + code + "\"}");
    }

    static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("the server received no request");
        }
        return r;
    }

    /**
     * Fails unless the Authorization header names this fixture's key and exactly these signed
     * headers, and its signature equals the one recomputed from the received request.
     */
    static SignatureDetails assertSignatureVerifies(RecordedRequest r) {
        SignatureDetails expected = Acs3Signer.hmacSha256().signature(RecordedRequests.toSdkHttpRequest(r),
                Arrays.asList(SIGNED_HEADERS.split(";")), SK);
        assertEquals("ACS3-HMAC-SHA256 Credential=" + AK + ",SignedHeaders=" + SIGNED_HEADERS + ",Signature="
                + expected.signature(), r.getHeaders().get("Authorization"));
        return expected;
    }
}
