package io.polycloud.huawei.lakeformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.PublishedErrorCodes;
import io.polycloud.huawei.lakeformation.model.DeleteJobRequest;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LakeFormationClientErrorTest {

    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Each documented answer, with its body exactly as the API reference prints it. */
    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                error("request unreadable", 400, """
                        {
                          "error_code" : "common.01000001",
                          "error_msg" : "failed to read http request, please check your input, code: 400, reason: Type mismatch., cause: TypeMismatchException"
                        }""", "common.01000001",
                        "failed to read http request, please check your input, code: 400, reason: Type mismatch., cause: TypeMismatchException",
                        ErrorCategory.INVALID_PARAMETER),
                error("token unresolvable (single-quoted body)", 401, """
                        {
                          "error_code": 'APIG.1002',
                          "error_msg": 'Incorrect token or token resolution failed'
                        }""", "APIG.1002", "Incorrect token or token resolution failed", ErrorCategory.AUTHENTICATION),
                error("token refused (nested body)", 403, """
                        {
                          "error" : {
                            "code" : "403",
                            "message" : "X-Auth-Token is invalid in the request",
                            "error_code" : null,
                            "error_msg" : null,
                            "title" : "Forbidden"
                          },
                          "error_code" : "403",
                          "error_msg" : "X-Auth-Token is invalid in the request",
                          "title" : "Forbidden"
                        }""", "403", "X-Auth-Token is invalid in the request", ErrorCategory.AUTHORIZATION),
                error("job not found", 404, """
                        {
                          "error_code" : "common.01000001",
                          "error_msg" : "response status exception, code: 404"
                        }""", "common.01000001", "response status exception, code: 404", ErrorCategory.NOT_FOUND),
                error("timeout", 408, """
                        {
                          "error_code" : "common.00000408",
                          "error_msg" : "timeout exception occurred"
                        }""", "common.00000408", "timeout exception occurred", ErrorCategory.TIMEOUT),
                error("internal error", 500, """
                        {
                          "error_code" : "common.00000500",
                          "error_msg" : "internal error"
                        }""", "common.00000500", "internal error", ErrorCategory.SERVER_ERROR));
    }

    private static Arguments error(String what, int status, String body, String code, String message, ErrorCategory category) {
        return Arguments.of(what, status, body, code, message, category);
    }

    @ParameterizedTest(name = "deleteJob when {0} (HTTP {1}) throws {5}")
    @MethodSource("documentedErrors")
    void deleteJob_onDocumentedError_throwsServiceExceptionWithCategory(String what, int status, String body, String code,
                                                                        String message, ErrorCategory category) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .addHeader("X-request-id", "req-" + status).body(body).build());
        try (LakeFormationClient lakeFormation = LakeFormationTestClients.builder(server, time)
                .credentials(HuaweiCredentials.of(LakeFormationTestClients.AK, LakeFormationTestClients.SK))
                .projectId(LakeFormationTestClients.PROJECT).retryPolicy(RetryPolicy.none()).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> lakeFormation.deleteJob(DeleteJobRequest.builder()
                    .instanceId("2180518f-42b8-4947-b20b-adfc53981a25").jobId("0c4f1b2e-8a4d-4d6f-9e1a-5b7c3d2e1f00").build()));
            assertEquals(status, e.httpStatus());
            assertEquals(code, e.errorCode());
            assertEquals(message, e.errorMessage());
            assertEquals("req-" + status, e.requestId().orElseThrow());
            assertEquals(category, e.category());
            assertEquals("huawei", e.provider());
            assertEquals("lakeformation", e.service());
            assertEquals("DeleteJob", e.operation());
            assertEquals(1, e.attempts());
        }
    }

    @Test
    void catalog_listsEveryPublishedCodeAndTheTestsCoverEachOne() {
        List<String> published = PublishedErrorCodes.keys(LakeFormationErrorCodes.class);
        assertEquals(published, PublishedErrorCodes.keys(LakeFormationErrorCodes.catalog().codes()));
        assertEquals(published, documentedErrors().map(Arguments::get).map(a -> a[3] + "@" + a[1]).sorted().toList());
        for (ErrorCode code : LakeFormationErrorCodes.catalog().codes()) {
            Object[] row = documentedErrors().map(Arguments::get)
                    .filter(a -> a[3].equals(code.code()) && a[1].equals(code.httpStatus())).findFirst().orElseThrow();
            assertEquals(row[5], code.category(), code.code());
        }
    }
}
