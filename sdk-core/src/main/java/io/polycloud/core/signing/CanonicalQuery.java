package io.polycloud.core.signing;

import io.polycloud.core.http.PercentEncoding;
import io.polycloud.core.http.QueryParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical query string all three signature schemes share: every name and value
 * percent-encoded with {@link PercentEncoding}, pairs sorted by encoded name (then value),
 * rendered {@code name=value} (an empty value as {@code name=}) and joined by {@code &}.
 */
public final class CanonicalQuery {

    private CanonicalQuery() {
    }

    /**
     * Renders the canonical query string.
     *
     * @param parameters decoded parameters, any order
     * @return the canonical string, empty for no parameters
     */
    public static String of(List<QueryParameter> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        List<String[]> encoded = new ArrayList<>(parameters.size());
        for (QueryParameter p : parameters) {
            encoded.add(new String[] {PercentEncoding.encode(p.name()), PercentEncoding.encode(p.value())});
        }
        encoded.sort((a, b) -> {
            int c = a[0].compareTo(b[0]);
            return c != 0 ? c : a[1].compareTo(b[1]);
        });
        StringBuilder sb = new StringBuilder();
        for (String[] kv : encoded) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(kv[0]).append('=').append(kv[1]);
        }
        return sb.toString();
    }
}
