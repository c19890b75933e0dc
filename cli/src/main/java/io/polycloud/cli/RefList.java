package io.polycloud.cli;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.jobs.JobRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The refs of one run: the arguments first, then the lines of {@code --from-file} (a path, or
 * {@code -} for standard input), one ref a line; blank lines and lines starting with {@code #} are
 * skipped, surrounding spaces trimmed. Every ref is parsed before anything is sent; each one that
 * does not parse becomes an error naming where it came from.
 */
final class RefList {

    final List<JobRef> refs = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    static RefList read(List<String> args, String fromFile, InputStream stdin) throws IOException {
        RefList list = new RefList();
        for (int i = 0; i < args.size(); i++) {
            list.add(args.get(i), "argument " + (i + 1));
        }
        if (fromFile != null) {
            String source = fromFile.equals("-") ? "stdin" : fromFile;
            try (Reader reader = fromFile.equals("-") ? new InputStreamReader(stdin, StandardCharsets.UTF_8)
                    : Files.newBufferedReader(Path.of(fromFile), StandardCharsets.UTF_8);
                 BufferedReader lines = new BufferedReader(reader)) {
                int number = 0;
                for (String line; (line = lines.readLine()) != null; ) {
                    number++;
                    String text = line.strip();
                    if (!text.isEmpty() && !text.startsWith("#")) {
                        list.add(text, source + " line " + number);
                    }
                }
            }
        }
        return list;
    }

    private void add(String text, String where) {
        try {
            refs.add(JobRef.parse(text));
        } catch (SdkClientException e) {
            errors.add(where + ": " + e.getMessage());
        }
    }
}
