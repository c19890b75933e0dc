package io.polycloud.core.internal.logging;

import io.polycloud.core.internal.http.PercentEncoding;
import io.polycloud.core.http.QueryParameter;
import java.util.List;

/**
 * How header and parameter values are shown: credentials (the names {@link SensitiveNames}
 * lists) as {@link #REDACTED}. Every {@code toString()}, log line and exception message of the
 * SDK goes through here or {@link SensitiveNames}, so adding a name there redacts it everywhere.
 */
public final class Redaction {

    /** What a redacted value is replaced with. */
    public static final String REDACTED = SensitiveNames.REDACTED;

    private Redaction() {
    }

    /**
     * Whether a header carries a credential.
     *
     * @param name the header name, any case
     * @return true if its value must never be shown
     */
    public static boolean isSensitiveHeader(String name) {
        return SensitiveNames.isHeader(name);
    }

    /**
     * A header value fit for display.
     *
     * @param name  the header name
     * @param value the value
     * @return the value, or {@link #REDACTED} for credential headers
     */
    public static String headerValue(String name, String value) {
        return isSensitiveHeader(name) ? REDACTED : value;
    }

    /**
     * A query parameter value fit for display.
     *
     * @param name  the parameter name
     * @param value the value
     * @return the value, or {@link #REDACTED} for credential parameters
     */
    public static String queryValue(String name, String value) {
        return SensitiveNames.isQueryParameter(name) ? REDACTED : value;
    }

    /**
     * A query string fit for display: encoded like the wire, credential values redacted.
     *
     * @param parameters the parameters
     * @return the display string
     */
    public static String query(List<QueryParameter> parameters) {
        StringBuilder sb = new StringBuilder();
        for (QueryParameter p : parameters) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            String v = queryValue(p.name(), p.value());
            sb.append(PercentEncoding.encode(p.name())).append('=')
                    .append(v == REDACTED ? REDACTED : PercentEncoding.encode(v));
        }
        return sb.toString();
    }

    /**
     * Shows the first four characters of an identifier such as an access key id, for messages
     * that must say which key was used without disclosing it.
     *
     * @param id the identifier
     * @return for example {@code LTAI***}
     */
    public static String identifier(String id) {
        if (id == null) {
            return "null";
        }
        return id.length() <= 4 ? REDACTED : id.substring(0, 4) + REDACTED;
    }
}
