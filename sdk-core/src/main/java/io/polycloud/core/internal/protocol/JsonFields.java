package io.polycloud.core.internal.protocol;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.json.JsonArray;
import io.polycloud.core.internal.json.JsonException;
import io.polycloud.core.internal.json.JsonNull;
import io.polycloud.core.internal.json.JsonNumber;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.core.internal.json.JsonReader;
import io.polycloud.core.internal.json.JsonString;
import io.polycloud.core.internal.json.JsonValue;
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
 * empty strings all read as empty. Bodies are read with {@link JsonReader#strict()}; the
 * transport has already capped their size.
 *
 * <pre>{@code
 * JsonFields job = JsonFields.of(response).object("job").orElseThrow(() -> new IOException("missing job"));
 * String status = job.required("status");
 * }</pre>
 */
public final class JsonFields {

    private static final JsonReader JSON = JsonReader.strict().maxBytes(Integer.MAX_VALUE);

    private final JsonObject object;

    private JsonFields(JsonObject object) {
        this.object = object;
    }

    /**
     * The body as a JSON object.
     *
     * @param response the response
     * @return its fields
     * @throws IOException if the body is not one JSON object
     */
    public static JsonFields of(SdkHttpResponse response) throws IOException {
        return new JsonFields(object(response.body()));
    }

    /**
     * A body that must be one JSON object and nothing else.
     *
     * @param body the bytes received
     * @return the object
     * @throws IOException if the body is empty, not JSON, or another JSON value; the message names
     *                     the kind or the position, never the content
     */
    public static JsonObject object(byte[] body) throws IOException {
        JsonValue value;
        try {
            value = JSON.read(body);
        } catch (JsonException e) {
            String blank = body.length == 0 ? "an empty body" : isBlank(body) ? "only whitespace" : null;
            throw new IOException(blank != null ? "expected a JSON object, got " + blank : "malformed JSON: " + e.getMessage(), e);
        }
        if (!(value instanceof JsonObject object)) {
            throw new IOException("expected a JSON object, got " + value.type().phrase());
        }
        return object;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
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
        JsonValue v = value(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof JsonObject nested)) {
            throw new IOException(field + " is a " + v.type() + " instead of an object");
        }
        return Optional.of(new JsonFields(nested));
    }

    /**
     * Whether a field holds an object.
     *
     * @param field the field name
     * @return true if it does
     */
    public boolean isObject(String field) {
        return value(field) instanceof JsonObject;
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
        for (JsonValue item : array(field)) {
            if (!(item instanceof JsonObject nested)) {
                throw new IOException(field + " holds a " + item.type() + " instead of an object");
            }
            objects.add(new JsonFields(nested));
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
        for (JsonValue item : array(field)) {
            if (!(item instanceof JsonString s)) {
                throw new IOException(field + " holds a " + item.type() + " instead of a string");
            }
            strings.add(s.value());
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
        JsonValue v = value(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof JsonString s)) {
            throw new IOException(field + " is a " + v.type() + " instead of a string");
        }
        return s.value().isEmpty() ? Optional.empty() : Optional.of(s.value());
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
        return value(field) instanceof JsonNumber n ? Optional.of(n.text()) : text(field);
    }

    /**
     * An integer field, sent as a number or as a numeric string.
     *
     * @param field the field name
     * @return the value, empty if absent
     * @throws IOException if it is not an integer
     */
    public Optional<Integer> integer(String field) throws IOException {
        if (value(field) instanceof JsonNumber n) {
            try {
                return Optional.of(n.intValueExact());
            } catch (JsonException e) {
                throw new IOException(field + " is not an integer", e);
            }
        }
        try {
            return text(field).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new IOException(field + " is not an integer", e);
        }
    }

    /** The member, or null when absent or JSON null. */
    private JsonValue value(String field) {
        JsonValue v = object.get(field).orElse(null);
        return v == JsonNull.NULL ? null : v;
    }

    private JsonArray array(String field) throws IOException {
        JsonValue v = value(field);
        if (v == null) {
            return JsonArray.builder().build();
        }
        if (!(v instanceof JsonArray array)) {
            throw new IOException(field + " is a " + v.type() + " instead of an array");
        }
        return array;
    }
}
