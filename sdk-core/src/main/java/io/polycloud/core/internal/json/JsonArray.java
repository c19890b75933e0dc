package io.polycloud.core.internal.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A JSON array: an immutable list of values.
 *
 * <pre>{@code
 * JsonArray methods = JsonArray.builder().add("password").build();
 * }</pre>
 */
public final class JsonArray implements JsonValue, Iterable<JsonValue> {

    static final JsonArray EMPTY = new JsonArray(new JsonValue[0], 0);

    // The reader's growing array, not trimmed: a copy per array would cost more than the slack.
    private final JsonValue[] values;
    private final int size;
    private final int depth;

    /** Takes ownership of {@code values}, of which the first {@code size} are the elements. */
    JsonArray(JsonValue[] values, int size) {
        this.values = values;
        this.size = size;
        this.depth = JsonArray.containerDepth(values, size);
    }

    /** The depth of a container holding {@code values[0, size)}; refuses one beyond {@link #MAX_DEPTH}. */
    static int containerDepth(JsonValue[] values, int size) {
        int deepest = 0;
        for (int i = 0; i < size; i++) {
            deepest = Math.max(deepest, values[i].depth());
        }
        if (deepest + 1 > MAX_DEPTH) {
            throw new JsonException("nesting deeper than " + MAX_DEPTH);
        }
        return deepest + 1;
    }

    /**
     * A builder of an array.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Type type() {
        return Type.ARRAY;
    }

    @Override
    public JsonArray asArray() {
        return this;
    }

    @Override
    public int depth() {
        return depth;
    }

    /**
     * The values, in order.
     *
     * @return an unmodifiable list
     */
    public List<JsonValue> values() {
        return Collections.unmodifiableList(Arrays.asList(values).subList(0, size));
    }

    /**
     * The value at an index.
     *
     * @param index from 0
     * @return the value
     * @throws IndexOutOfBoundsException if there is no such element
     */
    public JsonValue get(int index) {
        return values[Objects.checkIndex(index, size)];
    }

    /**
     * The number of values.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    @Override
    public Iterator<JsonValue> iterator() {
        return values().iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonArray a && Arrays.equals(values, 0, size, a.values, 0, a.size);
    }

    /** As {@link List#hashCode()}. */
    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size; i++) {
            h = 31 * h + values[i].hashCode();
        }
        return h;
    }

    /** The shape only; strings show their length (see {@link JsonString#toString()}). */
    @Override
    public String toString() {
        return values().toString();
    }

    /** Collects the values of an array. Not thread-safe. */
    public static final class Builder {

        private final List<JsonValue> values = new ArrayList<>();

        private Builder() {
        }

        /**
         * Appends a value.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder add(JsonValue value) {
            values.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Appends a string.
         *
         * @param value the text
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder add(String value) {
            return add(new JsonString(value));
        }

        /**
         * Appends an integer.
         *
         * @param value the value
         * @return this builder
         */
        public Builder add(long value) {
            return add(JsonNumber.of(value));
        }

        /**
         * The array.
         *
         * @return a new array holding the values added so far
         * @throws JsonException if the array would be nested deeper than {@link JsonValue#MAX_DEPTH}
         */
        public JsonArray build() {
            return new JsonArray(values.toArray(new JsonValue[0]), values.size());
        }
    }
}
