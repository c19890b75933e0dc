package io.polycloud.core.internal.logging;

import java.util.Locale;
import java.util.Set;

/**
 * Which header and query-parameter names carry credentials, and what is shown instead of their
 * values. Depends on nothing, so the value types ({@code QueryParameter}, {@code HttpHeaders})
 * can hide their own secrets without depending on {@link Redaction}, which formats them.
 */
public final class SensitiveNames {

    /** What a credential value is replaced with. */
    public static final String REDACTED = "***";

    private static final Set<String> HEADERS = Set.of(
            "authorization", "proxy-authorization", "x-auth-token", "x-subject-token", "x-security-token",
            "x-acs-security-token", "x-acs-bearer-token", "cookie", "set-cookie",
            "x-aliyun-ecs-metadata-token");

    private static final Set<String> QUERY_PARAMETERS = Set.of(
            "signature", "securitytoken", "accesskeysecret", "password", "bearertoken");

    private SensitiveNames() {
    }

    /**
     * Whether a header carries a credential.
     *
     * @param name the header name, any case
     * @return true if its value must never be shown
     */
    public static boolean isHeader(String name) {
        return HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a query parameter carries a credential.
     *
     * @param name the parameter name, any case
     * @return true if its value must never be shown
     */
    public static boolean isQueryParameter(String name) {
        return QUERY_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
    }
}
