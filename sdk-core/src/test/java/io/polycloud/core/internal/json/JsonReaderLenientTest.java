package io.polycloud.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lenient reader: each extension on its own, and the things it still refuses. */
class JsonReaderLenientTest {

    private static final JsonReader LENIENT = JsonReader.lenient();

    private static JsonValue read(String json) {
        return LENIENT.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject object(String json) {
        return read(json).asObject();
    }

    @Test
    void read_singleQuotedValuesAndNames_areStrings() {
        JsonObject o = object("{'error_code': 'APIG.1002', \"msg\": 'say \"hi\", it\\'s me'}");
        assertEquals("APIG.1002", o.string("error_code").orElseThrow());
        assertEquals("say \"hi\", it's me", o.string("msg").orElseThrow());
    }

    @Test
    void read_escapedSingleQuoteInADoubleQuotedString_isAQuote() {
        assertEquals("it's", read("\"it\\'s\"").asString());
    }

    @Test
    void read_unquotedNames_areNames() {
        JsonObject o = object("{code: 1, $x_9: 2, 9a: 3, née: 4, a-b@#*+: 5}");
        assertEquals(java.util.List.of("code", "$x_9", "9a", "née", "a-b@#*+"), o.names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2,]", "{\"a\":1,\"b\":2,}", "[1,2 , ]", "{\"a\":1,\"b\":2 , /* c */ }"})
    void read_oneTrailingComma_isIgnored(String json) {
        assertEquals(2, JsonWriter.compact().write(read(json)).split(",").length, json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[,]", "{,}", "[1,,]", "[1,,2]", "{\"a\":1,,}"})
    void read_aCommaWithoutAValueBeforeIt_isStillAnError(String json) {
        assertThrows(JsonException.class, () -> read(json));
    }

    @Test
    void read_javaComments_countAsWhitespaceEverywhere() {
        JsonObject o = object("// lead\n/* a */{/* b */\"a\"/* c */:/* d */1 // e\r,\"b\"://\n2/**/}/* end */ // really");
        assertEquals("1", o.number("a").orElseThrow().text());
        assertEquals("2", o.number("b").orElseThrow().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /* open          | the document ends inside the comment opened at offset 0 | 7
            [1 /* x *        | the document ends inside the comment opened at offset 3 | 9
            [1 / 2]          | unexpected '/' (a comment starts with // or /*)         | 3
            {"a" /           | unexpected '/' (a comment starts with // or /*)         | 5
            """)
    void read_brokenComment_failsWithWhere(String json, String message, int offset) {
        JsonException e = assertThrows(JsonException.class, () -> read(json));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertEquals(offset, e.offset());
    }

    @Test
    void read_rawControlCharactersInStrings_areKept() {
        assertEquals("a\tb\nc\u0000", read("\"a\tb\nc\u0000\"").asString());
    }

    @Test
    void read_malformedUtf8InAString_becomesReplacementCharactersAsTheJdkDecodes() {
        byte[] bytes = JsonReaderStrictTest.quoted("4f 4b c3 28 a0 ed a0 80 f0 9f 98 e2 82");
        String expected = new String(bytes, 1, bytes.length - 2, StandardCharsets.UTF_8);
        assertEquals(expected, LENIENT.read(bytes).asString());
        assertTrue(expected.startsWith("OK\uFFFD("), expected);
    }

    @Test
    void read_textWithUnpairedSurrogate_readsItAsAReplacementCharacter() {
        assertEquals("a\uFFFDb", LENIENT.read("\"a\uD800b\"").asString());
    }

    @Test
    void read_duplicateNames_areStillAnError() {
        JsonException e = assertThrows(JsonException.class, () -> read("{'a':1, a:2}"));
        assertTrue(e.getMessage().startsWith("duplicate member name \"a\""), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "01", "+1", ".5", "0x1F", "[1 2]", "{\"a\" 1}", "{} {}", "'abc",
            "undefined", "{\"a\":1}}", "\"\\x\"", "[1,]]"})
    void read_whatNeitherModeAccepts_isAnError(String json) {
        assertThrows(JsonException.class, () -> read(json));
    }

    @Test
    void read_strictDocument_readsTheSameAsStrict() {
        String json = "{\"a\":[1,2.5,\"x\\u00e9\"],\"b\":{\"c\":null,\"d\":true}}";
        assertEquals(JsonReader.strict().read(json), LENIENT.read(json));
    }
}
