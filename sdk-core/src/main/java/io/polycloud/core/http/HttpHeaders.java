package io.polycloud.core.http;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.logging.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable, ordered list of HTTP header fields. Lookups ignore the case of names; the case
 * given on insertion is kept for the wire. Values are validated on insertion: a CR, LF or other
 * control character is rejected, so no value can split a request.
 */
public final class HttpHeaders {

    private static final HttpHeaders EMPTY = new HttpHeaders(new String[0]);

    // Alternating name, value, in an array of exactly that length: compact, and a copy per
    // request (signing adds headers on every attempt) costs one array allocation.
    private final String[] namesAndValues;

    private HttpHeaders(String[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /**
     * No headers.
     *
     * @return the empty instance
     */
    public static HttpHeaders empty() {
        return EMPTY;
    }

    /**
     * A builder for a new header list.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these headers.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(namesAndValues);
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the value, empty if absent
     */
    public Optional<String> first(String name) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equalsIgnoreCase(name)) {
                return Optional.of(namesAndValues[i + 1]);
            }
        }
        return Optional.empty();
    }

    /**
     * Every value of a header, in order.
     *
     * @param name the header name, any case
     * @return the values, empty if absent
     */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>(1);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equalsIgnoreCase(name)) {
                values.add(namesAndValues[i + 1]);
            }
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Whether a header is present.
     *
     * @param name the header name, any case
     * @return true if at least one value exists
     */
    public boolean contains(String name) {
        return first(name).isPresent();
    }

    /**
     * The distinct header names, in first-seen order and insertion case.
     *
     * @return the names
     */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            names.add(namesAndValues[i]);
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * Number of header fields (a repeated name counts each time).
     *
     * @return the size
     */
    public int size() {
        return namesAndValues.length / 2;
    }

    /**
     * The name of the field at an index, as inserted.
     *
     * @param index 0 to {@link #size()} - 1, in insertion order
     * @return the name
     * @throws IndexOutOfBoundsException if there is no such field
     */
    public String name(int index) {
        return namesAndValues[2 * Objects.checkIndex(index, size())];
    }

    /**
     * The value of the field at an index.
     *
     * @param index 0 to {@link #size()} - 1, in insertion order
     * @return the value
     * @throws IndexOutOfBoundsException if there is no such field
     */
    public String value(int index) {
        return namesAndValues[2 * Objects.checkIndex(index, size()) + 1];
    }

    /**
     * Calls {@code action} with every name and value, in order.
     *
     * @param action receives name, value
     */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            action.accept(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpHeaders h && Arrays.equals(h.namesAndValues, namesAndValues);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(namesAndValues);
    }

    /** Headers with credential values redacted. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        forEach((n, v) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(n).append(": ").append(Redaction.headerValue(n, v));
        });
        return sb.append('}').toString();
    }

    /** Builds {@link HttpHeaders}. */
    public static final class Builder {
        private static final boolean[] TOKEN_CHARS = tokenChars();

        private String[] namesAndValues;
        private int length;

        private Builder() {
            this.namesAndValues = new String[16];
        }

        private Builder(String[] from) {
            // Room for the few headers signing adds, so an attempt's copy is not resized.
            this.namesAndValues = Arrays.copyOf(from, from.length + 8);
            this.length = from.length;
        }

        /**
         * Appends a header field, keeping existing ones of the same name.
         *
         * @param name  a token (RFC 9110 tchar), not null
         * @param value printable ASCII or TAB, not null
         * @return this builder
         * @throws SdkClientException if the name or value is invalid
         */
        public Builder add(String name, String value) {
            checkName(name);
            checkValue(name, value);
            append(name, value);
            return this;
        }

        /**
         * Appends a header field received from a server. Servers are not held to the rules
         * {@link #add(String, String)} enforces on what the SDK sends: control characters and
         * non-ASCII characters are replaced with {@code ?} instead of rejected.
         *
         * @param name  the received name
         * @param value the received value
         * @return this builder
         */
        public Builder addReceived(String name, String value) {
            append(sanitize(name), sanitize(value));
            return this;
        }

        /**
         * Replaces every field of that name with one field.
         *
         * @param name  the header name
         * @param value the value
         * @return this builder
         * @throws SdkClientException if the name or value is invalid
         */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /**
         * Removes every field of that name.
         *
         * @param name the header name, any case
         * @return this builder
         */
        public Builder remove(String name) {
            int kept = 0;
            for (int i = 0; i < length; i += 2) {
                if (!namesAndValues[i].equalsIgnoreCase(name)) {
                    namesAndValues[kept] = namesAndValues[i];
                    namesAndValues[kept + 1] = namesAndValues[i + 1];
                    kept += 2;
                }
            }
            Arrays.fill(namesAndValues, kept, length, null);
            length = kept;
            return this;
        }

        private void append(String name, String value) {
            if (length + 2 > namesAndValues.length) {
                namesAndValues = Arrays.copyOf(namesAndValues, namesAndValues.length * 2);
            }
            namesAndValues[length++] = name;
            namesAndValues[length++] = value;
        }

        /**
         * Builds the immutable header list.
         *
         * @return the headers
         */
        public HttpHeaders build() {
            return length == 0 ? EMPTY : new HttpHeaders(Arrays.copyOf(namesAndValues, length));
        }

        private static void checkName(String name) {
            Objects.requireNonNull(name, "header name");
            if (name.isEmpty()) {
                throw new SdkClientException("header name must not be empty");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= TOKEN_CHARS.length || !TOKEN_CHARS[c]) {
                    throw new SdkClientException("header name '" + printable(name) + "' has an invalid character at index " + i);
                }
            }
        }

        // RFC 9110 tchar: visible ASCII except delimiters. A table, as every header of every attempt is checked.
        private static boolean[] tokenChars() {
            boolean[] table = new boolean[0x7F];
            for (char c = 0x21; c < 0x7F; c++) {
                table[c] = "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
            }
            return table;
        }

        private static void checkValue(String name, String value) {
            if (value == null) {
                throw new SdkClientException("header " + name + " value is required but was null");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t') || c >= 0x7F) {
                    throw new SdkClientException("header " + name.toLowerCase(Locale.ROOT)
                            + " value must be printable ASCII without control characters such as CR or LF (index " + i + ")");
                }
            }
        }

        private static String sanitize(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c < 0x20 && c != '\t') || c >= 0x7F) {
                    StringBuilder sb = new StringBuilder(s.length());
                    for (int j = 0; j < s.length(); j++) {
                        char d = s.charAt(j);
                        sb.append((d < 0x20 && d != '\t') || d >= 0x7F ? '?' : d);
                    }
                    return sb.toString();
                }
            }
            return s;
        }

        private static String printable(String s) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length() && i < 64; i++) {
                char c = s.charAt(i);
                sb.append(c < 0x20 || c >= 0x7F ? '?' : c);
            }
            return sb.toString();
        }
    }
}
