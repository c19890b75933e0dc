package io.polycloud.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every link of a README to one of its own sections or to a file of the repository leads somewhere. */
class ReadmeLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

    @Test
    void everyLocalLink_namesAHeadingOrAFileThatExists() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path readme : ReadmeSnippetsTest.readmes()) {
            List<String> lines = SnippetCheck.read(readme);
            Set<String> anchors = anchors(lines);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LINK.matcher(lines.get(i));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.contains("://")) {
                        continue;
                    }
                    checked++;
                    String where = ReadmeSnippetsTest.ROOT.relativize(readme) + ":" + (i + 1) + ": " + target;
                    int hash = target.indexOf('#');
                    String file = hash < 0 ? target : target.substring(0, hash);
                    if (file.isEmpty()) {
                        if (!anchors.contains(target.substring(1))) {
                            broken.add(where + " (no such heading)");
                        }
                    } else if (!Files.exists(readme.getParent().resolve(file))) {
                        broken.add(where + " (no such file)");
                    }
                }
            }
        }
        assertTrue(checked > 40, "only " + checked + " local links found: is the pattern still right?");
        assertTrue(broken.isEmpty(), () -> "broken links:\n" + String.join("\n", broken));
    }

    /** GitHub's anchors: headings lower-cased, punctuation dropped, spaces as dashes, repeats numbered. */
    private static Set<String> anchors(List<String> lines) {
        Set<String> anchors = new HashSet<>();
        boolean inCode = false;
        for (String line : lines) {
            if (line.trim().startsWith("```")) {
                inCode = !inCode;
            }
            Matcher m = HEADING.matcher(line);
            if (inCode || !m.matches()) {
                continue;
            }
            String slug = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            String unique = slug;
            for (int n = 1; !anchors.add(unique); n++) {
                unique = slug + "-" + n;
            }
        }
        return anchors;
    }
}
