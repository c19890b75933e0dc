package io.polycloud.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a run of the command reads and writes: standard input, output and error, the environment,
 * and whether standard error is a terminal (for the progress bar). The real process's in
 * {@link #system()}; tests give their own.
 *
 * @param in               standard input ({@code --from-file -})
 * @param out              standard output: the results
 * @param err              standard error: progress, diagnostics
 * @param env              the environment ({@code POLYCLOUD_ALIYUN_ENDPOINT}, {@code POLYCLOUD_HUAWEI_ENDPOINT})
 * @param errIsTerminal    whether standard error is a terminal
 */
record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean errIsTerminal) {

    static Terminal system() {
        return new Terminal(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), System.getenv(), stderrIsTerminal());
    }

    /** A set, non-blank environment variable. */
    Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    /**
     * Java cannot ask whether one stream is a terminal. On Linux file descriptor 2 names its
     * device; elsewhere, a console (standard input and output are terminals) is the best guess.
     */
    private static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
