package io.polycloud.core.internal.json;

import java.util.Objects;

/**
 * A JSON string. Its {@link #toString()} gives only the length, since strings carry tokens and
 * secrets; {@link #value()} gives the text.
 *
 * @param value the text, which may hold any char, unpaired surrogates included
 */
public record JsonString(String value) implements JsonValue {

    /**
     * A string value.
     *
     * @param value the text
     * @throws NullPointerException if {@code value} is null
     */
    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Type type() {
        return Type.STRING;
    }

    @Override
    public String asString() {
        return value;
    }

    @Override
    public String toString() {
        return "JsonString[" + value.length() + " chars]";
    }
}
