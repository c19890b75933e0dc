package io.polycloud.benchmarks.report;

import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Runs one benchmark module's JMH benchmarks in a child JVM on that module's own class path,
 * pointed at the runner's loopback server, and reads the CSV it writes.
 */
final class JmhRunner {

    /** Generous: the full profile needs about 22 s per benchmark and parameter combination. */
    private static final Duration TIMEOUT = Duration.ofMinutes(45);

    private JmhRunner() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param name      a name for the log and CSV files
     * @param classpath the module's jar and class path
     * @param include   a JMH benchmark regex, or empty for all of the module's
     * @param options   JMH options: forks, iterations, profiler
     * @param port      the loopback server's port
     * @param workDir   where logs and CSV go
     * @return the results
     */
    static List<JmhResult> run(String name, Closure classpath, String include, List<String> options, int port,
                               Path workDir) {
        Path csv = workDir.resolve(name + ".csv");
        List<String> command = new ArrayList<>(List.of(java(), "-Duser.language=en", "-Duser.country=US",
                "-cp", classpath.classpath(), "org.openjdk.jmh.Main"));
        if (!include.isEmpty()) {
            command.add(include);
        }
        command.addAll(options);
        command.addAll(List.of("-rf", "csv", "-rff", csv.toString(),
                "-jvmArgsAppend", "-D" + LoopbackEndpoint.PORT_PROPERTY + "=" + port));
        System.out.println("[bench] JMH " + name + " (log: " + workDir.resolve(name + ".log") + ")");
        ChildProcess.run(command, TIMEOUT, workDir.resolve(name + ".log"), JmhRunner::echoProgress);
        return JmhResult.readCsv(csv);
    }

    /**
     * Whether a benchmark jar holds a benchmark class, by JMH's list of the benchmarks it generated.
     *
     * @param jar        the jar
     * @param simpleName the class's simple name
     * @return true if JMH would find it
     */
    static boolean hasBenchmark(Path jar, String simpleName) {
        try (JarFile j = new JarFile(jar.toFile())) {
            JarEntry list = j.getJarEntry("META-INF/BenchmarkList");
            if (list == null) {
                return false;
            }
            try (InputStream in = j.getInputStream(list)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("." + simpleName + " ");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void echoProgress(String line) {
        if (line.startsWith("# Benchmark:") || line.startsWith("# Parameters:") || line.startsWith("# Run progress:")
                || line.startsWith("<failure>") || line.contains("Exception") || line.startsWith("Result ")) {
            System.out.println("[bench]   " + line);
        }
    }
}
