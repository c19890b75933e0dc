package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.internal.http.PercentEncoding;
import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.http.okhttp.OkHttpTransport;
import io.polycloud.core.internal.signing.DigestAlgorithm;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.internal.signing.aliyun.RpcV1Signer;
import io.polycloud.core.testsupport.FakeTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator checks Alibaba Cloud signatures as the cloud does, on raw requests signed with the
 * core signers (and, for the official SDKs' wire shape, written byte by byte).
 */
class AliyunAuthenticationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = Fixtures.REGION;

    private final FakeTime time = new FakeTime();
    private PolycloudEmulator emulator;
    private OkHttpTransport transport;

    @BeforeEach
    void start() {
        emulator = Fixtures.emulator(time);
        transport = OkHttpTransport.create();
    }

    @AfterEach
    void stop() {
        transport.close();
        emulator.close();
    }

    private SdkHttpRequest describe() {
        return SdkHttpRequest.builder().method("POST").endpoint(emulator.baseUri())
                .addHeader("x-acs-action", "DescribeFailoverTestJobs").addHeader("x-acs-version", "2016-04-28")
                .addQueryParameter("RegionId", REGION).build();
    }

    private SdkHttpRequest acs3(SdkHttpRequest request, AliyunCredentials credentials, Instant at, String nonce) {
        return Acs3Signer.hmacSha256().sign(request, credentials, at, nonce);
    }

    private SdkHttpResponse send(SdkHttpRequest request) throws IOException {
        return transport.execute(request, Duration.ofSeconds(5));
    }

    private SdkHttpResponse sendSigned(AliyunCredentials credentials) throws IOException {
        return send(acs3(describe(), credentials, time.now(), UUID.randomUUID().toString()));
    }

    private static JsonNode body(SdkHttpResponse response) throws IOException {
        return JSON.readTree(response.body());
    }

    private void assertAliyunError(SdkHttpResponse response, int status, String code) throws IOException {
        assertEquals(status, response.statusCode(), response.bodyAsString());
        JsonNode body = body(response);
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("RequestId", "HostId", "Code", "Message", "Recommend"), fields);
        assertEquals(code, body.get("Code").asText());
        assertEquals(response.header("x-acs-request-id").orElseThrow(), body.get("RequestId").asText());
        assertEquals(emulator.baseUri().getAuthority(), body.get("HostId").asText());
        assertEquals(RecordedCall.AuthOutcome.REJECTED, emulator.lastCall().orElseThrow().authOutcome());
        assertEquals(code, emulator.lastCall().orElseThrow().errorCode().orElseThrow());
    }

    @Test
    void acs3Sha256_withRegisteredKey_isAcceptedWithRequestIdInHeaderAndBody() throws IOException {
        SdkHttpResponse response = sendSigned(emulator.aliyunCredentials());

        assertEquals(200, response.statusCode(), response.bodyAsString());
        assertEquals(response.header("x-acs-request-id").orElseThrow(), body(response).get("RequestId").asText());
        RecordedCall call = emulator.lastCall().orElseThrow();
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, call.authOutcome());
        assertEquals(emulator.aliyunCredentials().accessKeyId(), call.accessKeyId().orElseThrow());
        assertEquals(EmulatedOperation.VPC_DESCRIBE_FAILOVER_TEST_JOBS, call.operation());
    }

    @Test
    void acs3Sm3_withRegisteredKey_isAccepted() throws IOException {
        SdkHttpRequest signed = Acs3Signer.hmacSm3().sign(describe(), emulator.aliyunCredentials(), time.now(), "n-sm3");

        SdkHttpResponse response = send(signed);

        assertEquals(200, response.statusCode(), response.bodyAsString());
        assertEquals(DigestAlgorithm.SM3.hexHash(new byte[0]), emulator.lastCall().orElseThrow().headers()
                .first("x-acs-content-sha256").orElseThrow());
    }

    @Test
    void anyRegisteredKey_isAccepted() throws IOException {
        AliyunCredentials second = AliyunCredentials.of("TESTAKSecondTestKey", "second-made-up-secret");
        emulator.registerAliyunCredentials(second);

        assertEquals(200, sendSigned(second).statusCode());
        assertEquals(200, sendSigned(emulator.aliyunCredentials()).statusCode());
    }

    @Test
    void wrongSecret_isRefusedWithSignatureDoesNotMatch() throws IOException {
        AliyunCredentials forged = AliyunCredentials.of(emulator.aliyunCredentials().accessKeyId(), "not-the-secret");

        SdkHttpResponse response = sendSigned(forged);

        assertAliyunError(response, 400, "SignatureDoesNotMatch");
        assertTrue(body(response).get("Message").asText().contains("server string to sign is:ACS3-HMAC-SHA256\n"));
    }

    @Test
    void unknownKey_isRefusedWith404InvalidAccessKeyIdNotFound() throws IOException {
        assertAliyunError(sendSigned(AliyunCredentials.of("TESTAKUnknownKey", "made-up")), 404, "InvalidAccessKeyId.NotFound");
    }

    @Test
    void timestampMoreThan15MinutesOff_isRefusedWithInvalidTimeStampExpired() throws IOException {
        SdkHttpRequest late = acs3(describe(), emulator.aliyunCredentials(), time.now().minus(Duration.ofMinutes(16)), "n1");
        SdkHttpRequest early = acs3(describe(), emulator.aliyunCredentials(), time.now().plus(Duration.ofMinutes(16)), "n2");
        SdkHttpRequest withinWindow = acs3(describe(), emulator.aliyunCredentials(), time.now().minus(Duration.ofMinutes(14)),
                "n3");

        assertAliyunError(send(late), 400, "InvalidTimeStamp.Expired");
        assertAliyunError(send(early), 400, "InvalidTimeStamp.Expired");
        assertEquals(200, send(withinWindow).statusCode());
    }

    @Test
    void timestampInAnotherFormat_isRefusedWithInvalidTimeStampFormat() throws IOException {
        SdkHttpRequest signed = acs3(describe(), emulator.aliyunCredentials(), time.now(), "n");

        assertAliyunError(send(signed.toBuilder().setHeader("x-acs-date", "20261122T101530Z").build()), 400,
                "InvalidTimeStamp.Format");
    }

    @Test
    void reusedNonce_isRefusedWithSignatureNonceUsed() throws IOException {
        SdkHttpRequest signed = acs3(describe(), emulator.aliyunCredentials(), time.now(), "the-same-nonce");

        assertEquals(200, send(signed).statusCode());
        assertAliyunError(send(signed), 400, "SignatureNonceUsed");
    }

    @Test
    void refusedRequest_doesNotBurnItsNonce() throws IOException {
        AliyunCredentials forged = AliyunCredentials.of(emulator.aliyunCredentials().accessKeyId(), "wrong");
        send(acs3(describe(), forged, time.now(), "nonce-1"));

        assertEquals(200, send(acs3(describe(), emulator.aliyunCredentials(), time.now(), "nonce-1")).statusCode());
    }

    @Test
    void missingOrMalformedSignature_isRefusedWithIncompleteSignature() throws IOException {
        SdkHttpRequest signed = acs3(describe(), emulator.aliyunCredentials(), time.now(), "n");
        String authorization = signed.headers().first("Authorization").orElseThrow();

        assertAliyunError(send(describe()), 400, "IncompleteSignature");
        assertAliyunError(send(signed.toBuilder().setHeader("Authorization", "garbage").build()), 400, "IncompleteSignature");
        assertAliyunError(send(signed.toBuilder().setHeader("Authorization",
                authorization.replace("ACS3-HMAC-SHA256", "ACS3-HMAC-MD5")).build()), 400, "IncompleteSignature");
        assertAliyunError(send(signed.toBuilder().setHeader("Authorization",
                authorization.replace("x-acs-signature-nonce;", "")).build()), 400, "IncompleteSignature");
    }

    @Test
    void alteredParameterAfterSigning_isRefusedWithSignatureDoesNotMatch() throws IOException {
        SdkHttpRequest signed = acs3(describe(), emulator.aliyunCredentials(), time.now(), "n");
        SdkHttpRequest altered = signed.toBuilder().removeQueryParameter("RegionId").addQueryParameter("RegionId", "cn-beijing")
                .build();

        assertAliyunError(send(altered), 400, "SignatureDoesNotMatch");
    }

    @Test
    void contentDigestThatIsNotTheBodys_isRefusedWithSignatureDoesNotMatch() throws IOException {
        SdkHttpRequest withBody = describe().toBuilder().body("{}".getBytes(StandardCharsets.UTF_8))
                .setHeader("Content-Type", "application/json").build();
        SdkHttpRequest signed = acs3(withBody, emulator.aliyunCredentials(), time.now(), "n");
        SdkHttpRequest lying = signed.toBuilder().setHeader("x-acs-content-sha256", DigestAlgorithm.SHA256.hexHash(new byte[0]))
                .build();

        assertEquals(200, send(signed).statusCode());
        assertAliyunError(send(lying), 400, "SignatureDoesNotMatch");
    }

    @Test
    void stsCredentials_needTheirSecurityToken() throws IOException {
        AliyunCredentials sts = AliyunCredentials.of("STS.NUgYrLnoEmulated", "sts-made-up-secret", "sts-made-up-token");
        emulator.registerAliyunCredentials(sts);

        assertEquals(200, sendSigned(sts).statusCode());
        assertAliyunError(sendSigned(AliyunCredentials.of(sts.accessKeyId(), sts.accessKeySecret())), 400,
                "InvalidSecurityToken.MismatchWithAccessKey");
        assertAliyunError(sendSigned(AliyunCredentials.of(sts.accessKeyId(), sts.accessKeySecret(), "another-token")), 400,
                "InvalidSecurityToken.MismatchWithAccessKey");
    }

    @Test
    void expiredStsCredentials_areRefusedWithInvalidSecurityTokenExpired() throws IOException {
        AliyunCredentials sts = AliyunCredentials.temporary("STS.ExpiringEmulated", "sts-secret", "sts-token",
                time.now().plus(Duration.ofMinutes(5)));
        emulator.registerAliyunCredentials(sts);
        assertEquals(200, sendSigned(sts).statusCode());

        time.advance(Duration.ofMinutes(6));

        assertAliyunError(sendSigned(sts), 400, "InvalidSecurityToken.Expired");
    }

    @Test
    void rpcV1_withEverythingInTheQuery_isAccepted() throws IOException {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method("POST").endpoint(emulator.baseUri())
                .addQueryParameter("Action", "DescribeFailoverTestJobs").addQueryParameter("Version", "2016-04-28")
                .addQueryParameter("Format", "JSON").addQueryParameter("RegionId", REGION).build();
        SdkHttpRequest signed = RpcV1Signer.create().sign(unsigned, emulator.aliyunCredentials(), time.now(), "rpc-nonce");
        SdkHttpRequest forged = RpcV1Signer.create().sign(unsigned,
                AliyunCredentials.of(emulator.aliyunCredentials().accessKeyId(), "wrong"), time.now(), "rpc-nonce-2");

        assertEquals(200, send(signed).statusCode());
        assertEquals(EmulatedOperation.VPC_DESCRIBE_FAILOVER_TEST_JOBS, emulator.lastCall().orElseThrow().operation());
        assertAliyunError(send(signed), 400, "SignatureNonceUsed");
        assertAliyunError(send(forged), 400, "SignatureDoesNotMatch");
    }

    @Test
    void rpcV1_withStsTokenAndParametersInAFormBody_isAccepted() throws IOException {
        AliyunCredentials sts = AliyunCredentials.of("STS.RpcEmulated", "rpc-sts-secret", "rpc-sts-token");
        emulator.registerAliyunCredentials(sts);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method("POST").endpoint(emulator.baseUri())
                .addQueryParameter("Action", "DescribeFailoverTestJobs").addQueryParameter("Version", "2016-04-28")
                .addQueryParameter("Format", "JSON").addQueryParameter("RegionId", REGION).build();
        SdkHttpRequest signed = RpcV1Signer.create().sign(unsigned, sts, time.now(), "form-nonce");
        byte[] form = signed.encodedQuery().getBytes(StandardCharsets.UTF_8);

        RawHttp.Response response = RawHttp.send(emulator.port(), "POST / HTTP/1.1\r\nHost: " + emulator.baseUri().getAuthority()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length, form);

        assertEquals(200, response.status(), response.body());
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, emulator.lastCall().orElseThrow().authOutcome());
    }

    /**
     * What tea-openapi puts on the wire: parameters in arbitrary order, form-encoded ({@code +}
     * for a space, signed as {@code %20}), lower-case header names, a signed
     * {@code x-acs-credentials-provider}, STS headers, and an empty body sent chunked.
     */
    @Test
    void officialSdkWireShape_withStsAndChunkedEmptyBody_isAccepted() throws IOException {
        AliyunCredentials sts = AliyunCredentials.of("STS.TeaOpenapiEmulated", "tea-sts-secret", "tea-sts-token");
        emulator.registerAliyunCredentials(sts);
        emulator.vpc().newJob(REGION).name("drill a+b").create();
        emulator.vpc().newJob(REGION).name("other").create();
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC).format(time.now());
        String host = emulator.baseUri().getAuthority();
        String[][] headers = {
            {"host", host},
            {"x-acs-version", "2016-04-28"},
            {"x-acs-action", "DescribeFailoverTestJobs"},
            {"user-agent", "AlibabaCloud (Linux; amd64) Java/17 tea/1.1.14 TeaDSL/1"},
            {"x-acs-date", date},
            {"x-acs-signature-nonce", "9a3fd3f3e1d04f76b1a5f5d1f2c09a1e"},
            {"x-acs-content-sha256", DigestAlgorithm.SHA256.hexHash(new byte[0])},
            {"x-acs-credentials-provider", "sts"},
            {"x-acs-accesskey-id", sts.accessKeyId()},
            {"x-acs-security-token", "tea-sts-token"},
        };
        // Decoded parameters, in the (unsorted) order the official SDK sends them.
        List<QueryParameter> query = List.of(new QueryParameter("Filter.1.Value.1", "drill a+b"),
                new QueryParameter("RegionId", REGION), new QueryParameter("Filter.1.Key", "JobName"));
        SdkHttpRequest.Builder signable = SdkHttpRequest.builder().method("POST").endpoint(emulator.baseUri());
        query.forEach(p -> signable.addQueryParameter(p.name(), p.value()));
        List<String> signed = new ArrayList<>();
        for (String[] h : headers) {
            signable.addHeader(h[0], h[1]);
            if (h[0].equals("host") || h[0].startsWith("x-acs-")) {
                signed.add(h[0]);
            }
        }
        String signature = Acs3Signer.hmacSha256().signature(signable.build(), signed, sts.accessKeySecret()).signature();
        StringBuilder head = new StringBuilder("POST /?");
        for (Iterator<QueryParameter> it = query.iterator(); it.hasNext(); ) {
            QueryParameter p = it.next();
            head.append(p.name()).append('=').append(formEncode(p.value())).append(it.hasNext() ? "&" : "");
        }
        head.append(" HTTP/1.1");
        for (String[] h : headers) {
            head.append("\r\n").append(h[0]).append(": ").append(h[1]);
        }
        signed.sort(null);
        head.append("\r\nauthorization: ACS3-HMAC-SHA256 Credential=").append(sts.accessKeyId()).append(",SignedHeaders=")
                .append(String.join(";", signed)).append(",Signature=").append(signature)
                .append("\r\ntransfer-encoding: chunked");

        RawHttp.Response response = RawHttp.send(emulator.port(), head.toString(), "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        assertEquals(200, response.status(), response.body());
        JsonNode jobs = JSON.readTree(response.body()).get("FailoverTestJobList");
        assertEquals(1, jobs.size());
        assertEquals("drill a+b", jobs.get(0).get("Name").asText());
        assertEquals("drill a+b", emulator.lastCall().orElseThrow().queryParameter("Filter.1.Value.1").orElseThrow());
    }

    /** {@code application/x-www-form-urlencoded}, as the official SDK writes a query: a space is {@code +}. */
    private static String formEncode(String value) {
        return PercentEncoding.encode(value).replace("%20", "+");
    }

    @Test
    void unknownActionOrVersion_isAnsweredWithInvalidActionNotFound() throws IOException {
        SdkHttpRequest unknownAction = describe().toBuilder().setHeader("x-acs-action", "DescribeVpcs").build();
        SdkHttpRequest oldVersion = describe().toBuilder().setHeader("x-acs-version", "2014-05-15").build();

        SdkHttpResponse a = send(acs3(unknownAction, emulator.aliyunCredentials(), time.now(), "a"));
        assertEquals(404, a.statusCode());
        assertEquals("InvalidAction.NotFound", body(a).get("Code").asText());
        assertEquals(EmulatedOperation.ALIYUN_UNKNOWN, emulator.lastCall().orElseThrow().operation());
        assertEquals(404, send(acs3(oldVersion, emulator.aliyunCredentials(), time.now(), "b")).statusCode());
    }

    @Test
    void everyAnswer_carriesTheEmulatorsTimeInItsDateHeader() throws IOException {
        time.advance(Duration.ofSeconds(42));

        SdkHttpResponse response = sendSigned(emulator.aliyunCredentials());

        assertEquals(DateTimeFormatter.RFC_1123_DATE_TIME.format(time.now().atZone(ZoneOffset.UTC)),
                response.header("Date").orElseThrow());
    }
}
