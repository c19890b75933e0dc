package io.polycloud.core.internal.json;

/** The JSON {@code true} and {@code false}. */
public enum JsonBoolean implements JsonValue {
    /** {@code true}. */
    TRUE,
    /** {@code false}. */
    FALSE;

    /**
     * The JSON value of a boolean.
     *
     * @param value the boolean
     * @return {@link #TRUE} or {@link #FALSE}
     */
    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public Type type() {
        return Type.BOOLEAN;
    }

    @Override
    public boolean asBoolean() {
        return this == TRUE;
    }

    @Override
    public String toString() {
        return this == TRUE ? "true" : "false";
    }
}
