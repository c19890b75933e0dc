package io.polycloud.benchmarks.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a program in a child JVM with a time limit, appending its merged output to a log. The
 * child's environment has no cloud credentials, proxies or JVM option variables, so every run
 * sees the same settings and nothing can reach anything but the loopback server.
 */
final class ChildProcess {

    private static final List<String> SCRUBBED = List.of(
            "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN",
            "ALIBABA_CLOUD_ECS_METADATA", "ALIBABA_CLOUD_PROFILE", "ALIBABA_CLOUD_CREDENTIALS_FILE",
            "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
            "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "no_proxy",
            "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS");

    /**
     * What a run produced.
     *
     * @param output every line the program wrote, stdout and stderr merged
     * @param wall   from start until the process exited
     */
    record Result(List<String> output, Duration wall) {
    }

    private ChildProcess() {
    }

    /**
     * Runs a program and waits for it.
     *
     * @param command the command line
     * @param timeout the most it may take; it is killed after that
     * @param log     the file its output is appended to
     * @param onLine  sees each line as it arrives
     * @return the output and the wall time
     * @throws IllegalStateException if it times out or exits with a non-zero status
     */
    static Result run(List<String> command, Duration timeout, Path log, Consumer<String> onLine) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        SCRUBBED.forEach(env::remove);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        try (Writer logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            logWriter.write("$ " + String.join(" ", command) + System.lineSeparator());
            long start = System.nanoTime();
            Process process = builder.start();
            Thread reader = new Thread(() -> pump(process, lines, logWriter, onLine), "child-output");
            reader.start();
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            if (!exited) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            reader.join(TimeUnit.SECONDS.toMillis(10));
            if (!exited) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s: " + command
                        + " (log: " + log + ")");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit status " + process.exitValue() + ": " + command + " (log: " + log + ")");
            }
            return new Result(List.copyOf(lines), wall);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void pump(Process process, List<String> lines, Writer log, Consumer<String> onLine) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                synchronized (log) {
                    log.write(line + System.lineSeparator());
                }
                onLine.accept(line);
            }
        } catch (IOException e) {
            // the process was killed; what was read is kept
        }
    }
}
