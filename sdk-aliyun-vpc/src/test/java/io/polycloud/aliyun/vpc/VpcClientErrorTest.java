package io.polycloud.aliyun.vpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.testsupport.PublishedErrorCodes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

class VpcClientErrorTest extends LoopbackServerTest {


    static Stream<Arguments> everyOperationWithEveryDocumentedCode() {
        return Stream.of(Operation.values())
                .flatMap(op -> VpcErrorCodes.catalog().codes().stream().map(code -> Arguments.of(op, code)));
    }


    @Test
    void catalog_holdsEveryPublishedConstant_theThirteenDocumentedCodesAndTwoOfTheEmulator_allWithStatus400() {
        assertEquals(PublishedErrorCodes.keys(VpcErrorCodes.class), PublishedErrorCodes.keys(VpcErrorCodes.catalog().codes()));
        assertEquals(13, VpcErrorCodes.catalog().codes().stream().filter(c -> !c.code().startsWith("Emulator.")).count());
        assertEquals(15, VpcErrorCodes.catalog().codes().size());
        VpcErrorCodes.catalog().codes().forEach(c -> assertEquals(400, c.httpStatus(), c.code()));
    }

    @Test
    void catalog_categoriesFollowTheCodeFamilies() {
        for (ErrorCode c : VpcErrorCodes.catalog().codes()) {
            ErrorCategory expected = c.code().equals("IllegalParam.JobId") ? ErrorCategory.NOT_FOUND
                    : c.code().startsWith("IllegalParam.") ? ErrorCategory.INVALID_PARAMETER
                    : c.code().startsWith("IncorrectStatus.") || c.code().startsWith("Emulator.IncorrectStatus.")
                            || c.code().startsWith("IncorrectBusinessStatus.")
                            || c.code().startsWith("Vpconn") || c.code().startsWith("Pconn") ? ErrorCategory.INVALID_STATE
                    : ErrorCategory.CONFLICT;
            assertEquals(expected, c.category(), c.code());
        }
        assertEquals("PconnContailsMoreThanOneAcrossCountVbr",
                VpcErrorCodes.PCONN_CONTAINS_MORE_THAN_ONE_CROSS_ACCOUNT_VBR.code(), "spelled as the API sends it");
    }

}
