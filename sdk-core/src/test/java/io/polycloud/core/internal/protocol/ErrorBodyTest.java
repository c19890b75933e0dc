package io.polycloud.core.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Strict JSON first, lenient JSON second, then the text scan; whatever arrives, the reader never throws. */
class ErrorBodyTest {

    private static ErrorBody body(String text) {
        return ErrorBody.of(text.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void strictJson_readsTopLevelAndNestedFields() {
        ErrorBody b = body("{\"error_code\":\"DRS.1\",\"error\":{\"code\":\"403\",\"message\":\"denied\"},\"n\":12.50,\"ok\":true}");
        assertTrue(b.isJsonObject());
        assertEquals(Optional.of("DRS.1"), b.text("error_code"));
        assertEquals(Optional.of("403"), b.text("error", "code"));
        assertEquals(Optional.of("12.50"), b.text("n"), "a number reads as written");
        assertEquals(Optional.of("true"), b.text("ok"));
    }

    @Test
    void missingNullBlankAndContainerFields_readAsEmpty() {
        ErrorBody b = body("{\"a\":null,\"b\":\"  \",\"c\":{},\"d\":[\"x\"],\"e\":\"x\"}");
        for (String name : new String[] {"a", "b", "c", "d", "zz"}) {
            assertEquals(Optional.empty(), b.text(name), name);
        }
        assertEquals(Optional.empty(), b.text("e", "deeper"), "a path through a string finds nothing");
        assertEquals(Optional.empty(), b.text("zz", "deeper"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{'Code': 'Forbidden.RAM', 'Message': 'it''s \"denied\"'}",
            "{Code: \"Forbidden.RAM\", Message: \"denied\"}",
            "{\"Code\": \"Forbidden.RAM\", \"Message\": \"denied\",}",
            "/* gateway */ {\"Code\": \"Forbidden.RAM\", // the code\n \"Message\": \"denied\"}",
            "{\"Code\": \"Forbidden.RAM\", \"Message\": \"line one\nline two\ttabbed\"}"})
    void lenientJson_isStillReadAsJson(String text) {
        ErrorBody b = body(text.replace("''", "\\'"));
        assertTrue(b.isJsonObject(), text);
        assertEquals(Optional.of("Forbidden.RAM"), b.text("Code"));
        assertTrue(b.text("Message").orElseThrow().contains("denied") || b.text("Message").orElseThrow().startsWith("line one"));
    }

    @Test
    void badUtf8InAMessage_doesNotSpoilTheRestOfTheBody() {
        byte[] bytes = "{\"Code\":\"InternalError\",\"Message\":\"caf\u00e9 X\",\"RequestId\":\"r1\"}".getBytes(StandardCharsets.UTF_8);
        int x = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(" X");
        bytes[x + 1] = (byte) 0xc3; // a lead byte followed by '"': malformed
        ErrorBody b = ErrorBody.of(bytes, false);
        assertTrue(b.isJsonObject());
        assertEquals(Optional.of("InternalError"), b.text("Code"));
        assertEquals(Optional.of("caf\u00e9 \uFFFD"), b.text("Message"));
        assertEquals(Optional.of("r1"), b.text("RequestId"));
    }

    @Test
    void duplicatedName_isNotTrustedAsJsonAndFallsToTheScan() {
        ErrorBody b = body("{\"Code\":\"First\",\"Code\":\"Second\"}");
        assertFalse(b.isJsonObject());
        assertEquals(Optional.of("First"), b.text("Code"));
    }

    @Test
    void truncatedJson_isScannedForTheFieldsItGotAsFarAs() {
        ErrorBody b = body("{\"RequestId\":\"r1\",\"Code\":'Forbidden.RAM',\"Count\":42,\"Message\":\"User not autho");
        assertFalse(b.isJsonObject());
        assertEquals(Optional.of("r1"), b.text("RequestId"));
        assertEquals(Optional.of("Forbidden.RAM"), b.text("Code"));
        assertEquals(Optional.of("42"), b.text("Count"));
        assertEquals(Optional.empty(), b.text("Message"));
        assertEquals("HTTP 403 with a non-JSON body (application/json, 77 bytes read)", b.describe(403, "application/json"));
    }

    @Test
    void xmlBody_isScannedForElements() {
        ErrorBody b = body("<Error><Code> Throttling.User </Code><Message></Message></Error>");
        assertEquals(Optional.of("Throttling.User"), b.text("Code"));
        assertEquals(Optional.empty(), b.text("Message"));
    }

    @Test
    void bodyBeyondTheParsedLimit_isScannedAsTruncatedWithoutParsing() {
        String big = "{\"Code\":\"InternalError\",\"Message\":\"" + "x".repeat(ErrorBody.MAX_PARSED_BYTES) + "\"}";
        ErrorBody b = body(big);
        assertFalse(b.isJsonObject());
        assertEquals(Optional.of("InternalError"), b.text("Code"));
        assertEquals("HTTP 500 with a truncated body (no content type, " + ErrorBody.MAX_PARSED_BYTES + " bytes read)",
                b.describe(500, null));
    }

    @Test
    void bodyTheTransportCut_isNeverParsedAsJson() {
        ErrorBody b = ErrorBody.of("{\"Code\":\"A\"}".getBytes(StandardCharsets.UTF_8), true);
        assertFalse(b.isJsonObject());
        assertEquals(Optional.of("A"), b.text("Code"));
    }

    @Test
    void describe_namesWhatArrived() {
        assertEquals("HTTP 503 with an empty body", body("").describe(503, "text/plain"));
        assertEquals("HTTP 400 with a JSON body without an error message (application/json, 2 bytes read)",
                body("{}").describe(400, "application/json"));
        assertEquals("HTTP 400 with a non-JSON body (no content type, 3 bytes read)", body("[1]").describe(400, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[", "{\"a\":", "\u0000\u0001", "{'", "/*", "{\"a\":1}}", "<html>"})
    void anyBody_neverThrows(String text) {
        ErrorBody b = body(text);
        assertEquals(Optional.empty(), b.text("Code"));
        assertEquals(Optional.empty(), b.text("error", "code"));
    }
}
