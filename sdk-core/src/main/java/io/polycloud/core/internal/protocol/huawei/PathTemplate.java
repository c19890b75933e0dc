package io.polycloud.core.internal.protocol.huawei;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed path template such as {@code /v5/{project_id}/jobs/{job_id}}: literal runs (already
 * encoded) alternating with parameters that each fill exactly one segment. Operations pass the
 * same constant template on every call, so parsed templates are kept.
 */
final class PathTemplate {

    private static final int MAX_CACHED = 256;
    private static final ConcurrentHashMap<String, PathTemplate> PARSED = new ConcurrentHashMap<>();

    /** Literal runs; {@code literals[i]} comes before {@code parameters[i]}, the last one after all. */
    private final String[] literals;
    private final String[] parameters;

    private PathTemplate(String[] literals, String[] parameters) {
        this.literals = literals;
        this.parameters = parameters;
    }

    /**
     * The parsed template.
     *
     * @param template a template starting with {@code /}
     * @return the parsed form
     * @throws IllegalArgumentException if a parameter is not a whole segment
     */
    static PathTemplate of(String template) {
        PathTemplate parsed = PARSED.get(template);
        if (parsed == null) {
            parsed = parse(template);
            if (PARSED.size() < MAX_CACHED) {
                PARSED.putIfAbsent(template, parsed);
            }
        }
        return parsed;
    }

    int parameterCount() {
        return parameters.length;
    }

    /** The literal run before parameter {@code i}, or after the last one for {@code i == parameterCount()}; may be empty. */
    String literal(int i) {
        return literals[i];
    }

    String parameter(int i) {
        return parameters[i];
    }

    private static PathTemplate parse(String template) {
        List<String> literals = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        int literalStart = 0;
        for (int open = template.indexOf("/{"); open >= 0; open = template.indexOf("/{", literalStart)) {
            int close = template.indexOf('}', open);
            if (close < 0 || (close + 1 < template.length() && template.charAt(close + 1) != '/')) {
                throw new IllegalArgumentException("path template has a parameter that is not a whole segment: " + template);
            }
            literals.add(template.substring(literalStart, open));
            parameters.add(template.substring(open + 2, close));
            literalStart = close + 1;
        }
        literals.add(template.substring(literalStart));
        return new PathTemplate(literals.toArray(new String[0]), parameters.toArray(new String[0]));
    }
}
