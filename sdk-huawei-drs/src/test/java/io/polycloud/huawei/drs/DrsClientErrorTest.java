package io.polycloud.huawei.drs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.PublishedErrorCodes;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
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

class DrsClientErrorTest {

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

    /** Each documented code, with the status, message and category a caller should see. */
    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                error("job does not exist", 400, "DRS.10000010", "Job does not exist, please check job ID.", ErrorCategory.NOT_FOUND),
                error("job not stopped", 400, "DRS.M00304", "This API cannot be called in the current task status.", ErrorCategory.INVALID_STATE),
                error("task information missing", 400, "DRS.M05003", "Task information not found.", ErrorCategory.NOT_FOUND),
                error("already deleted", 400, "DRS.M05004", "The task has been deleted or the resource has been released.", ErrorCategory.NOT_FOUND),
                error("too frequent", 400, "DRS.M01503", "Operation too frequent. Try again later.", ErrorCategory.THROTTLING),
                error("invalid request parameter", 400, "DRS.M00007", "Invalid request parameter.", ErrorCategory.INVALID_PARAMETER),
                error("parameter error", 400, "DRS.M00200", "Parameter error.", ErrorCategory.INVALID_PARAMETER),
                error("parameter empty", 400, "DRS.M00201", "The parameter job_id is empty.", ErrorCategory.INVALID_PARAMETER),
                error("parameter invalid", 400, "DRS.M00202", "The value of parameter job_id is invalid.", ErrorCategory.INVALID_PARAMETER),
                error("invalid project id", 403, "DRS.M00261", "Invalid project ID.", ErrorCategory.INVALID_PARAMETER),
                error("invalid token", 403, "DRS.M00100", "Invalid token.", ErrorCategory.AUTHENTICATION),
                error("user role empty", 404, "DRS.M00101", "The user role is empty.", ErrorCategory.AUTHORIZATION),
                error("insufficient permissions", 403, "DRS.M00102", "You do not have sufficient permissions.", ErrorCategory.AUTHORIZATION),
                error("no operation permission", 401, "DRS.M00103",
                        "You do not have operation permissions. Check account permissions on IAM.", ErrorCategory.AUTHORIZATION),
                error("user restricted", 400, "DRS.M00105", "User restricted.", ErrorCategory.AUTHORIZATION),
                error("service abnormal", 422, "DRS.M00004", "Service is abnormal. Check logs.", ErrorCategory.SERVER_ERROR),
                error("service error", 422, "DRS.M01501", "Service error.", ErrorCategory.SERVER_ERROR));
    }

    private static Arguments error(String what, int status, String code, String message, ErrorCategory category) {
        return Arguments.of(what, status, code, message, category);
    }

    @ParameterizedTest(name = "deleteJob when {0} ({2}) throws {4}")
    @MethodSource("documentedErrors")
    void deleteJob_onDocumentedError_throwsServiceExceptionWithCategory(String what, int status, String code,
                                                                        String message, ErrorCategory category) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", "req-" + code)
                .body("{\n  \"error_code\" : \"" + code + "\",\n  \"error_msg\" : \"" + message + "\"\n}").build());
        try (DrsClient drs = DrsTestClients.builder(server, time)
                .credentials(io.polycloud.core.credentials.huawei.HuaweiCredentials.of(DrsTestClients.AK, DrsTestClients.SK))
                .projectId(DrsTestClients.PROJECT).retryPolicy(RetryPolicy.none()).build()) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> drs.deleteJob(DeleteJobRequest.builder().jobId("dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20r").build()));
            assertEquals(status, e.httpStatus());
            assertEquals(code, e.errorCode());
            assertEquals(message, e.errorMessage());
            assertEquals("req-" + code, e.requestId().orElseThrow());
            assertEquals(category, e.category());
            assertEquals("huawei", e.provider());
            assertEquals("drs", e.service());
            assertEquals("DeleteJob", e.operation());
            assertEquals(1, e.attempts());
        }
    }

    @Test
    void catalog_listsEveryPublishedCodeAndTheTestsCoverEachOne() {
        List<String> published = PublishedErrorCodes.keys(DrsErrorCodes.class);
        assertEquals(published, PublishedErrorCodes.keys(DrsErrorCodes.catalog().codes()));
        assertEquals(published, documentedErrors().map(Arguments::get).map(a -> a[2] + "@" + a[1]).sorted().toList());
        for (ErrorCode code : DrsErrorCodes.catalog().codes()) {
            Object[] row = documentedErrors().map(Arguments::get)
                    .filter(a -> a[2].equals(code.code()) && a[1].equals(code.httpStatus())).findFirst().orElseThrow();
            assertEquals(row[4], code.category(), code.code());
        }
    }

    @Test
    void deleteJob_onUndocumentedCode_fallsBackToTheHttpStatusCategory() {
        server.enqueue(new MockResponse.Builder().code(409).addHeader("X-Request-Id", "req-unknown")
                .body("{\"error_code\":\"DRS.99999999\",\"error_msg\":\"something new\"}").build());
        try (DrsClient drs = DrsTestClients.akSk(server, time)) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> drs.deleteJob(DeleteJobRequest.builder().jobId("job").build()));
            assertEquals("DRS.99999999", e.errorCode());
            assertEquals(ErrorCategory.CONFLICT, e.category());
            assertFalse(e.retryable());
        }
    }
}
