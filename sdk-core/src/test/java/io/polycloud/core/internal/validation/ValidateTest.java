package io.polycloud.core.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule names the field and the rule, and never echoes the value. */
class ValidateTest {

    private static String failure(Runnable check) {
        return assertThrows(SdkClientException.class, check::run).getMessage();
    }

    @Test
    void notNull_namesTheField() {
        assertEquals("jobId is required but was null", failure(() -> Validate.notNull(null, "jobId")));
        assertEquals("x", Validate.notNull("x", "jobId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void notBlank_rejectsEmptyAndWhitespace(String value) {
        assertEquals("jobId must not be blank", failure(() -> Validate.notBlank(value, "jobId")));
    }

    @Test
    void maxLength_namesTheLimitAndTheActualLength() {
        assertEquals("name must be at most 3 characters, was 4", failure(() -> Validate.maxLength("abcd", "name", 3)));
        assertEquals("abc", Validate.maxLength("abc", "name", 3));
    }

    @Test
    void noControlCharacters_namesTheCharacterAndPositionNotTheValue() {
        assertEquals("token must not contain control characters (found U+000A at index 6)",
                failure(() -> Validate.noControlCharacters("secret\nvalue", "token")));
        assertEquals("token must not contain control characters (found U+0085 at index 1)",
                failure(() -> Validate.noControlCharacters("a\u0085", "token")));
    }

    @Test
    void noControlCharacters_rejectsUnpairedSurrogatesButKeepsPairs() {
        assertEquals("name must be well-formed Unicode (unpaired surrogate U+D83D at index 1)",
                failure(() -> Validate.noControlCharacters("a\uD83Db", "name")));
        assertEquals("name must be well-formed Unicode (unpaired surrogate U+DE00 at index 0)",
                failure(() -> Validate.noControlCharacters("\uDE00", "name")));
        assertEquals("job \uD83D\uDE00", Validate.noControlCharacters("job \uD83D\uDE00", "name"));
    }

    @Test
    void printableAscii_rejectsNonAscii() {
        assertEquals("userAgentSuffix must be printable ASCII (found U+00E9 at index 3)",
                failure(() -> Validate.printableAscii("caf\u00e9", "userAgentSuffix")));
        assertEquals("app/1.0 (x; y)", Validate.printableAscii("app/1.0 (x; y)", "userAgentSuffix"));
    }

    @Test
    void range_isInclusive() {
        assertEquals(1, Validate.range(1, "jobDuration", 1, 4320));
        assertEquals(4320, Validate.range(4320, "jobDuration", 1, 4320));
        assertEquals("jobDuration must be between 1 and 4320, was 0", failure(() -> Validate.range(0, "jobDuration", 1, 4320)));
        assertEquals("jobDuration must be between 1 and 4320, was 4321", failure(() -> Validate.range(4321, "jobDuration", 1, 4320)));
    }

    @Test
    void text_appliesNullBlankLengthAndControlRulesInThatOrder() {
        assertEquals("id is required but was null", failure(() -> Validate.text(null, "id", 3)));
        assertEquals("id must not be blank", failure(() -> Validate.text(" ", "id", 3)));
        assertEquals("id must be at most 3 characters, was 5", failure(() -> Validate.text("a\nbcd", "id", 3)));
        assertEquals("id must not contain control characters (found U+000A at index 1)", failure(() -> Validate.text("a\nb", "id", 3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void pathSegment_rejectsDotSegments(String value) {
        assertEquals("job_id must not be '.' or '..': a URL path cannot carry it as one segment",
                failure(() -> Validate.pathSegment(value, "job_id", 64)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"...", "a/b", "x?y#z", "%2F"})
    void pathSegment_acceptsWhatEncodingMakesSafe(String value) {
        assertEquals(value, Validate.pathSegment(value, "job_id", 64));
    }
}
