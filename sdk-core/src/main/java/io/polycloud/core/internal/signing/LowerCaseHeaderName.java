package io.polycloud.core.internal.signing;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Header names in lower case, as canonical requests list them. A client sends the same dozen
 * names on every attempt ({@code User-Agent}, {@code X-Sdk-Date}, ...), so their lower-case forms
 * are kept instead of being rebuilt each time; at most 256 are kept.
 */
public final class LowerCaseHeaderName {

    private static final int MAX_CACHED = 256;
    private static final ConcurrentHashMap<String, String> LOWER = new ConcurrentHashMap<>();

    private LowerCaseHeaderName() {
    }

    /**
     * A header name in lower case.
     *
     * @param name the name as sent
     * @return {@code name.toLowerCase(Locale.ROOT)}
     */
    public static String of(String name) {
        String lower = LOWER.get(name);
        if (lower == null) {
            lower = name.toLowerCase(Locale.ROOT);
            if (lower != name && LOWER.size() < MAX_CACHED) {
                LOWER.putIfAbsent(name, lower);
            }
        }
        return lower;
    }
}
