package io.polycloud.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict reader: RFC 8259 and nothing else. */
class JsonReaderStrictTest {

    private static final JsonReader STRICT = JsonReader.strict();

    private static JsonValue read(String json) {
        return STRICT.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonException rejects(String json) {
        return assertThrows(JsonException.class, () -> read(json));
    }

    @Test
    void read_everyKindOfValue_buildsTheTree() {
        JsonObject o = read(" {\"s\":\"x\", \"n\":-1.5e+3, \"t\":true, \"f\":false, \"z\":null, \"a\":[1,[]], \"o\":{}}\r\n\t").asObject();
        assertEquals(List.of("s", "n", "t", "f", "z", "a", "o"), o.names());
        assertEquals(new JsonString("x"), o.get("s").orElseThrow());
        assertEquals("-1.5e+3", o.number("n").orElseThrow().text());
        assertEquals(JsonBoolean.TRUE, o.get("t").orElseThrow());
        assertEquals(JsonBoolean.FALSE, o.get("f").orElseThrow());
        assertEquals(JsonNull.NULL, o.get("z").orElseThrow());
        assertEquals(JsonArray.builder().add(1).add(JsonArray.builder().build()).build(), o.get("a").orElseThrow());
        assertEquals(JsonObject.builder().build(), o.get("o").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "12", "1.25", "0.5e-7", "1E9", "-9223372036854775809", "\"\"", "true", "null", "[]", "{}"})
    void read_scalarOrEmptyContainerAtTheRoot_isAccepted(String json) {
        JsonValue v = read(json);
        assertEquals(json, JsonWriter.compact().write(v));
    }

    @Test
    void read_everyEscape_isDecoded() {
        assertEquals("\" \\ / \b \f \n \r \t é € 😀 \uD800",
                read("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC \\uD83D\\uDE00 \\uD800\"").asString());
    }

    @Test
    void read_rawUtf8_isDecodedWhateverItsLength() {
        assertEquals("aé€😀", read("\"aé€😀\"").asString());
    }

    @Test
    void read_utf8ByteOrderMark_isSkipped() {
        byte[] withBom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'};
        assertEquals(JsonObject.EMPTY, STRICT.read(withBom));
    }

    @Test
    void read_partOfAnArray_readsOnlyThatRangeAndCountsOffsetsFromItsStart() {
        byte[] bytes = "xx[1]yy[1,}zz".getBytes(StandardCharsets.US_ASCII);
        assertEquals(1, STRICT.read(bytes, 2, 3).asArray().size());
        JsonException e = assertThrows(JsonException.class, () -> STRICT.read(bytes, 7, 4));
        assertEquals(3, e.offset());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                 | no JSON value in the document                          | 0
            `   `              | no JSON value in the document                          | 3
            {} {}              | unexpected '{' after the JSON value                    | 3
            [1,]               | unexpected ']' where a value was expected              | 3
            {"a":1,}           | expected a member name in double quotes, found '}'     | 7
            [1 2]              | expected ',' or ']' in an array, found '2'             | 3
            {"a" 1}            | expected ':' after a member name, found '1'            | 5
            {"a":1 "b":2}      | expected ',' or '}' in an object, found '"'            | 7
            {a:1}              | expected a member name in double quotes, found 'a'     | 1
            ['a']              | single-quoted string                                   | 1
            "\\'"              | escaped single quote                                   | 1
            "\\x"              | invalid escape sequence: backslash before 'x'          | 1
            "\\u12G4"          | expected a hex digit in a \\u escape, found 'G'        | 5
            // c\\n1           | unexpected '/' where a value was expected              | 0
            /* c */ 1          | unexpected '/' where a value was expected              | 0
            01                 | unexpected '1' after the JSON value                    | 1
            -                  | expected a digit after '-', found the end              | 1
            +1                 | unexpected '+' where a value was expected              | 0
            .5                 | unexpected '.' where a value was expected              | 0
            1.                 | expected a digit after the decimal point               | 2
            1e                 | expected a digit in the exponent                       | 2
            1e+                | expected a digit in the exponent                       | 3
            NaN                | unexpected 'N' where a value was expected              | 0
            -Infinity          | expected a digit after '-', found 'I'                  | 1
            tru                | expected 'true', found the end of the document         | 3
            nul1               | expected 'null', found '1'                             | 3
            truex              | unexpected 'x' after the JSON value                    | 4
            "abc               | the document ends inside the string opened at offset 0 | 4
            {"a":              | the document ends where a value was expected           | 5
            ["a"               | expected ',' or ']' in an array, found the end         | 4
            {"a":1,"a":2}      | duplicate member name "a"                              | 7
            """)
    void read_invalidDocument_failsWithWhatAndWhere(String json, String message, int offset) {
        JsonException e = rejects(json.replace("\\n", "\n"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
    }

    @Test
    void read_error_reportsLineAndColumn() {
        JsonException e = rejects("{\n  \"a\": 1,\n  \"b\": ?\n}");
        assertEquals(3, e.line());
        assertEquals(8, e.column());
        assertTrue(e.getMessage().endsWith("at offset 19 (line 3, column 8)"), e.getMessage());
    }

    @Test
    void read_rawControlCharacterInAString_isRejected() {
        JsonException e = rejects("\"a\tb\"");
        assertEquals("unescaped control character U+0009 in a string at offset 2 (line 1, column 3)", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "c3 28, 1, 0xC3",               // a lead byte without its continuation
            "a0, 1, 0xA0",                  // a lone continuation byte
            "c0 80, 1, 0xC0",               // overlong NUL
            "e0 80 80, 1, 0xE0",            // overlong three-byte form
            "ed a0 80, 1, 0xED",            // an encoded surrogate (U+D800)
            "f4 90 80 80, 1, 0xF4",         // above U+10FFFF
            "f8 88 80 80 80, 1, 0xF8",      // a five-byte form
            "e2 82, 1, 0xE2"})              // cut before the end of the sequence
    void read_malformedUtf8InAString_isRejectedAtTheBadByte(String hex, int offset, String shown) {
        JsonException e = assertThrows(JsonException.class, () -> STRICT.read(quoted(hex)));
        assertEquals("invalid UTF-8 byte " + shown + " at offset " + offset + " (line 1, column 2)", e.getMessage());
    }

    @Test
    void read_nonAsciiByteOutsideAString_isASyntaxError() {
        JsonException e = assertThrows(JsonException.class, () -> STRICT.read(new byte[] {'[', (byte) 0xc3, (byte) 0xa9, ']'}));
        assertTrue(e.getMessage().startsWith("unexpected byte 0xC3 where a value was expected"), e.getMessage());
    }

    @Test
    void read_stringWithUnpairedSurrogate_isRejected() {
        JsonException e = assertThrows(JsonException.class, () -> STRICT.read("[\"a\uD800\"]"));
        assertEquals("the text holds an unpaired surrogate, which UTF-8 cannot encode", e.getMessage());
    }

    @Test
    void read_string_readsTheSameAsItsUtf8() {
        assertEquals(new JsonString("é😀"), STRICT.read("\"é😀\""));
    }

    @Test
    void readObject_whenTheDocumentIsNotAnObject_saysWhatItIs() {
        JsonException e = assertThrows(JsonException.class, () -> STRICT.readObject("[1]".getBytes(StandardCharsets.UTF_8)));
        assertEquals("the document is an ARRAY instead of an object", e.getMessage());
        assertEquals(-1, e.offset());
    }

    @Test
    void errorMessages_neverQuoteStringContent() {
        JsonException e = rejects("{\"AccessKeySecret\":\"s3cr3tValue\" \"x\"}");
        assertTrue(!e.getMessage().contains("s3cr3t"), e.getMessage());
    }

    static byte[] quoted(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length + 2];
        bytes[0] = '"';
        for (int i = 0; i < parts.length; i++) {
            bytes[i + 1] = (byte) Integer.parseInt(parts[i], 16);
        }
        bytes[bytes.length - 1] = '"';
        return bytes;
    }
}
