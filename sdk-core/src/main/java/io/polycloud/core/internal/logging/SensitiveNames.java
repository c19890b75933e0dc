package io.polycloud.core.internal.logging;

import java.util.Locale;
import java.util.Set;

/**
 * Which header and query-parameter names carry credentials, and what is shown instead of their
 * values. Depends on nothing, so the value types ({@code QueryParameter}, {@code HttpHeaders})
 * can hide their own secrets without depending on {@link Redaction}, which formats them.
 *
 * <p>The rule is by the shape of the name, not a list of each cloud's headers, so a credential
 * header added later is hidden without anyone remembering it here: every header whose name ends
 * in {@code -token} (Huawei's {@code X-Auth-Token}, {@code X-Subject-Token},
 * {@code X-Security-Token}, Alibaba's {@code x-acs-security-token}, {@code x-acs-bearer-token},
 * the ECS metadata token), plus the standard credential headers; and every query parameter named
 * {@code Signature} or ending in {@code token}, or holding {@code secret} or {@code password}.
 */
public final class SensitiveNames {

    /** What a credential value is replaced with. */
    public static final String REDACTED = "***";

    private static final Set<String> STANDARD_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private SensitiveNames() {
    }

    /**
     * Whether a header carries a credential.
     *
     * @param name the header name, any case
     * @return true if its value must never be shown
     */
    public static boolean isHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return STANDARD_HEADERS.contains(n) || n.endsWith("-token");
    }

    /**
     * Whether a query parameter carries a credential.
     *
     * @param name the parameter name, any case
     * @return true if its value must never be shown
     */
    public static boolean isQueryParameter(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("signature") || n.endsWith("token") || n.contains("secret") || n.contains("password");
    }
}
