package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.credentials.huawei.IamTokenProvider;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.http.okhttp.OkHttpTransport;
import io.polycloud.core.internal.signing.huawei.SdkHmacSigner;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator checks Huawei Cloud SDK-HMAC signatures and IAM tokens as API Gateway does, on raw
 * requests signed with the core signer and through the real clients.
 */
class HuaweiAuthenticationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeTime time = new FakeTime();
    private PolycloudEmulator emulator;
    private OkHttpTransport transport;

    @BeforeEach
    void start() {
        emulator = Fixtures.emulator(time);
        transport = OkHttpTransport.create();
        emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
    }

    @AfterEach
    void stop() {
        transport.close();
        emulator.close();
    }

    /** What the official SDK sends: Content-Type (not signed), user agent and project id (signed). */
    private SdkHttpRequest deleteDrsJob(String projectId, String jobId) {
        return SdkHttpRequest.builder().method("DELETE").endpoint(emulator.baseUri())
                .appendEncodedPath("/v5").appendPathSegment(projectId).appendEncodedPath("/jobs").appendPathSegment(jobId)
                .addHeader("Content-Type", "application/json").addHeader("User-Agent", "huaweicloud-usdk-java/3.0")
                .addHeader("X-Project-Id", projectId).build();
    }

    private SdkHttpResponse sendSigned(SdkHmacSigner signer, HuaweiCredentials credentials, Instant at) throws IOException {
        SdkHttpRequest signed = signer.sign(deleteDrsJob(emulator.huaweiProjectId(), "job-1"), credentials, at);
        return transport.execute(signed, Duration.ofSeconds(5));
    }

    private void assertApigError(SdkHttpResponse response, int status, String code, String message) throws IOException {
        assertEquals(status, response.statusCode(), response.bodyAsString());
        JsonNode body = JSON.readTree(response.body());
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("error_msg", "error_code", "request_id"), fields);
        assertEquals(code, body.get("error_code").asText());
        assertEquals(message, body.get("error_msg").asText());
        assertEquals(response.header("X-Request-Id").orElseThrow(), body.get("request_id").asText());
        assertEquals(RecordedCall.AuthOutcome.REJECTED, emulator.lastCall().orElseThrow().authOutcome());
        assertEquals(1, emulator.drs().jobs().size(), "a refused request deletes nothing");
    }

    @Test
    void sdkHmacSha256_withContentTypeUnsigned_isAccepted() throws IOException {
        SdkHttpResponse response = sendSigned(SdkHmacSigner.hmacSha256(), emulator.huaweiCredentials(), time.now());

        assertEquals(200, response.statusCode(), response.bodyAsString());
        assertEquals("{}", response.bodyAsString());
        assertTrue(response.header("X-Request-Id").orElseThrow().matches("[0-9a-f]{32}"));
        RecordedCall call = emulator.lastCall().orElseThrow();
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, call.authOutcome());
        assertEquals(emulator.huaweiCredentials().accessKey(), call.accessKeyId().orElseThrow());
        assertTrue(call.headers().first("Authorization").orElseThrow().contains("SignedHeaders=host;user-agent;x-project-id;x-sdk-date,"));
        assertTrue(emulator.drs().jobs().isEmpty());
    }

    @Test
    void sdkHmacSm3_isAccepted() throws IOException {
        assertEquals(200, sendSigned(SdkHmacSigner.hmacSm3(), emulator.huaweiCredentials(), time.now()).statusCode());
    }

    @Test
    void wrongSecretKey_isRefusedWithApig0301() throws IOException {
        HuaweiCredentials forged = HuaweiCredentials.of(emulator.huaweiCredentials().accessKey(), "not-the-secret");

        assertApigError(sendSigned(SdkHmacSigner.hmacSha256(), forged, time.now()), 401, "APIG.0301",
                "Incorrect IAM authentication information: verify aksk signature fail");
    }

    @Test
    void unknownAccessKey_isRefusedWithApig0301() throws IOException {
        assertApigError(sendSigned(SdkHmacSigner.hmacSha256(), HuaweiCredentials.of("UNKNOWNAK00000000001", "sk"), time.now()),
                401, "APIG.0301", "Incorrect IAM authentication information: the access key does not exist");
    }

    @Test
    void sdkDateMoreThan15MinutesOff_isRefusedAsSignatureExpired() throws IOException {
        SdkHttpResponse response = sendSigned(SdkHmacSigner.hmacSha256(), emulator.huaweiCredentials(),
                time.now().minus(Duration.ofMinutes(16)));

        assertApigError(response, 401, "APIG.0301", "Incorrect IAM authentication information: signature expired: "
                + "X-Sdk-Date is more than 15 minutes from the server time");
    }

    @Test
    void noCredentialsAtAll_isRefusedWithApig0301() throws IOException {
        SdkHttpResponse response = transport.execute(deleteDrsJob(emulator.huaweiProjectId(), "job-1"), Duration.ofSeconds(5));

        assertApigError(response, 401, "APIG.0301", "Incorrect IAM authentication information: no X-Auth-Token and no "
                + "'SDK-HMAC-SHA256 Access=…' Authorization header");
    }

    @Test
    void temporaryCredentials_needTheirSignedSecurityToken() throws IOException {
        HuaweiCredentials temporary = HuaweiCredentials.builder().accessKey("TEMPAKEMULATED000001").secretKey("temp-secret")
                .securityToken("temp-security-token").build();
        emulator.registerHuaweiCredentials(temporary);
        HuaweiCredentials otherToken = HuaweiCredentials.builder().accessKey(temporary.accessKey())
                .secretKey(temporary.secretKey()).securityToken("another-token").build();

        assertApigError(sendSigned(SdkHmacSigner.hmacSha256(), otherToken, time.now()), 401, "APIG.0301",
                "Incorrect IAM authentication information: the security token does not belong to the access key");
        assertEquals(200, sendSigned(SdkHmacSigner.hmacSha256(), temporary, time.now()).statusCode());
        assertTrue(emulator.lastCall().orElseThrow().headers().first("Authorization").orElseThrow().contains("x-security-token"));
    }

    @Test
    void lakeFormationRefusal_carriesItsRequestIdInXRequestIdSpelledAsTheServiceDoes() throws IOException {
        SdkHttpRequest request = SdkHttpRequest.builder().method("DELETE").endpoint(emulator.baseUri())
                .appendEncodedPath("/v1/" + emulator.huaweiProjectId() + "/instances/i-1/lf-jobs/j-1").build();

        SdkHttpResponse response = transport.execute(request, Duration.ofSeconds(5));

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().names().contains("X-request-id"), response.headers().toString());
        assertEquals(response.header("X-request-id").orElseThrow(),
                JSON.readTree(response.body()).get("request_id").asText());
    }

    private IamTokenProvider tokens(String projectId) {
        IamUser user = emulator.iamUser();
        return IamTokenProvider.builder().endpoint(emulator.baseUri()).domainName(user.domainName())
                .userName(user.userName()).password(user.password()).projectId(projectId).clock(time.clock()).build();
    }

    private DrsClient drsWithToken(IamTokenProvider tokens, String projectId) {
        return DrsClient.builder().region(Fixtures.HUAWEI_REGION).endpointOverride(emulator.baseUri())
                .tokenProvider(tokens).projectId(projectId).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(Fixtures.retries()).build();
    }

    @Test
    void iamToken_fromTheEmulatorsIam_isAcceptedAsXAuthToken() {
        try (IamTokenProvider tokens = tokens(emulator.huaweiProjectId());
             DrsClient drs = drsWithToken(tokens, emulator.huaweiProjectId())) {
            drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());
        }

        List<RecordedCall> calls = emulator.calls();
        assertEquals(EmulatedOperation.IAM_CREATE_TOKEN, calls.get(0).operation());
        assertEquals(RecordedCall.AuthOutcome.NOT_REQUIRED, calls.get(0).authOutcome());
        assertEquals(201, calls.get(0).status().orElseThrow());
        RecordedCall delete = calls.get(1);
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, delete.authOutcome());
        assertEquals(emulator.iamUser().userName(), delete.accessKeyId().orElseThrow());
        assertTrue(delete.headers().first("X-Auth-Token").orElseThrow().startsWith("MII"));
        assertTrue(emulator.drs().jobs().isEmpty());
    }

    @Test
    void iamToken_answer_carriesExpiryAndProjectInTheBodyAndTheTokenInXSubjectToken() throws IOException {
        SdkHttpResponse response = requestToken(emulator.iamUser().password(), "{\"name\":\"cn-north-4\"}");

        assertEquals(201, response.statusCode(), response.bodyAsString());
        assertTrue(response.header("X-Subject-Token").orElseThrow().startsWith("MII"));
        JsonNode token = JSON.readTree(response.body()).get("token");
        assertEquals(time.now().plus(Duration.ofHours(24)), Instant.parse(token.get("expires_at").asText()));
        assertEquals("cn-north-4", token.get("project").get("name").asText());
        assertTrue(token.get("project").get("id").asText().matches("[0-9a-f]{32}"));
    }

    private SdkHttpResponse requestToken(String password, String project) throws IOException {
        IamUser user = emulator.iamUser();
        String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\""
                + user.userName() + "\",\"password\":\"" + password + "\",\"domain\":{\"name\":\"" + user.domainName()
                + "\"}}}},\"scope\":{\"project\":" + project + "}}}";
        SdkHttpRequest request = SdkHttpRequest.builder().method("POST").endpoint(emulator.baseUri())
                .appendEncodedPath("/v3/auth/tokens").addHeader("Content-Type", "application/json;charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).build();
        return transport.execute(request, Duration.ofSeconds(5));
    }

    @Test
    void iamWrongPassword_isRefusedWith401() {
        emulator.registerIamUser(new IamUser(emulator.iamUser().domainName(), "other-user", "right-password"));
        IamUser wrong = new IamUser(emulator.iamUser().domainName(), "other-user", "wrong-password");
        try (IamTokenProvider tokens = IamTokenProvider.builder().endpoint(emulator.baseUri()).domainName(wrong.domainName())
                .userName(wrong.userName()).password(wrong.password()).projectId(emulator.huaweiProjectId())
                .clock(time.clock()).build()) {
            ServiceException e = assertThrows(ServiceException.class, tokens::resolveToken);

            assertEquals(401, e.httpStatus());
            assertEquals("iam", e.service());
            assertEquals("The username or password is wrong.", e.errorMessage());
            assertEquals(ErrorCategory.AUTHENTICATION, e.category());
        }
    }

    @Test
    void unknownOrExpiredToken_isRefusedWithApig1002() throws IOException {
        String token = requestToken(emulator.iamUser().password(), "{\"id\":\"" + emulator.huaweiProjectId() + "\"}")
                .header("X-Subject-Token").orElseThrow();
        SdkHttpRequest request = deleteDrsJob(emulator.huaweiProjectId(), "job-1");

        SdkHttpResponse unknown = transport.execute(request.toBuilder().setHeader("X-Auth-Token", "MIInot-issued").build(),
                Duration.ofSeconds(5));
        time.advance(Duration.ofHours(24));
        SdkHttpResponse expired = transport.execute(request.toBuilder().setHeader("X-Auth-Token", token).build(),
                Duration.ofSeconds(5));

        assertApigError(unknown, 401, "APIG.1002", "Incorrect token or token resolution failed");
        assertApigError(expired, 401, "APIG.1002", "Incorrect token or token resolution failed");
    }

    @Test
    void revokedToken_isRefusedOnce_andTheClientFetchesANewOne() {
        emulator.drs().putJob("job-2", EmulatedDrs.STOPPED);
        try (IamTokenProvider tokens = tokens(emulator.huaweiProjectId());
             DrsClient drs = drsWithToken(tokens, emulator.huaweiProjectId())) {
            drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());
            emulator.revokeIamTokens();
            drs.deleteJob(DeleteJobRequest.builder().jobId("job-2").build());
        }

        assertEquals(2, emulator.calls(EmulatedOperation.IAM_CREATE_TOKEN).size());
        List<RecordedCall> deletes = emulator.calls(EmulatedOperation.DRS_DELETE_JOB);
        assertEquals(List.of("ACCEPTED", "REJECTED", "ACCEPTED"), deletes.stream().map(c -> c.authOutcome().name()).toList());
        assertEquals("APIG.1002", deletes.get(1).errorCode().orElseThrow());
        assertTrue(emulator.drs().jobs().isEmpty());
    }

    @Test
    void tokenScopedToAnotherProject_isRefusedWithTheServicesInvalidProjectCode() {
        emulator.drs().putJob("other-project", "job-1", EmulatedDrs.STOPPED);
        try (IamTokenProvider tokens = tokens(emulator.huaweiProjectId());
             DrsClient drs = drsWithToken(tokens, "other-project")) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build()));

            assertEquals(403, e.httpStatus());
            assertEquals("DRS.M00261", e.errorCode());
            assertEquals(2, emulator.drs().jobs().size());
        }
    }
}
