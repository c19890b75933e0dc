package io.polycloud.huawei.dds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.PublishedErrorCodes;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
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

class DdsClientErrorTest {

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
                error("parameter error", 400, "DBS.200001", "Parameter error", ErrorCategory.INVALID_PARAMETER),
                error("task not found", 400, "DBS.280016", "Resource not found.", ErrorCategory.NOT_FOUND),
                error("request not allowed in the current status", 403, "DBS.280042", "Invalid request.", ErrorCategory.INVALID_STATE),
                error("invalid project id", 400, "DBS.280408", "Invalid project id.", ErrorCategory.INVALID_PARAMETER),
                error("invalid token", 401, "DBS.280056", "Invalid token.", ErrorCategory.AUTHENTICATION),
                error("permission denied", 400, "DBS.280015", "Permission denied.", ErrorCategory.AUTHORIZATION),
                error("no permission", 403, "DBS.280032",
                        "You do not have permission to perform this operation. Contact the administrator to obtain permission.",
                        ErrorCategory.AUTHORIZATION),
                error("missing permission", 403, "DBS.280063",
                        "You do not have following permission to perform this operation: dds:instance:cancelScheduledJob. "
                                + "Contact the administrator to obtain permission.", ErrorCategory.AUTHORIZATION),
                error("fine-grained authorization failed", 401, "DBS.280064", "Check PDP permissions failed.", ErrorCategory.AUTHORIZATION),
                error("too many requests", 429, "DBS.280443", "The maximum number of connections has been reached.", ErrorCategory.THROTTLING),
                error("system busy", 400, "DBS.200998", "The system is busy. Try again later.", ErrorCategory.THROTTLING),
                error("server error", 500, "DBS.280005", "Server error. Try again later.", ErrorCategory.SERVER_ERROR));
    }

    private static Arguments error(String what, int status, String code, String message, ErrorCategory category) {
        return Arguments.of(what, status, code, message, category);
    }

    @ParameterizedTest(name = "cancelScheduledTask when {0} ({2}) throws {4}")
    @MethodSource("documentedErrors")
    void cancelScheduledTask_onDocumentedError_throwsServiceExceptionWithCategory(String what, int status, String code,
                                                                        String message, ErrorCategory category) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", "req-" + code)
                .body("{\n  \"error_code\" : \"" + code + "\",\n  \"error_msg\" : \"" + message + "\"\n}").build());
        try (DdsClient dds = DdsTestClients.builder(server, time)
                .credentials(io.polycloud.core.credentials.huawei.HuaweiCredentials.of(DdsTestClients.AK, DdsTestClients.SK))
                .projectId(DdsTestClients.PROJECT).retryPolicy(RetryPolicy.none()).build()) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("3861199d-c196-4791-bcd0-b45fde754f50").build()));
            assertEquals(status, e.httpStatus());
            assertEquals(code, e.errorCode());
            assertEquals(message, e.errorMessage());
            assertEquals("req-" + code, e.requestId().orElseThrow());
            assertEquals(category, e.category());
            assertEquals("huawei", e.provider());
            assertEquals("dds", e.service());
            assertEquals("CancelScheduledTask", e.operation());
            assertEquals(1, e.attempts());
        }
    }

    @Test
    void catalog_listsEveryPublishedCodeAndTheTestsCoverEachOne() {
        List<String> published = PublishedErrorCodes.keys(DdsErrorCodes.class);
        assertEquals(published, PublishedErrorCodes.keys(DdsErrorCodes.catalog().codes()));
        assertEquals(published, documentedErrors().map(Arguments::get).map(a -> a[2] + "@" + a[1]).sorted().toList());
        for (ErrorCode code : DdsErrorCodes.catalog().codes()) {
            Object[] row = documentedErrors().map(Arguments::get)
                    .filter(a -> a[2].equals(code.code()) && a[1].equals(code.httpStatus())).findFirst().orElseThrow();
            assertEquals(row[4], code.category(), code.code());
        }
    }

    @Test
    void cancelScheduledTask_onUndocumentedCode_fallsBackToTheHttpStatusCategory() {
        server.enqueue(new MockResponse.Builder().code(409).addHeader("X-Request-Id", "req-unknown")
                .body("{\"error_code\":\"DBS.999999\",\"error_msg\":\"something new\"}").build());
        try (DdsClient dds = DdsTestClients.akSk(server, time)) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("job").build()));
            assertEquals("DBS.999999", e.errorCode());
            assertEquals(ErrorCategory.CONFLICT, e.category());
            assertFalse(e.retryable());
        }
    }
}
