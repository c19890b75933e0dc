package io.polycloud.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check catches each way a README can drift from its sources. */
class SnippetCheckTest {

    private static final String SOURCE = """
            package com.example;

            // region demo
            import java.util.List;
            // endregion demo

            class Demo {
                void run() {
                    // region demo
                    List.of(1)
                            .size();
                    // region inner
                    System.out.println();
                    // endregion inner
                    // endregion demo
                }
            }
            """;

    @TempDir
    Path root;

    private SnippetCheck.Result check(String readme) throws IOException {
        Files.writeString(root.resolve("Demo.java"), SOURCE, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("README.md"), readme, StandardCharsets.UTF_8);
        return new SnippetCheck(root).check(root.resolve("README.md"));
    }

    @Test
    void extract_joinsThePartsOfARegionDedentedWithoutNestedMarkers() {
        String text = SourceRegions.extract(List.of(SOURCE.split("\n")), Optional.of("demo"));

        assertEquals("import java.util.List;\n\nList.of(1)\n        .size();\nSystem.out.println();", text);
    }

    @Test
    void extract_ofAMissingRegion_fails() {
        assertThrows(IllegalArgumentException.class, () -> SourceRegions.extract(List.of(SOURCE.split("\n")), Optional.of("nope")));
    }

    @Test
    void check_ofAMatchingBlock_findsNothing() throws IOException {
        SnippetCheck.Result r = check("""
                Intro.

                <!-- snippet: Demo.java#inner -->
                ```java
                System.out.println();
                ```
                """);

        assertEquals(List.of(), r.problems());
    }

    @Test
    void check_ofABlockThatDiffers_reportsTheLineAndUpdatesIt() throws IOException {
        SnippetCheck.Result r = check("""
                <!-- snippet: Demo.java#inner -->
                ```java
                System.out.print();
                ```
                """);

        assertEquals(1, r.problems().size(), r.problems()::toString);
        assertTrue(r.problems().get(0).startsWith("README.md:2: differs from Demo.java#inner; block line 1:"), r.problems()::toString);
        assertEquals(List.of("<!-- snippet: Demo.java#inner -->", "```java", "System.out.println();", "```"), r.updated());
    }

    @Test
    void check_ofACodeBlockWithoutMarker_reportsIt() throws IOException {
        SnippetCheck.Result r = check("""
                ```xml
                <dependency/>
                ```

                ```
                mvn verify    (commands and output are not checked)
                ```
                """);

        assertEquals(1, r.problems().size(), r.problems()::toString);
        assertTrue(r.problems().get(0).contains("README.md:1: a xml block without a <!-- snippet: … --> marker"), r.problems()::toString);
    }

    @Test
    void check_ofAMissingFileOrRegion_reportsIt() throws IOException {
        SnippetCheck.Result r = check("""
                <!-- snippet: Nope.java -->
                ```java
                x
                ```
                <!-- snippet: Demo.java#nope -->
                ```java
                x
                ```
                """);

        assertEquals(List.of("README.md:2: quotes Nope.java, which does not exist",
                "README.md:6: Demo.java#nope: no region nope"), r.problems());
    }
}
