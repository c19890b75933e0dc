package io.polycloud.aliyun.vpc;

import static io.polycloud.aliyun.vpc.VpcTestClients.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.testsupport.PublishedErrorCodes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class VpcClientErrorTest extends LoopbackServerTest {


    static Stream<Arguments> everyOperationWithEveryDocumentedCode() {
        return Stream.of(Operation.values())
                .flatMap(op -> VpcErrorCodes.catalog().codes().stream().map(code -> Arguments.of(op, code)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyOperationWithEveryDocumentedCode")
    void operation_onDocumentedError_throwsServiceExceptionWithItsCategory(Operation op, ErrorCode code) {
        String message = "The specified resource cannot be used: " + code.code() + ".";
        server.enqueue(error(code.code(), message, "REQ-" + code.code()));
        try (VpcClient vpc = client()) {
            ServiceException e = assertThrows(ServiceException.class, () -> op.call(vpc));
            assertEquals(400, e.httpStatus());
            assertEquals(code.code(), e.errorCode());
            assertEquals(message, e.errorMessage());
            assertEquals("REQ-" + code.code(), e.requestId().orElseThrow());
            assertEquals(code.category(), e.category());
            assertEquals("aliyun", e.provider());
            assertEquals("vpc", e.service());
            assertEquals(op.action, e.operation());
            assertFalse(e.retryable());
            assertEquals(1, e.attempts());
            assertTrue(code.matches(e));
        }
        assertEquals(1, server.getRequestCount(), "a documented 400 is not retried");
    }

    @Test
    void catalog_holdsEveryPublishedConstantAndTheThirteenDocumentedCodesAllWithStatus400() {
        assertEquals(PublishedErrorCodes.keys(VpcErrorCodes.class), PublishedErrorCodes.keys(VpcErrorCodes.catalog().codes()));
        assertEquals(13, VpcErrorCodes.catalog().codes().size());
        VpcErrorCodes.catalog().codes().forEach(c -> assertEquals(400, c.httpStatus(), c.code()));
    }

    @Test
    void catalog_categoriesFollowTheCodeFamilies() {
        for (ErrorCode c : VpcErrorCodes.catalog().codes()) {
            ErrorCategory expected = c.code().equals("IllegalParam.JobId") ? ErrorCategory.NOT_FOUND
                    : c.code().startsWith("IllegalParam.") ? ErrorCategory.INVALID_PARAMETER
                    : c.code().startsWith("IncorrectStatus.") || c.code().startsWith("IncorrectBusinessStatus.")
                            || c.code().startsWith("Vpconn") || c.code().startsWith("Pconn") ? ErrorCategory.INVALID_STATE
                    : ErrorCategory.CONFLICT;
            assertEquals(expected, c.category(), c.code());
        }
        assertEquals("PconnContailsMoreThanOneAcrossCountVbr",
                VpcErrorCodes.PCONN_CONTAINS_MORE_THAN_ONE_CROSS_ACCOUNT_VBR.code(), "spelled as the API sends it");
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void operation_onUndocumentedCode_fallsBackToTheStatusCategory(Operation op) {
        server.enqueue(error("Forbidden.RAM", "User not authorized to operate on the specified resource.", "REQ-ram")
                .newBuilder().code(403).build());
        try (VpcClient vpc = client()) {
            ServiceException e = assertThrows(ServiceException.class, () -> op.call(vpc));
            assertEquals(403, e.httpStatus());
            assertEquals("Forbidden.RAM", e.errorCode());
            assertEquals(ErrorCategory.AUTHORIZATION, e.category());
            assertEquals("REQ-ram", e.requestId().orElseThrow());
        }
    }
}
