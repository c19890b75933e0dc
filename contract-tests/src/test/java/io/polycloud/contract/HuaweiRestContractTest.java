package io.polycloud.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.SdkResponse;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.credentials.huawei.HuaweiToken;
import io.polycloud.core.credentials.huawei.HuaweiTokenProvider;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.HuaweiSignatures;
import io.polycloud.core.testsupport.RecordedRequests;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every Huawei Cloud operation shares: where the project id comes from, IAM tokens instead
 * of signatures, temporary credentials, retries of a 503, answers without a request id, and logs
 * that never show a secret.
 */
class HuaweiRestContractTest extends Fixture {

    private static final String OTHER_PROJECT = "fedcba9876543210fedcba9876543210";
    private static final HuaweiToken TOKEN = HuaweiToken.of("iam-token-secret-value", Instant.parse("2026-11-23T10:00:00Z"), PROJECT);

    @ParameterizedTest
    @EnumSource(value = Contract.class, names = "(DRS|DDS|LAKEFORMATION)_.*", mode = EnumSource.Mode.MATCH_ANY)
    void operation_withProjectIdOnlyOnTemporaryCredentials_usesItAndSignsTheSecurityToken(Contract row) throws Exception {
        server.enqueue(row.success);
        try (Clients c = huaweiClients(b -> b.credentials(HuaweiCredentials.builder().accessKey(HUAWEI_AK).secretKey(HUAWEI_SK)
                .projectId(OTHER_PROJECT).securityToken("sts-token-example").build()))) {
            row.call(c);
        }
        RecordedRequest r = take();
        assertEquals(row.target.replace(PROJECT, OTHER_PROJECT), r.getTarget());
        assertEquals(OTHER_PROJECT, r.getHeaders().get("X-Project-Id"));
        assertEquals("sts-token-example", r.getHeaders().get("X-Security-Token"));
        HuaweiSignatures.assertSigned(r, HUAWEI_AK, HUAWEI_SK, row.signedHeaders + ";x-security-token");
    }

    @ParameterizedTest
    @EnumSource(value = Contract.class, names = "(DRS|DDS|LAKEFORMATION)_.*", mode = EnumSource.Mode.MATCH_ANY)
    void operation_withTokenProvider_sendsTheAuthTokenInsteadOfASignature(Contract row) throws Exception {
        server.enqueue(row.success);
        try (Clients c = huaweiClients(b -> b.tokenProvider(HuaweiTokenProvider.of(TOKEN)))) {
            row.call(c);
        }
        RecordedRequest r = take();
        assertEquals(row.target, r.getTarget());
        assertEquals("iam-token-secret-value", r.getHeaders().get("X-Auth-Token"));
        Set<String> expected = new TreeSet<>(row.cloud.wireHeaders);
        expected.removeAll(Set.of("authorization", "x-sdk-date"));
        expected.add("x-auth-token");
        if (row.signedHeaders.contains("x-language")) {
            expected.add("x-language");
        }
        assertEquals(expected, RecordedRequests.headerNames(r));
    }

    @ParameterizedTest
    @EnumSource(value = Contract.class, names = "(DRS|DDS|LAKEFORMATION)_.*", mode = EnumSource.Mode.MATCH_ANY)
    void operation_withoutAnyProjectId_failsBeforeSending(Contract row) {
        try (Clients c = huaweiClients(b -> b.credentials(HuaweiCredentials.of(HUAWEI_AK, HUAWEI_SK)))) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> row.call(c));
            assertTrue(e.getMessage().contains("projectId"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @EnumSource(value = Contract.class, names = {"DRS_DELETE_JOB", "DDS_CANCEL_SCHEDULED_TASK", "LAKEFORMATION_DELETE_JOB"})
    void requestIdOnlyOperation_on2xxWithoutRequestIdOrBody_returnsAnEmptyRequestId(Contract row) {
        server.enqueue(new MockResponse.Builder().code(row.success.getCode()).build());
        assertTrue(((SdkResponse) row.call(clients())).requestId().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = Contract.class, names = "(DRS|DDS|LAKEFORMATION)_.*", mode = EnumSource.Mode.MATCH_ANY)
    void operation_after503Twice_retriesWithBackoffResigningEachAttempt(Contract row) throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-503-a").body("").build());
        server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-503-b")
                .body("<html>Service Unavailable</html>").build());
        server.enqueue(row.success);
        assertEquals(row.expectedResponse, row.call(clients()));
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.sleeps());
        assertEquals(3, server.getRequestCount());
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = take();
            assertEquals(row.target, r.getTarget());
            assertSigned(r, row);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Contract.class, names = "(DRS|DDS|LAKEFORMATION)_.*", mode = EnumSource.Mode.MATCH_ANY)
    void operation_after503OnEveryAttempt_reportsTheAttemptsAndTheLastRequestId(Contract row) {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-503-" + i).build());
        }
        ServiceException e = assertThrows(ServiceException.class, () -> row.call(clients()));
        assertEquals(503, e.httpStatus());
        assertEquals("HTTP_503", e.errorCode());
        assertEquals(4, e.attempts());
        assertEquals("req-503-3", e.requestId().orElseThrow());
        assertFalse(time.sleeps().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = Contract.class, names = "(DRS|DDS|LAKEFORMATION)_.*", mode = EnumSource.Mode.MATCH_ANY)
    void operation_logsTheCallButNoSecret(Contract row) {
        server.enqueue(row.success);
        server.enqueue(row.success);
        CapturedLogs.clear();
        try (Clients c = huaweiClients(b -> b.credentials(HuaweiCredentials.builder().accessKey(HUAWEI_AK).secretKey(HUAWEI_SK)
                .securityToken("sts-token-secret-value").projectId(PROJECT).build()))) {
            row.call(c);
        }
        try (Clients c = huaweiClients(b -> b.tokenProvider(HuaweiTokenProvider.of(TOKEN)))) {
            row.call(c);
        }
        String logs = CapturedLogs.text();
        assertTrue(logs.contains(row.operation), logs);
        assertFalse(logs.contains(HUAWEI_SK));
        assertFalse(logs.contains("sts-token-secret-value"));
        assertFalse(logs.contains("iam-token-secret-value"));
    }

    @Test
    void drsDeleteJob_withoutLanguage_sendsNoLanguageHeaderAndSignsWithoutIt() throws Exception {
        server.enqueue(Contract.DRS_DELETE_JOB.success);
        clients().drs().deleteJob(DeleteJobRequest.builder().jobId(Contract.Requests.DRS_JOB).build());
        RecordedRequest r = take();
        assertNull(r.getHeaders().get("X-Language"));
        assertEquals(Cloud.HUAWEI.wireHeaders, RecordedRequests.headerNames(r));
        HuaweiSignatures.assertSigned(r, HUAWEI_AK, HUAWEI_SK, HUAWEI_SIGNED);
    }

    @Test
    void signatureCheck_withAnotherSecretOrHeaderSet_fails() throws Exception {
        server.enqueue(Contract.DRS_DELETE_JOB.success);
        Contract.DRS_DELETE_JOB.call(clients());
        RecordedRequest r = take();
        assertThrows(AssertionError.class,
                () -> HuaweiSignatures.assertSigned(r, HUAWEI_AK, "another-secret", Contract.DRS_DELETE_JOB.signedHeaders));
        assertThrows(AssertionError.class, () -> HuaweiSignatures.assertSigned(r, HUAWEI_AK, HUAWEI_SK, HUAWEI_SIGNED));
    }
}
