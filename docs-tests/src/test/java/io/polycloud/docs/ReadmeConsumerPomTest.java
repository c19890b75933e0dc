package io.polycloud.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's consumer {@code pom.xml} names the versions this build uses, so a reader who copies
 * it gets what the build tested ({@code compat-tests} builds that pom against the just-built
 * artifacts, but its third-party versions would drift silently).
 */
class ReadmeConsumerPomTest {

    @Test
    void theReadmesPom_usesThisBuildsVersions() {
        String pom = consumerPom();

        assertEquals(property("docs.projectVersion"), version(pom, "sdk-bom"));
        assertEquals(property("docs.junitVersion"), version(pom, "junit-bom"));
        assertEquals(property("docs.slf4jVersion"), version(pom, "slf4j-simple"));
        assertEquals(property("docs.resourcesPluginVersion"), version(pom, "maven-resources-plugin"));
        assertEquals(property("docs.compilerPluginVersion"), version(pom, "maven-compiler-plugin"));
        assertEquals(property("docs.surefirePluginVersion"), version(pom, "maven-surefire-plugin"));
        assertTrue(pom.contains("<release>17</release>"), pom);
    }

    private static String consumerPom() {
        List<String> lines = SnippetCheck.read(ReadmeSnippetsTest.ROOT.resolve("README.md"));
        ReadmeBlocks blocks = ReadmeBlocks.parse(lines);
        Optional<ReadmeBlocks.Block> pom = blocks.blocks().stream()
                .filter(b -> b.marker().filter(m -> !m.isSnippet() && m.target().equals("pom.xml")).isPresent())
                .findFirst();
        assertTrue(pom.isPresent(), "the README has no <!-- consumer-file: pom.xml --> block");
        return pom.get().text(lines);
    }

    private static String version(String pom, String artifactId) {
        Matcher m = Pattern.compile("<artifactId>" + Pattern.quote(artifactId) + "</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(m.find(), () -> "no version of " + artifactId + " in the README's pom");
        return m.group(1);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank() && !value.startsWith("${"), () -> name + " is not set by the pom");
        return value;
    }
}
