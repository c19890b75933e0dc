package io.polycloud.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reading members: absent and null read as empty, a wrong type says what was found. */
class JsonObjectTest {

    private static final JsonObject BODY = JsonReader.strict().readObject(("{\"RequestId\":\"r-1\",\"Count\":3,\"Ok\":true,"
            + "\"Gone\":null,\"Empty\":\"\",\"Ids\":[\"a\",\"b\"],\"Jobs\":[{\"JobId\":\"j\"}],\"Mixed\":[\"a\",2],"
            + "\"Nested\":{\"x\":1}}").getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Test
    void typedAccessors_readMembersOfTheirType() {
        assertEquals(Optional.of("r-1"), BODY.string("RequestId"));
        assertEquals(Optional.of(""), BODY.string("Empty"));
        assertEquals(3, BODY.number("Count").orElseThrow().intValueExact());
        assertEquals(Optional.of(true), BODY.bool("Ok"));
        assertEquals(Optional.of("1"), BODY.object("Nested").flatMap(n -> n.number("x")).map(JsonNumber::text));
        assertEquals(2, BODY.array("Ids").orElseThrow().size());
        assertEquals(List.of("a", "b"), BODY.strings("Ids"));
        assertEquals(List.of("j"), BODY.objects("Jobs").stream().map(j -> j.string("JobId").orElseThrow()).toList());
    }

    @Test
    void typedAccessors_readAbsentAndNullMembersAsEmpty() {
        for (String name : List.of("Missing", "Gone")) {
            assertEquals(Optional.empty(), BODY.string(name));
            assertEquals(Optional.empty(), BODY.number(name));
            assertEquals(Optional.empty(), BODY.bool(name));
            assertEquals(Optional.empty(), BODY.object(name));
            assertEquals(Optional.empty(), BODY.array(name));
            assertEquals(List.of(), BODY.strings(name));
            assertEquals(List.of(), BODY.objects(name));
        }
        assertEquals(Optional.of(JsonNull.NULL), BODY.get("Gone"), "get tells null from absent");
        assertEquals(Optional.empty(), BODY.get("Missing"));
    }

    @Test
    void typedAccessors_onAnotherType_sayWhatWasFound() {
        assertEquals("Count is a NUMBER instead of a string", assertThrows(JsonException.class, () -> BODY.string("Count")).getMessage());
        assertEquals("RequestId is a STRING instead of a number", assertThrows(JsonException.class, () -> BODY.number("RequestId")).getMessage());
        assertEquals("Ids is an ARRAY instead of a boolean", assertThrows(JsonException.class, () -> BODY.bool("Ids")).getMessage());
        assertEquals("Ids is an ARRAY instead of an object", assertThrows(JsonException.class, () -> BODY.object("Ids")).getMessage());
        assertEquals("Nested is an OBJECT instead of an array", assertThrows(JsonException.class, () -> BODY.array("Nested")).getMessage());
        assertEquals("Mixed[1] is a NUMBER instead of a string", assertThrows(JsonException.class, () -> BODY.strings("Mixed")).getMessage());
        assertEquals("Ids[0] is a STRING instead of an object", assertThrows(JsonException.class, () -> BODY.objects("Ids")).getMessage());
        assertEquals("Ok is a BOOLEAN instead of an array", assertThrows(JsonException.class, () -> BODY.strings("Ok")).getMessage());
    }

    @Test
    void valueAccessors_onAnotherType_sayWhatWasFound() {
        assertEquals("the value is NULL instead of a string", assertThrows(JsonException.class, JsonNull.NULL::asString).getMessage());
        assertEquals("the value is an OBJECT instead of an array", assertThrows(JsonException.class, BODY::asArray).getMessage());
        assertEquals("the value is a BOOLEAN instead of a number",
                assertThrows(JsonException.class, JsonBoolean.TRUE::asNumber).getMessage());
        assertEquals("the value is a STRING instead of an object",
                assertThrows(JsonException.class, () -> new JsonString("x").asObject()).getMessage());
        assertEquals("the value is a NUMBER instead of a boolean",
                assertThrows(JsonException.class, () -> JsonNumber.of(1).asBoolean()).getMessage());
    }

    @Test
    void largeObject_findsEveryMemberAndRejectsDuplicates() {
        String json = IntStream.range(0, 100).mapToObj(i -> "\"k" + i + "\":" + i).collect(Collectors.joining(",", "{", "}"));
        JsonObject o = JsonReader.strict().read(json).asObject();
        for (int i = 0; i < 100; i++) {
            assertEquals(i, o.number("k" + i).orElseThrow().intValueExact());
        }
        assertEquals(Optional.empty(), o.get("k100"));
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.strict().read(json.replace("}", ",\"k42\":1}")));
        assertTrue(e.getMessage().startsWith("duplicate member name \"k42\""), e.getMessage());
    }

    @Test
    void equality_ignoresMemberOrderLikeAMap() {
        JsonObject ab = JsonReader.strict().read("{\"a\":1,\"b\":[true]}").asObject();
        JsonObject ba = JsonReader.strict().read("{\"b\":[true],\"a\":1}").asObject();
        assertEquals(ab, ba);
        assertEquals(ab.hashCode(), ba.hashCode());
        assertEquals(ab.members(), ba.members());
        assertEquals(ab.members().hashCode(), ab.hashCode());
        assertNotEquals(ab, JsonReader.strict().read("{\"a\":1,\"b\":[false]}"));
        assertNotEquals(ab, JsonReader.strict().read("{\"a\":1,\"c\":[true]}"));
    }

    @Test
    void builder_keepsFirstPlaceAndLastValueOfARepeatedName() {
        JsonObject o = JsonObject.builder().put("a", 1).put("b", "x").put("a", true).build();
        assertEquals(List.of("a", "b"), o.names());
        assertEquals(Optional.of(true), o.bool("a"));
    }

    @Test
    void builder_refusesNullsAndTreesDeeperThanTheLimit() {
        assertThrows(NullPointerException.class, () -> JsonObject.builder().put(null, 1));
        assertThrows(NullPointerException.class, () -> JsonObject.builder().put("a", (String) null));
        JsonValue deep = JsonArray.builder().build();
        for (int i = 1; i < JsonValue.MAX_DEPTH; i++) {
            deep = i % 2 == 0 ? JsonArray.builder().add(deep).build() : JsonObject.builder().put("a", deep).build();
        }
        assertEquals(JsonValue.MAX_DEPTH, deep.depth());
        JsonValue tooDeep = deep;
        assertThrows(JsonException.class, () -> JsonArray.builder().add(tooDeep).build());
    }

    @Test
    void toString_showsShapeButNoStringContent() {
        JsonObject o = JsonObject.builder().put("AccessKeySecret", "s3cr3t").put("n", 5)
                .put("list", JsonArray.builder().add("tok").add(JsonNull.NULL).build()).build();
        String shown = o.toString();
        assertEquals("{AccessKeySecret=JsonString[6 chars], n=5, list=[JsonString[3 chars], null]}", shown);
        assertFalse(shown.contains("s3cr3t"));
    }
}
