package io.polycloud.core.internal.signing;

import io.polycloud.core.internal.http.PercentEncoding;
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
        return parameters.isEmpty() ? "" : appendTo(new StringBuilder(), parameters).toString();
    }

    /**
     * Appends the canonical query string, for a signer building its canonical request.
     *
     * @param out        where to append
     * @param parameters decoded parameters, any order
     * @return {@code out}
     */
    public static StringBuilder appendTo(StringBuilder out, List<QueryParameter> parameters) {
        if (parameters.isEmpty()) {
            return out;
        }
        List<String[]> encoded = new ArrayList<>(parameters.size());
        for (QueryParameter p : parameters) {
            encoded.add(new String[] {PercentEncoding.encode(p.name()), PercentEncoding.encode(p.value())});
        }
        encoded.sort((a, b) -> {
            int c = a[0].compareTo(b[0]);
            return c != 0 ? c : a[1].compareTo(b[1]);
        });
        for (int i = 0; i < encoded.size(); i++) {
            if (i > 0) {
                out.append('&');
            }
            out.append(encoded.get(i)[0]).append('=').append(encoded.get(i)[1]);
        }
        return out;
    }
}
