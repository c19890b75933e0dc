package io.polycloud.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LowerCaseHeaderNameTest {

    @Test
    void of_lowerCasesInTheRootLocale_andReturnsTheSameStringOnceKnownOrAlreadyLowerCase() {
        assertEquals("x-sdk-date", LowerCaseHeaderName.of("X-Sdk-Date"));
        assertSame(LowerCaseHeaderName.of("X-Sdk-Date"), LowerCaseHeaderName.of("X-Sdk-Date"));
        assertEquals("title", LowerCaseHeaderName.of("TITLE"));
        String lower = "x-acs-date";
        assertSame(lower, LowerCaseHeaderName.of(lower));
    }
}
