package io.polycloud.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private static final JsonObject TOKEN_REQUEST = JsonObject.builder()
            .put("auth", JsonObject.builder()
                    .put("identity", JsonObject.builder()
                            .put("methods", JsonArray.builder().add("password").build())
                            .put("password", JsonObject.builder().put("user", JsonObject.builder()
                                    .put("name", "user-1").put("password", "pw").build()).build())
                            .build())
                    .put("scope", JsonObject.builder().put("project", JsonObject.builder().put("id", "p1").build()).build())
                    .build())
            .put("n", -1).put("ok", false).put("none", JsonNull.NULL).put("empty", JsonArray.builder().build())
            .build();

    @Test
    void compact_writesNoWhitespace() {
        assertEquals("{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"user-1\","
                + "\"password\":\"pw\"}}},\"scope\":{\"project\":{\"id\":\"p1\"}}},\"n\":-1,\"ok\":false,\"none\":null,\"empty\":[]}",
                JsonWriter.compact().write(TOKEN_REQUEST));
    }

    @Test
    void pretty_indentsByTwoSpaces() {
        JsonObject o = JsonObject.builder().put("a", JsonArray.builder().add(1).add(JsonObject.builder().build()).build())
                .put("b", JsonObject.builder().put("c", "d").build()).build();
        assertEquals("""
                {
                  "a": [
                    1,
                    {}
                  ],
                  "b": {
                    "c": "d"
                  }
                }""", JsonWriter.pretty().write(o));
    }

    @Test
    void strings_escapeQuotesBackslashAndEveryControlCharacter() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        assertEquals("\"\\\" \\\\ / \\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E\\u000F"
                        + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001A\\u001B\\u001C\\u001D\\u001E\\u001F"
                        + " \u007f \u2028\"",
                JsonWriter.compact().write(new JsonString("\" \\ / " + controls + " \u007f \u2028")));
    }

    @Test
    void strings_writeNonBmpAsUtf8AndUnpairedSurrogatesAsEscapes() {
        JsonString s = new JsonString("é😀\uD800x\uDC00");
        byte[] expected = "\"é😀\\uD800x\\uDC00\"".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, JsonWriter.compact().writeUtf8(s));
        assertEquals(s, JsonReader.strict().read(JsonWriter.compact().writeUtf8(s)), "the round trip keeps lone surrogates");
    }

    @Test
    void names_areEscapedLikeStrings() {
        assertEquals("{\"a\\\"b\\n\":1}", JsonWriter.compact().write(JsonObject.builder().put("a\"b\n", 1).build()));
    }

    @Test
    void write_appendsToAGivenBuilder() {
        StringBuilder out = new StringBuilder("x=");
        JsonWriter.compact().write(JsonArray.builder().add(1).add("a").build(), out);
        assertEquals("x=[1,\"a\"]", out.toString());
    }

    @Test
    void output_readsBackToAnEqualTree() {
        for (JsonWriter writer : new JsonWriter[] {JsonWriter.compact(), JsonWriter.pretty()}) {
            assertEquals(TOKEN_REQUEST, JsonReader.strict().read(writer.writeUtf8(TOKEN_REQUEST)));
        }
    }
}
