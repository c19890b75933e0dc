package io.polycloud.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcErrorCodes;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.testsupport.PublishedErrorCodes;
import io.polycloud.huawei.dds.DdsErrorCodes;
import io.polycloud.huawei.drs.DrsErrorCodes;
import io.polycloud.huawei.lakeformation.LakeFormationErrorCodes;
import java.util.Arrays;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented error code of every operation becomes a {@link ServiceException} with the
 * status, code, message, category and request id a caller branches on; what is not documented
 * falls back to the HTTP status; an unreadable success keeps the status and request id.
 */
class ErrorContractTest extends Fixture {

    /** Each operation with each of its service's documented codes. */
    static Stream<Arguments> documentedErrors() {
        return Arrays.stream(Contract.values())
                .flatMap(row -> row.catalog().codes().stream().map(code -> Arguments.of(row, code)));
    }

    @ParameterizedTest(name = "{0} answering {1}")
    @MethodSource("documentedErrors")
    void operation_onDocumentedError_throwsServiceExceptionWithItsCategory(Contract row, ErrorCode code) {
        String message = "The request cannot be served: " + code.code() + ".";
        server.enqueue(row.cloud.error(code.httpStatus(), code.code(), message, "REQ-" + code.code()));
        try (Clients once = clientsWithoutRetries()) {
            ServiceException e = assertThrows(ServiceException.class, () -> row.call(once));
            assertEquals(code.httpStatus(), e.httpStatus());
            assertEquals(code.code(), e.errorCode());
            assertEquals(message, e.errorMessage());
            assertEquals("REQ-" + code.code(), e.requestId().orElseThrow());
            assertEquals(code.category(), e.category());
            assertEquals(row.cloud.provider, e.provider());
            assertEquals(row.service, e.service());
            assertEquals(row.operation, e.operation());
            assertEquals(1, e.attempts());
            assertTrue(code.matches(e));
        }
    }

    @Test
    void everyCatalog_holdsEveryPublishedConstant() {
        assertEquals(PublishedErrorCodes.keys(VpcErrorCodes.class), PublishedErrorCodes.keys(VpcErrorCodes.catalog().codes()));
        assertEquals(PublishedErrorCodes.keys(DrsErrorCodes.class), PublishedErrorCodes.keys(DrsErrorCodes.catalog().codes()));
        assertEquals(PublishedErrorCodes.keys(DdsErrorCodes.class), PublishedErrorCodes.keys(DdsErrorCodes.catalog().codes()));
        assertEquals(PublishedErrorCodes.keys(LakeFormationErrorCodes.class),
                PublishedErrorCodes.keys(LakeFormationErrorCodes.catalog().codes()));
    }

    /** The cross-cloud promise: "gone" is NOT_FOUND and "not now" is INVALID_STATE on every cloud. */
    @Test
    void notFoundAndWrongState_haveTheSameCategoryOnEveryCloud() {
        for (ErrorCode gone : new ErrorCode[] {VpcErrorCodes.ILLEGAL_PARAM_JOB_ID, DrsErrorCodes.JOB_NOT_FOUND,
                DdsErrorCodes.RESOURCE_NOT_FOUND, LakeFormationErrorCodes.NOT_FOUND}) {
            assertEquals(ErrorCategory.NOT_FOUND, gone.category(), gone.code());
        }
        for (ErrorCode notNow : new ErrorCode[] {VpcErrorCodes.INCORRECT_STATUS_ONLY_FOR_INIT_OR_STOPPED,
                DrsErrorCodes.TASK_STATUS_NOT_ALLOWED, DdsErrorCodes.INVALID_REQUEST}) {
            assertEquals(ErrorCategory.INVALID_STATE, notNow.category(), notNow.code());
        }
        assertEquals(ErrorCategory.INVALID_PARAMETER, LakeFormationErrorCodes.REQUEST_UNREADABLE.category(),
                "common.01000001 with 400 is an unreadable request, with 404 a missing job");
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void operation_onUndocumentedCode_fallsBackToTheHttpStatusCategory(Contract row) {
        server.enqueue(row.cloud.error(409, "Undocumented.Code", "something new", "req-unknown"));
        ServiceException e = assertThrows(ServiceException.class, () -> row.call(clients()));
        assertEquals("Undocumented.Code", e.errorCode());
        assertEquals(ErrorCategory.CONFLICT, e.category());
        assertFalse(e.retryable());
        assertEquals("req-unknown", e.requestId().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void operation_on200WithHtmlBody_throwsInvalidResponseKeepingStatusAndRequestId(Contract row) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .addHeader(row.cloud == Cloud.ALIYUN ? "x-acs-request-id" : "X-Request-Id", "req-html")
                .body("<html><body>gateway</body></html>").build());
        ServiceException e = assertThrows(ServiceException.class, () -> row.call(clients()));
        assertEquals("InvalidResponse", e.errorCode());
        assertEquals(200, e.httpStatus());
        assertEquals("req-html", e.requestId().orElseThrow());
    }
}
