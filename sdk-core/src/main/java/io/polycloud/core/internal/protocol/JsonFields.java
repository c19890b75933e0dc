package io.polycloud.core.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.pipeline.ResponseHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one JSON object in a successful answer, read defensively: a body that is not a
 * JSON object, a required field that is missing, or a field of the wrong type throws
 * {@link IOException}, which the pipeline reports as a {@code ServiceException} with code
 * {@code InvalidResponse} that keeps the HTTP status and request id. Absent, {@code null} and
 * empty strings all read as empty. The JSON library stays behind this type.
 *
 * <pre>{@code
 * JsonFields job = JsonFields.of(response).object("job").orElseThrow(() -> new IOException("missing job"));
 * String status = job.required("status");
 * }</pre>
 */
public final class JsonFields {

    private final JsonNode node;

    private JsonFields(JsonNode node) {
        this.node = node;
    }

    /**
     * The body as a JSON object.
     *
     * @param response the response
     * @return its fields
     * @throws IOException if the body is not one JSON object
     */
    public static JsonFields of(SdkHttpResponse response) throws IOException {
        JsonNode node = Mapper.INSTANCE.readTree(response.body());
        if (node == null || !node.isObject()) {
            throw new IOException("expected a JSON object");
        }
        return new JsonFields(node);
    }

    /**
     * Wraps a handler so that a value the model refuses (a control character in an id, say) is
     * reported as the service's fault, an unreadable response, not as the caller's
     * {@link SdkClientException}.
     *
     * @param handler the handler
     * @param <T>     the result type
     * @return the wrapped handler
     */
    public static <T> ResponseHandler<T> checked(ResponseHandler<T> handler) {
        return response -> {
            try {
                return handler.handle(response);
            } catch (SdkClientException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }

    /**
     * A nested object.
     *
     * @param field the field name
     * @return its fields, empty if absent or null
     * @throws IOException if the field is not an object
     */
    public Optional<JsonFields> object(String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw new IOException(field + " is a " + v.getNodeType() + " instead of an object");
        }
        return Optional.of(new JsonFields(v));
    }

    /**
     * Whether a field holds an object.
     *
     * @param field the field name
     * @return true if it does
     */
    public boolean isObject(String field) {
        return node.path(field).isObject();
    }

    /**
     * An array of objects.
     *
     * @param field the field name
     * @return the objects' fields, none if absent or null
     * @throws IOException if the field is not an array or holds something else than objects
     */
    public List<JsonFields> objects(String field) throws IOException {
        List<JsonFields> objects = new ArrayList<>();
        for (JsonNode item : array(field)) {
            if (!item.isObject()) {
                throw new IOException(field + " holds a " + item.getNodeType() + " instead of an object");
            }
            objects.add(new JsonFields(item));
        }
        return objects;
    }

    /**
     * An array of strings.
     *
     * @param field the field name
     * @return the strings, none if absent or null
     * @throws IOException if the field is not an array or holds something else than strings
     */
    public List<String> strings(String field) throws IOException {
        List<String> strings = new ArrayList<>();
        for (JsonNode item : array(field)) {
            if (!item.isTextual()) {
                throw new IOException(field + " holds a " + item.getNodeType() + " instead of a string");
            }
            strings.add(item.asText());
        }
        return strings;
    }

    /**
     * A string field that must be there.
     *
     * @param field the field name
     * @return the value
     * @throws IOException if it is missing, empty or not a string
     */
    public String required(String field) throws IOException {
        Optional<String> value = text(field);
        if (value.isEmpty()) {
            throw new IOException("missing " + field);
        }
        return value.get();
    }

    /**
     * A string field.
     *
     * @param field the field name
     * @return the value, empty if absent, null or empty
     * @throws IOException if it is not a string
     */
    public Optional<String> text(String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new IOException(field + " is a " + v.getNodeType() + " instead of a string");
        }
        return v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
    }

    /**
     * A value the caller only passes on, such as a time whose format the reference leaves open:
     * a string, or a number read as its text.
     *
     * @param field the field name
     * @return the value, empty if absent, null or empty
     * @throws IOException if it is neither a string nor a number
     */
    public Optional<String> scalar(String field) throws IOException {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() ? Optional.of(v.asText()) : text(field);
    }

    /**
     * An integer field, sent as a number or as a numeric string.
     *
     * @param field the field name
     * @return the value, empty if absent
     * @throws IOException if it is not an integer
     */
    public Optional<Integer> integer(String field) throws IOException {
        JsonNode v = node.get(field);
        if (v != null && v.isIntegralNumber() && v.canConvertToInt()) {
            return Optional.of(v.intValue());
        }
        if (v != null && v.isNumber()) {
            throw new IOException(field + " is not an integer");
        }
        try {
            return text(field).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new IOException(field + " is not an integer", e);
        }
    }

    private Iterable<JsonNode> array(String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IOException(field + " is a " + v.getNodeType() + " instead of an array");
        }
        return v;
    }

    /** Created on first use: loading jackson-databind costs a client's first call 50 to 200 ms. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }
}
