package io.polycloud.core.internal.protocol.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import io.polycloud.core.internal.signing.aliyun.RpcV1Signer;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.Loopback;
import io.polycloud.core.testsupport.RecordedRequests;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What an Alibaba Cloud RPC call puts on the wire in each signature version, and that it verifies. */
class AliyunRpcClientWireTest {

    private static final String AK = "TESTAKWireTest";
    private static final String SECRET = "aliyunWireSecret";
    private static final AliyunRpcRequest REQUEST = AliyunRpcRequest.builder("DescribeFailoverTestJobs")
            .parameter("RegionId", "cn-hangzhou").parameter("Filter.1.Key", "Name").parameter("Filter.1.Value.1", "a b*~")
            .parameter("NextToken", null).build();

    private final MockWebServer server = Loopback.start(new MockWebServer());
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private RecordedRequest send(AliyunSignatureVersion version, AliyunCredentials credentials) throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (AliyunRpcClient client = new TestAliyunClient().endpointOverride(Loopback.uri(server)).credentials(credentials)
                .signatureVersion(version).retryPolicy(RetryPolicy.none()).clock(time.clock()).build()) {
            client.call(REQUEST, SdkHttpResponse::bodyAsString);
        }
        return server.takeRequest();
    }

    @Test
    void acs3_withStsCredentials_putsActionAndVersionInHeadersAndSignsTheToken() throws Exception {
        RecordedRequest r = send(AliyunSignatureVersion.ACS3_HMAC_SHA256, AliyunCredentials.of(AK, SECRET, "sts-token"));
        assertEquals("POST /?RegionId=cn-hangzhou&Filter.1.Key=Name&Filter.1.Value.1=a%20b%2A~ HTTP/1.1", r.getRequestLine());
        assertEquals("DescribeFailoverTestJobs", r.getHeaders().get("x-acs-action"));
        assertEquals("2016-04-28", r.getHeaders().get("x-acs-version"));
        assertEquals("2026-11-22T10:15:30Z", r.getHeaders().get("x-acs-date"));
        assertEquals("sts-token", r.getHeaders().get("x-acs-security-token"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", r.getHeaders().get("x-acs-content-sha256"));
        String signedHeaders = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version";
        String signature = Acs3Signer.hmacSha256().signature(RecordedRequests.toSdkHttpRequest(r), List.of(signedHeaders.split(";")),
                SECRET).signature();
        assertEquals("ACS3-HMAC-SHA256 Credential=" + AK + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature,
                r.getHeaders().get("Authorization"));
    }

    @Test
    void rpcV1_putsEverythingInTheQueryAndSignsIt() throws Exception {
        RecordedRequest r = send(AliyunSignatureVersion.RPC_V1_HMAC_SHA1, AliyunCredentials.of(AK, SECRET, "sts-token"));
        assertNull(r.getHeaders().get("Authorization"));
        assertNull(r.getHeaders().get("x-acs-action"));
        SdkHttpRequest received = RecordedRequests.toSdkHttpRequest(r);
        assertEquals(List.of("Action", "Version", "Format", "RegionId", "Filter.1.Key", "Filter.1.Value.1", "AccessKeyId",
                        "SignatureMethod", "SignatureNonce", "SignatureVersion", "Timestamp", "SecurityToken", "Signature"),
                received.queryParameters().stream().map(p -> p.name()).toList());
        assertEquals("DescribeFailoverTestJobs", received.queryParameter("Action").orElseThrow());
        assertEquals("JSON", received.queryParameter("Format").orElseThrow());
        assertEquals("2026-11-22T10:15:30Z", received.queryParameter("Timestamp").orElseThrow());
        assertEquals("sts-token", received.queryParameter("SecurityToken").orElseThrow());
        assertEquals(RpcV1Signer.create().signature("POST", received.queryParameters(), SECRET).signature(),
                received.queryParameter("Signature").orElseThrow());
    }
}
