package io.polycloud.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every README's code is the code the build compiles and runs: each {@code java}, {@code xml}
 * and {@code json} block must equal the source region it names. To refresh the READMEs after
 * editing a source: {@code mvn -o -q verify -pl docs-tests -am -Ddocs.update=true
 * -Dtest=ReadmeSnippetsTest -Dsurefire.failIfNoSpecifiedTests=false}, then review the diff.
 */
class ReadmeSnippetsTest {

    static final Path ROOT = Path.of(System.getProperty("docs.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyReadmeBlock_equalsTheSourceItQuotes() throws IOException {
        boolean update = Boolean.getBoolean("docs.update");
        SnippetCheck check = new SnippetCheck(ROOT);
        List<String> problems = new ArrayList<>();
        for (Path readme : readmes()) {
            SnippetCheck.Result result = check.check(readme);
            problems.addAll(result.problems());
            if (update && !result.problems().isEmpty()) {
                Files.write(readme, result.updated(), StandardCharsets.UTF_8);
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " README blocks do not match their sources"
                + (update ? " (rewritten from the sources where they exist; review the diff)" : "") + ":\n"
                + String.join("\n", problems));
    }

    @Test
    void theReadmesAreFound() {
        List<Path> readmes = readmes();
        assertTrue(readmes.contains(ROOT.resolve("README.md")), () -> "no root README under " + ROOT + ": " + readmes);
        assertTrue(readmes.contains(ROOT.resolve("sdk-testing/README.md")), readmes::toString);
        assertFalse(readmes.stream().anyMatch(p -> p.toString().contains("/target/")), readmes::toString);
    }

    /** Every README.md of the repository, outside build output and hidden directories. */
    static List<Path> readmes() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.getFileName().toString().equals("README.md"))
                    .filter(p -> {
                        for (Path part : ROOT.relativize(p)) {
                            String s = part.toString();
                            if (s.equals("target") || s.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
