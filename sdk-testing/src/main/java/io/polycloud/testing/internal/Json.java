package io.polycloud.testing.internal;

import io.polycloud.core.internal.json.JsonArray;
import io.polycloud.core.internal.json.JsonBoolean;
import io.polycloud.core.internal.json.JsonException;
import io.polycloud.core.internal.json.JsonNull;
import io.polycloud.core.internal.json.JsonNumber;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.core.internal.json.JsonReader;
import io.polycloud.core.internal.json.JsonString;
import io.polycloud.core.internal.json.JsonValue;
import io.polycloud.core.internal.json.JsonWriter;

/**
 * Internal: the emulator's one JSON codec, so every answer and admin document is written and read
 * the same way (core's strict reader and compact writer). Not part of the public API.
 */
public final class Json {

    private static final JsonReader READER = JsonReader.strict();

    private Json() {
    }

    /**
     * A builder of a JSON object.
     *
     * @return an empty builder
     */
    public static JsonObject.Builder object() {
        return JsonObject.builder();
    }

    /**
     * The compact text of a value, as answers carry it.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String write(JsonValue value) {
        return JsonWriter.compact().write(value);
    }

    /**
     * Parses a document; an empty or blank one reads as {@link JsonNull#NULL}, like an absent document.
     *
     * @param bytes UTF-8 JSON
     * @return the value
     * @throws MalformedRequestException if it is not JSON
     */
    public static JsonValue parse(byte[] bytes) {
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return JsonNull.NULL;
        }
        try {
            return READER.read(bytes);
        } catch (JsonException e) {
            throw new MalformedRequestException("the body is not valid JSON");
        }
    }

    /**
     * Follows member names from a value, forgiving any step that does not lead anywhere: what the
     * clouds' own SDKs send is read leniently.
     *
     * @param value where to start
     * @param path  member names
     * @return the value found, or {@link JsonNull#NULL} if a member is missing or a step is not an object
     */
    public static JsonValue at(JsonValue value, String... path) {
        JsonValue v = value;
        for (String name : path) {
            v = v instanceof JsonObject o ? o.get(name).orElse(JsonNull.NULL) : JsonNull.NULL;
        }
        return v;
    }

    /**
     * The text of a scalar at a path: a string as it is, a number or boolean as written.
     *
     * @param value where to start
     * @param path  member names
     * @return the text, or {@code ""} for anything else (missing, null, a container)
     */
    public static String text(JsonValue value, String... path) {
        JsonValue v = at(value, path);
        if (v instanceof JsonString s) {
            return s.value();
        }
        return v instanceof JsonNumber || v instanceof JsonBoolean ? v.toString() : "";
    }

    /**
     * The elements of an array member.
     *
     * @param value where to start
     * @param path  member names
     * @return the array, empty if the path leads to anything else
     */
    public static JsonArray array(JsonValue value, String... path) {
        return at(value, path) instanceof JsonArray a ? a : JsonArray.builder().build();
    }
}
