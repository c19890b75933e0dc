package io.polycloud.core.internal.json;

/**
 * One JSON value: an {@link JsonObject object}, {@link JsonArray array}, {@link JsonString
 * string}, {@link JsonNumber number}, {@link JsonBoolean boolean} or {@link JsonNull null}.
 * Immutable; trees are at most {@link #MAX_DEPTH} containers deep, so walking one recursively
 * never overflows the stack.
 *
 * <p>The {@code asX()} accessors say what was found when the type is not the one asked for:
 * <pre>{@code
 * JsonObject body = JsonReader.strict().read(bytes).asObject();
 * // on [1, 2]: JsonException "the value is an ARRAY instead of an object"
 * }</pre>
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** Deepest nesting of containers any tree may have (a scalar has depth 0, {@code []} depth 1). */
    int MAX_DEPTH = 1000;

    /** The six kinds of JSON value; the names are the ones error messages show. */
    enum Type {
        /** {@code {...}}. */
        OBJECT("an object"),
        /** {@code [...]}. */
        ARRAY("an array"),
        /** {@code "..."}. */
        STRING("a string"),
        /** {@code -1.5e3}. */
        NUMBER("a number"),
        /** {@code true} or {@code false}. */
        BOOLEAN("a boolean"),
        /** {@code null}. */
        NULL("null");

        private final String phrase;

        Type(String phrase) {
            this.phrase = phrase;
        }

        /**
         * The type in a sentence: {@code "an object"}, {@code "a string"}, {@code "null"}.
         *
         * @return the phrase
         */
        public String phrase() {
            return phrase;
        }
    }

    /**
     * What kind of value this is.
     *
     * @return the type
     */
    Type type();

    /**
     * This value as an object.
     *
     * @return this
     * @throws JsonException if it is not an object
     */
    default JsonObject asObject() {
        throw JsonException.wrongType("the value", this, Type.OBJECT);
    }

    /**
     * This value as an array.
     *
     * @return this
     * @throws JsonException if it is not an array
     */
    default JsonArray asArray() {
        throw JsonException.wrongType("the value", this, Type.ARRAY);
    }

    /**
     * This value's text, if it is a string.
     *
     * @return the text
     * @throws JsonException if it is not a string
     */
    default String asString() {
        throw JsonException.wrongType("the value", this, Type.STRING);
    }

    /**
     * This value as a number.
     *
     * @return this
     * @throws JsonException if it is not a number
     */
    default JsonNumber asNumber() {
        throw JsonException.wrongType("the value", this, Type.NUMBER);
    }

    /**
     * This value as a boolean.
     *
     * @return the boolean
     * @throws JsonException if it is not {@code true} or {@code false}
     */
    default boolean asBoolean() {
        throw JsonException.wrongType("the value", this, Type.BOOLEAN);
    }

    /**
     * How many containers deep this value is: 0 for a scalar, 1 for a container of scalars.
     *
     * @return the depth, at most {@link #MAX_DEPTH}
     */
    default int depth() {
        return 0;
    }
}
