package io.polycloud.core.internal.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object: members with distinct names, in document order. Immutable.
 *
 * <p>The named accessors treat an absent member and a {@code null} one alike (empty), and fail
 * with a message naming the member when it holds another type, so a response handler reads
 * <pre>{@code
 * String jobId = body.string("JobId").orElseThrow(() -> new JsonException("missing JobId"));
 * // a number there: JsonException "JobId is a NUMBER instead of a string"
 * }</pre>
 * Equality is that of maps: the order of members does not matter.
 */
public final class JsonObject implements JsonValue {

    /** Up to this many members a lookup scans the names: cheaper than building a hash index for a typical response item. */
    static final int LINEAR_LOOKUP_MAX = 16;

    static final JsonObject EMPTY = new JsonObject(new String[0], new JsonValue[0], 0, null);

    // The reader's growing arrays, not trimmed: a copy per object would cost more than the slack.
    private final String[] names;
    private final JsonValue[] values;
    private final int size;
    private final Map<String, Integer> index;
    private final int depth;

    /**
     * Takes ownership of the arrays, whose first {@code size} entries are the members (with
     * distinct names), and of {@code index} (name to position), which must be given when there
     * are more than {@link #LINEAR_LOOKUP_MAX} members.
     */
    JsonObject(String[] names, JsonValue[] values, int size, Map<String, Integer> index) {
        this.names = names;
        this.values = values;
        this.size = size;
        this.index = index;
        this.depth = JsonArray.containerDepth(values, size);
    }

    /**
     * A builder of an object.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Type type() {
        return Type.OBJECT;
    }

    @Override
    public JsonObject asObject() {
        return this;
    }

    @Override
    public int depth() {
        return depth;
    }

    /**
     * The number of members.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * The member names, in document order.
     *
     * @return an unmodifiable list
     */
    public List<String> names() {
        return Collections.unmodifiableList(Arrays.asList(names).subList(0, size));
    }

    /**
     * The members, in document order.
     *
     * @return an unmodifiable map, a copy made on each call
     */
    public Map<String, JsonValue> members() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            members.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(members);
    }

    /** The name of the member at {@code i}, in document order. */
    String nameAt(int i) {
        return names[i];
    }

    /** The value of the member at {@code i}, in document order. */
    JsonValue valueAt(int i) {
        return values[i];
    }

    /**
     * A member, whatever its type; a {@code null} member is present, as {@link JsonNull#NULL}.
     *
     * @param name the member name
     * @return the value, or empty if there is no such member
     */
    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(find(name));
    }

    private JsonValue find(String name) {
        Objects.requireNonNull(name, "name");
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? null : values[i];
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** The member, or null when absent or JSON null; throws when it is of another type. */
    private JsonValue typed(String name, Type type) {
        JsonValue v = find(name);
        if (v == null || v == JsonNull.NULL) {
            return null;
        }
        if (v.type() != type) {
            throw JsonException.wrongType(name, v, type);
        }
        return v;
    }

    /**
     * A string member.
     *
     * @param name the member name
     * @return its text (possibly empty), or empty if the member is absent or null
     * @throws JsonException if the member holds another type, e.g. "RequestId is a NUMBER instead of a string"
     */
    public Optional<String> string(String name) {
        JsonValue v = typed(name, Type.STRING);
        return v == null ? Optional.empty() : Optional.of(v.asString());
    }

    /**
     * A number member.
     *
     * @param name the member name
     * @return the number, or empty if the member is absent or null
     * @throws JsonException if the member holds another type
     */
    public Optional<JsonNumber> number(String name) {
        return Optional.ofNullable((JsonNumber) typed(name, Type.NUMBER));
    }

    /**
     * A boolean member.
     *
     * @param name the member name
     * @return the boolean, or empty if the member is absent or null
     * @throws JsonException if the member holds another type
     */
    public Optional<Boolean> bool(String name) {
        JsonValue v = typed(name, Type.BOOLEAN);
        return v == null ? Optional.empty() : Optional.of(v.asBoolean());
    }

    /**
     * An object member.
     *
     * @param name the member name
     * @return the object, or empty if the member is absent or null
     * @throws JsonException if the member holds another type
     */
    public Optional<JsonObject> object(String name) {
        return Optional.ofNullable((JsonObject) typed(name, Type.OBJECT));
    }

    /**
     * An array member.
     *
     * @param name the member name
     * @return the array, or empty if the member is absent or null
     * @throws JsonException if the member holds another type
     */
    public Optional<JsonArray> array(String name) {
        return Optional.ofNullable((JsonArray) typed(name, Type.ARRAY));
    }

    /**
     * An array member whose elements must all be objects.
     *
     * @param name the member name
     * @return the objects; empty if the member is absent or null
     * @throws JsonException if the member is not an array, or an element is not an object
     *                       ("FailoverTestJobList[2] is a STRING instead of an object")
     */
    public List<JsonObject> objects(String name) {
        return elements(name, Type.OBJECT, JsonValue::asObject);
    }

    /**
     * An array member whose elements must all be strings.
     *
     * @param name the member name
     * @return the texts; empty if the member is absent or null
     * @throws JsonException if the member is not an array, or an element is not a string
     *                       ("ResourceId[0] is a NUMBER instead of a string")
     */
    public List<String> strings(String name) {
        return elements(name, Type.STRING, JsonValue::asString);
    }

    private <T> List<T> elements(String name, Type type, java.util.function.Function<JsonValue, T> as) {
        JsonValue array = typed(name, Type.ARRAY);
        if (array == null) {
            return List.of();
        }
        JsonArray elements = array.asArray();
        List<T> result = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            JsonValue element = elements.get(i);
            if (element.type() != type) {
                throw JsonException.wrongType(name + "[" + i + "]", element, type);
            }
            result.add(as.apply(element));
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonObject other) || other.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!values[i].equals(other.find(names[i]))) {
                return false;
            }
        }
        return true;
    }

    /** As {@link Map#hashCode()}: independent of the members' order. */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < size; i++) {
            h += names[i].hashCode() ^ values[i].hashCode();
        }
        return h;
    }

    /** The member names and the values' shapes; strings show only their length. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            s.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
        }
        return s.append('}').toString();
    }

    /** Collects the members of an object; a name given twice keeps its first place and its last value. Not thread-safe. */
    public static final class Builder {

        private final Map<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets a member.
         *
         * @param name  the member name
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder put(String name, JsonValue value) {
            members.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets a string member.
         *
         * @param name  the member name
         * @param value the text
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder put(String name, String value) {
            return put(name, new JsonString(value));
        }

        /**
         * Sets an integer member.
         *
         * @param name  the member name
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder put(String name, long value) {
            return put(name, JsonNumber.of(value));
        }

        /**
         * Sets a boolean member.
         *
         * @param name  the member name
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder put(String name, boolean value) {
            return put(name, JsonBoolean.of(value));
        }

        /**
         * The object.
         *
         * @return a new object holding the members set so far
         * @throws JsonException if the object would be nested deeper than {@link JsonValue#MAX_DEPTH}
         */
        public JsonObject build() {
            int size = members.size();
            String[] names = members.keySet().toArray(new String[0]);
            JsonValue[] values = members.values().toArray(new JsonValue[0]);
            return new JsonObject(names, values, size, size > LINEAR_LOOKUP_MAX ? indexOf(names, size) : null);
        }
    }

    /** Name to position, for objects too large to scan. */
    static Map<String, Integer> indexOf(String[] names, int size) {
        Map<String, Integer> index = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            index.put(names[i], i);
        }
        return index;
    }
}
