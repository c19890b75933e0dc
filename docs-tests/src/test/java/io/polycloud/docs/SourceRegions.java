package io.polycloud.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a README shows of a source file: a named region, or the whole file.
 *
 * <p>A region is marked by comment lines, {@code // region NAME} … {@code // endregion NAME} in
 * Java, {@code <!-- region NAME -->} … {@code <!-- endregion NAME -->} in XML (words after the name
 * are a comment). A name may mark
 * several parts of one file (the imports, then the code that uses them): the parts are joined by
 * one blank line. Each part loses its common indentation; marker lines of other regions inside it
 * are left out, so regions may nest.
 */
final class SourceRegions {

    private static final Pattern MARKER = Pattern.compile("^\\s*(?://|<!--)\\s*(region|endregion)\\s+([\\w.-]+)(?:\\s.*)?$");

    private SourceRegions() {
    }

    /**
     * The region's text.
     *
     * @param lines  the file
     * @param region the region's name; empty for the whole file (marker lines left out)
     * @return the text, lines joined with {@code \n}, no trailing newline
     * @throws IllegalArgumentException if the region is missing or a part is never closed
     */
    static String extract(List<String> lines, Optional<String> region) {
        if (region.isEmpty()) {
            return join(List.of(part(lines, 0, lines.size())));
        }
        String name = region.get();
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!isMarker(lines.get(i), "region", name)) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !isMarker(lines.get(end), "endregion", name)) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalArgumentException("region " + name + " opened on line " + (i + 1) + " is never closed");
            }
            parts.add(part(lines, i + 1, end));
            i = end;
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no region " + name);
        }
        return join(parts);
    }

    private static boolean isMarker(String line, String kind, String name) {
        Matcher m = MARKER.matcher(line);
        return m.matches() && m.group(1).equals(kind) && m.group(2).equals(name);
    }

    /** Lines from..to without marker lines and outer blank lines, dedented. */
    private static List<String> part(List<String> lines, int from, int to) {
        List<String> kept = new ArrayList<>();
        for (String line : lines.subList(from, to)) {
            if (!MARKER.matcher(line).matches()) {
                kept.add(line.stripTrailing());
            }
        }
        while (!kept.isEmpty() && kept.get(0).isEmpty()) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        int indent = kept.stream().filter(l -> !l.isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return kept.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList();
    }

    private static String join(List<List<String>> parts) {
        List<String> out = new ArrayList<>();
        for (List<String> part : parts) {
            if (!out.isEmpty()) {
                out.add("");
            }
            out.addAll(part);
        }
        return String.join("\n", out);
    }
}
