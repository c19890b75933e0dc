package io.polycloud.core.http;

import io.polycloud.core.internal.http.PercentEncoding;
import io.polycloud.core.internal.logging.SensitiveNames;
import java.util.Objects;

/**
 * One query-string parameter, unencoded. The SDK percent-encodes it (see {@link PercentEncoding})
 * when it builds the URL and when it signs.
 *
 * @param name  the decoded name, not null
 * @param value the decoded value, not null; empty renders as {@code name=}
 */
public record QueryParameter(String name, String value) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The parameter with a redacted value when the name marks it as a credential. */
    @Override
    public String toString() {
        return name + "=" + (SensitiveNames.isQueryParameter(name) ? SensitiveNames.REDACTED : value);
    }
}
