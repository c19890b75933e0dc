package io.polycloud.testing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Internal: an {@code Authorization} header of the form {@code ALGORITHM k=v,k=v}, as both
 * clouds write it (Alibaba Cloud without spaces after the commas, Huawei Cloud with). Not part
 * of the public API.
 *
 * @param algorithm the scheme, for example {@code ACS3-HMAC-SHA256}
 * @param fields    the {@code k=v} pairs, keys as sent
 */
public record AuthorizationHeader(String algorithm, Map<String, String> fields) {

    /**
     * Parses a header value.
     *
     * @param value the value
     * @return the parsed header, empty if it is not of that form
     */
    public static Optional<AuthorizationHeader> parse(String value) {
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String part : trimmed.substring(space + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return Optional.of(new AuthorizationHeader(trimmed.substring(0, space), Map.copyOf(fields)));
    }

    /**
     * A field's value.
     *
     * @param name the key, exact case
     * @return the value, empty if absent or blank
     */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(v -> !v.isEmpty());
    }

    /**
     * The {@code SignedHeaders} list, lower case, in the order given.
     *
     * @return the names, empty if the field is absent
     */
    public List<String> signedHeaders() {
        List<String> names = new ArrayList<>();
        field("SignedHeaders").ifPresent(v -> Arrays.stream(v.split(";"))
                .map(n -> n.trim().toLowerCase(Locale.ROOT))
                .filter(n -> !n.isEmpty())
                .forEach(names::add));
        return names;
    }
}
