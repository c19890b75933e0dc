package io.polycloud.core.internal.json;

/**
 * A JSON number, kept as the text it was written with, so reading never rounds and a hostile
 * {@code 1e999999999} costs nothing until someone asks for its value. The accessors convert on
 * demand and fail instead of rounding or overflowing. Two numbers are equal when their texts
 * are: {@code 1.0} and {@code 1} are different values here.
 *
 * <p>Grammar (RFC 8259): {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, at most
 * {@link #MAX_LENGTH} characters.
 */
public final class JsonNumber implements JsonValue {

    /** Longest number text accepted: 1000 characters, Jackson's default too. */
    public static final int MAX_LENGTH = 1000;

    private final String text;

    private JsonNumber(String text) {
        this.text = text;
    }

    /** Text the reader already checked against the grammar. */
    static JsonNumber ofChecked(String text) {
        return new JsonNumber(text);
    }

    /**
     * A number from its JSON text.
     *
     * @param text e.g. {@code "-12.5e3"}
     * @return the number
     * @throws JsonException if {@code text} is not a JSON number
     * @throws NullPointerException if {@code text} is null
     */
    public static JsonNumber of(String text) {
        if (text.length() > MAX_LENGTH || grammarEnd(text) != text.length()) {
            throw new JsonException("not a JSON number: " + text.length() + " characters");
        }
        return new JsonNumber(text);
    }

    /**
     * An integer.
     *
     * @param value the value
     * @return the number
     */
    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value));
    }

    /**
     * A floating-point number, written as {@link Double#toString(double)} writes it.
     *
     * @param value a finite value
     * @return the number
     * @throws JsonException if {@code value} is NaN or infinite, which JSON cannot express
     */
    public static JsonNumber of(double value) {
        if (!Double.isFinite(value)) {
            throw new JsonException("JSON has no " + value);
        }
        return new JsonNumber(Double.toString(value));
    }

    /** Where the longest prefix of {@code s} matching the number grammar ends, or -1 if none does. */
    private static int grammarEnd(CharSequence s) {
        int i = 0;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            i++;
        } else if (i < n && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return -1;
        }
        if (i < n && s.charAt(i) == '.') {
            int digits = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int digits = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public Type type() {
        return Type.NUMBER;
    }

    @Override
    public JsonNumber asNumber() {
        return this;
    }

    /**
     * The number as written.
     *
     * @return the JSON text
     */
    public String text() {
        return text;
    }

    /**
     * Whether the number is written without fraction or exponent ({@code 12}, not {@code 12.0}).
     *
     * @return true for an integer literal
     */
    public boolean isIntegral() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    /**
     * The value as a {@code long}.
     *
     * @return the value
     * @throws JsonException if the number is not an integer literal or does not fit in a long
     */
    public long longValueExact() {
        if (!isIntegral() || text.length() > 20) {
            throw new JsonException("the number (" + text.length() + " characters) is not a 64-bit integer");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new JsonException("the number (" + text.length() + " characters) is not a 64-bit integer");
        }
    }

    /**
     * The value as an {@code int}.
     *
     * @return the value
     * @throws JsonException if the number is not an integer literal or does not fit in an int
     */
    public int intValueExact() {
        long value = longValueExact();
        if (value != (int) value) {
            throw new JsonException("the number " + value + " is not a 32-bit integer");
        }
        return (int) value;
    }

    /**
     * The nearest {@code double}; a magnitude beyond its range reads as an infinity or zero.
     *
     * @return the value
     */
    public double doubleValue() {
        return Double.parseDouble(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonNumber n && n.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
