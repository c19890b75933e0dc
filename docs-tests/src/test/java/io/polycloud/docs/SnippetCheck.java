package io.polycloud.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Compares every code block of a README with the source it quotes. A {@code java}, {@code xml}
 * or {@code json} block must carry a marker ({@link ReadmeBlocks}): either it quotes a source
 * file, which must hold exactly that text, or it is a file of the README's consumer project
 * (root README only), which {@code compat-tests} builds. Shell commands and sample output (blocks
 * of other languages) are not checked.
 */
final class SnippetCheck {

    /** Languages whose blocks are code a reader copies into a project. */
    static final Set<String> CODE_LANGUAGES = Set.of("java", "xml", "json");

    private final Path root;

    /**
     * @param root the repository root: snippet paths are relative to it
     */
    SnippetCheck(Path root) {
        this.root = root;
    }

    /**
     * The result of checking one README.
     *
     * @param problems what is wrong, one line each, naming the README line
     * @param updated  the README with every quoting block replaced by its source's current text
     */
    record Result(List<String> problems, List<String> updated) {
    }

    Result check(Path readme) {
        List<String> lines = read(readme);
        ReadmeBlocks parsed = ReadmeBlocks.parse(lines);
        String name = root.relativize(readme).toString();
        List<String> problems = new ArrayList<>();
        List<String> updated = new ArrayList<>(lines);
        // Replace from the last block up, so earlier line numbers stay valid.
        List<ReadmeBlocks.Block> blocks = new ArrayList<>(parsed.blocks());
        Collections.reverse(blocks);
        for (ReadmeBlocks.Block block : blocks) {
            String where = name + ":" + block.fenceLineNumber();
            if (block.marker().isEmpty()) {
                if (CODE_LANGUAGES.contains(block.language())) {
                    problems.add(where + ": a " + block.language() + " block without a <!-- snippet: … --> marker;"
                            + " put the code in a compiled source and quote it");
                }
                continue;
            }
            ReadmeBlocks.Marker marker = block.marker().get();
            if (!marker.isSnippet()) {
                if (!readme.equals(root.resolve("README.md"))) {
                    problems.add(where + ": consumer-file blocks belong in the root README (compat-tests reads them there)");
                }
                continue;
            }
            Path source = root.resolve(marker.path()).normalize();
            if (!source.startsWith(root) || !Files.isRegularFile(source)) {
                problems.add(where + ": quotes " + marker.path() + ", which does not exist");
                continue;
            }
            String expected;
            try {
                expected = SourceRegions.extract(read(source), marker.region());
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + marker.target() + ": " + e.getMessage());
                continue;
            }
            String actual = block.text(lines);
            if (!expected.equals(actual)) {
                problems.add(where + ": differs from " + marker.target() + firstDifference(expected, actual));
                List<String> replacement = expected.isEmpty() ? List.of() : List.of(expected.split("\n", -1));
                updated.subList(block.firstLine(), block.endLine()).clear();
                updated.addAll(block.firstLine(), replacement);
            }
        }
        Collections.reverse(problems);
        return new Result(problems, updated);
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "; block line " + (i + 1) + ":\n    source: " + el + "\n    README: " + al;
            }
        }
        return "";
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
