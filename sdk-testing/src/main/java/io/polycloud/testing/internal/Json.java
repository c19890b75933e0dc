package io.polycloud.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Internal: the emulator's one JSON codec, so every answer and admin document is written and read
 * the same way. Not part of the public API.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /**
     * A new, empty JSON object.
     *
     * @return the object
     */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Parses a document.
     *
     * @param bytes UTF-8 JSON
     * @return the root node, a missing node for an empty input
     * @throws MalformedRequestException if it is not JSON
     */
    public static JsonNode parse(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            return node == null ? MAPPER.missingNode() : node;
        } catch (IOException e) {
            throw new MalformedRequestException("the body is not valid JSON");
        }
    }
}
