package io.polycloud.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of one Markdown file, each with the marker comment right above it, if
 * any. Two markers exist:
 *
 * <pre>
 * &lt;!-- snippet: docs-tests/src/test/java/com/example/VpcQuickstart.java#client --&gt;
 * &lt;!-- consumer-file: src/test/java/com/example/FailoverDrillTest.java --&gt;
 * </pre>
 *
 * The first says the block is a region of a source file (path from the repository root; without
 * {@code #region}, the whole file); the second that it is a file of the README's consumer project,
 * which {@code compat-tests} builds from the README itself.
 */
record ReadmeBlocks(List<String> lines, List<Block> blocks) {

    /** A marker, then the fence on the next line: at most blank lines between them. */
    private static final Pattern MARKER = Pattern.compile("^<!-- (snippet|consumer-file): (\\S+?) -->$");
    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");

    /**
     * One fenced block.
     *
     * @param language  the info string ({@code java}, {@code xml}, empty, ...)
     * @param firstLine index of the first line inside the fence
     * @param endLine   index of the closing fence
     * @param marker    the marker above it
     */
    record Block(String language, int firstLine, int endLine, Optional<Marker> marker) {

        /** The text between the fences, lines joined with {@code \n}. */
        String text(List<String> lines) {
            return String.join("\n", lines.subList(firstLine, endLine));
        }

        /** 1-based line of the opening fence, for messages. */
        int fenceLineNumber() {
            return firstLine;
        }
    }

    /**
     * A marker comment.
     *
     * @param kind   {@code snippet} or {@code consumer-file}
     * @param target the source ({@code path[#region]}) or the consumer file's path
     */
    record Marker(String kind, String target) {

        boolean isSnippet() {
            return kind.equals("snippet");
        }

        String path() {
            int hash = target.indexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        }

        Optional<String> region() {
            int hash = target.indexOf('#');
            return hash < 0 ? Optional.empty() : Optional.of(target.substring(hash + 1));
        }
    }

    static ReadmeBlocks parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).trim().equals("```")) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalArgumentException("the code block opened on line " + (i + 1) + " is never closed");
            }
            blocks.add(new Block(open.group(2), i + 1, end, markerAbove(lines, i)));
            i = end;
        }
        return new ReadmeBlocks(List.copyOf(lines), List.copyOf(blocks));
    }

    private static Optional<Marker> markerAbove(List<String> lines, int fence) {
        int i = fence - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        if (i < 0) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(lines.get(i).trim());
        return m.matches() ? Optional.of(new Marker(m.group(1), m.group(2))) : Optional.empty();
    }
}
