package io.polycloud.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile documents: each fails fast with a {@link JsonException}, never a stack overflow or an out-of-memory error. */
class JsonReaderLimitsTest {

    private static final Duration FAST = Duration.ofSeconds(5);

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"a\":"})
    void read_100kNestedContainers_failsAtTheDepthLimit(String open) {
        byte[] doc = open.repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        JsonReader reader = JsonReader.lenient().maxBytes(doc.length);
        JsonException e = assertTimeoutPreemptively(FAST, () -> assertThrows(JsonException.class, () -> reader.read(doc)));
        assertTrue(e.getMessage().startsWith("nesting deeper than the limit of 64"), e.getMessage());
        assertEquals(64 * open.length(), e.offset());
    }

    @Test
    void read_nestingAtTheLimit_isAccepted() {
        assertEquals(64, JsonReader.strict().read("[".repeat(64) + "]".repeat(64)).depth());
        assertThrows(JsonException.class, () -> JsonReader.strict().read("[".repeat(65) + "]".repeat(65)));
        assertEquals(1000, JsonReader.strict().maxDepth(1000).read("[".repeat(1000) + "]".repeat(1000)).depth());
    }

    @Test
    void maxDepth_outsideOneToTheTreeLimit_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonReader.strict().maxDepth(0));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.strict().maxDepth(JsonValue.MAX_DEPTH + 1));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.strict().maxBytes(0));
    }

    @Test
    void read_documentOverTheSizeLimit_isRefusedBeforeParsing() {
        byte[] doc = "[1, 2, 3]".getBytes(StandardCharsets.US_ASCII);
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.strict().maxBytes(8).read(doc));
        assertEquals("the document has 9 bytes, more than the limit of 8", e.getMessage());
        assertEquals(3, JsonReader.strict().maxBytes(9).read(doc).asArray().size());
        assertThrows(JsonException.class, () -> JsonReader.strict().maxBytes(8).read("[1, 2, 3]"));
    }

    @Test
    void read_tenMebibyteString_isReadWithinTheLimitItWasGiven() {
        byte[] doc = new byte[10 * 1024 * 1024 + 2];
        Arrays.fill(doc, (byte) 'x');
        doc[0] = '"';
        doc[doc.length - 1] = '"';
        assertThrows(JsonException.class, () -> JsonReader.strict().read(doc), "the default limit is 1 MiB");
        String s = assertTimeoutPreemptively(FAST, () -> JsonReader.strict().maxBytes(doc.length).read(doc).asString());
        assertEquals(10 * 1024 * 1024, s.length());
    }

    @Test
    void read_hugeNumbers_areKeptAsTextAndConvertedOnlyOnDemand() {
        JsonNumber exponent = JsonReader.strict().read("1e999999999").asNumber();
        assertEquals(Double.POSITIVE_INFINITY, exponent.doubleValue());
        assertThrows(JsonException.class, exponent::longValueExact);
        JsonNumber digits = JsonReader.strict().read("9".repeat(1000)).asNumber();
        assertEquals(1000, digits.text().length());
        assertThrows(JsonException.class, digits::intValueExact);
    }

    @Test
    void read_numberLongerThanTheLimit_isRefused() {
        String json = "[" + "1".repeat(JsonNumber.MAX_LENGTH + 1) + "]";
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.strict().read(json));
        assertEquals("number longer than 1000 characters at offset 1 (line 1, column 2)", e.getMessage());
    }

    @Test
    void read_documentTruncatedAtEveryByte_failsWithAJsonExceptionEveryTime() {
        byte[] doc = ("{\"RequestId\":\"0e7a1a4c-3b1f-4a1e-9c1d-5f2e8b7a6d4c\",\"List\":[{\"Id\":\"ftj-1\",\"N\":-12.5e3,"
                + "\"ok\":true,\"z\":null,\"name\":\"né 😀\\u00e9\\n\"}],\"Count\":1}").getBytes(StandardCharsets.UTF_8);
        JsonReader.strict().read(doc);
        for (JsonReader reader : new JsonReader[] {JsonReader.strict(), JsonReader.lenient()}) {
            for (int length = 0; length < doc.length; length++) {
                int cut = length;
                JsonException e = assertThrows(JsonException.class, () -> reader.read(doc, 0, cut), "cut at " + cut);
                assertTrue(e.offset() >= 0 && e.offset() <= cut, e.getMessage());
            }
        }
    }

    @Test
    void read_oneMebibyteOfTinyValues_staysWithinTime() {
        byte[] doc = ("[" + "0,".repeat(512 * 1024 - 1) + "0]").getBytes(StandardCharsets.US_ASCII);
        assertEquals(512 * 1024, assertTimeoutPreemptively(FAST, () -> JsonReader.strict().maxBytes(doc.length).read(doc).asArray().size()));
    }
}
