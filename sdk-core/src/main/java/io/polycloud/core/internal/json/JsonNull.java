package io.polycloud.core.internal.json;

/** The JSON {@code null}. */
public enum JsonNull implements JsonValue {
    /** The one null. */
    NULL;

    @Override
    public Type type() {
        return Type.NULL;
    }

    @Override
    public String toString() {
        return "null";
    }
}
