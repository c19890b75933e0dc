package io.polycloud.core.exception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorCatalogStatusTest {

    private static final ErrorCode BAD_REQUEST = new ErrorCode("common.01000001", 400, ErrorCategory.INVALID_PARAMETER, "unreadable");
    private static final ErrorCode NOT_FOUND = new ErrorCode("common.01000001", 404, ErrorCategory.NOT_FOUND, "missing");
    private static final ErrorCode OTHER = new ErrorCode("APIG.1002", 401, ErrorCategory.AUTHENTICATION, "token");

    private final ErrorCatalog catalog = ErrorCatalog.of(BAD_REQUEST, NOT_FOUND, OTHER);

    @Test
    void find_withStatus_picksTheEntryDocumentedForThatStatus() {
        assertEquals(Optional.of(BAD_REQUEST), catalog.find("common.01000001", 400));
        assertEquals(Optional.of(NOT_FOUND), catalog.find("common.01000001", 404));
    }

    @Test
    void find_withUndocumentedStatus_fallsBackToTheCodesFirstEntry() {
        assertEquals(Optional.of(BAD_REQUEST), catalog.find("common.01000001", 500));
        assertEquals(Optional.of(BAD_REQUEST), catalog.find("common.01000001"));
        assertEquals(Optional.of(OTHER), catalog.find("APIG.1002", 403));
    }

    @Test
    void find_withUnknownOrNullCode_findsNothing() {
        assertEquals(Optional.empty(), catalog.find("nope", 400));
        assertEquals(Optional.empty(), catalog.find(null, 400));
        assertEquals(Optional.empty(), catalog.find(null));
    }

    @Test
    void of_keepsEveryEntryInOrderAndRejectsTheSameCodeTwiceForOneStatus() {
        assertEquals(List.of(BAD_REQUEST, NOT_FOUND, OTHER), List.copyOf(catalog.codes()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ErrorCatalog.of(BAD_REQUEST,
                new ErrorCode("common.01000001", 400, ErrorCategory.UNKNOWN, "again")));
        assertEquals("duplicate error code common.01000001 for HTTP 400", e.getMessage());
    }
}
