package io.polycloud.benchmarks.report;

import io.polycloud.benchmarks.harness.LoopbackServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs every benchmark and writes the report. The Maven benchmarks profile calls it in the
 * {@code verify} phase of {@code benchmarks/report}, after every module is packaged:
 *
 * <pre>
 * mvn -B -P benchmarks verify                       # full run, writes benchmarks/RESULTS.md
 * mvn -B -P benchmarks verify -Dbench.profile=smoke # quick check, writes target/RESULTS-smoke.md
 * </pre>
 *
 * It starts the loopback server in this JVM, measures the footprints, runs the Polycloud JMH
 * module and each official-SDK JMH module in their own JVMs (so {@code -prof gc} counts only the
 * client's allocations), then the cold starts, and renders everything with {@link ResultsReport}.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    /**
     * Runs.
     *
     * @param args {@code --root <repository root> --version <version> --profile full|smoke --output <file>}
     * @throws IOException if the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Layout layout = new Layout(Path.of(options.get("--root")).toAbsolutePath().normalize(), options.get("--version"));
        RunProfile profile = RunProfile.of(options.getOrDefault("--profile", "full"));
        Path workDir = layout.benchmarks().resolve("report/target/bench");
        clean(workDir);
        Path output = profile == RunProfile.FULL
                ? Path.of(options.getOrDefault("--output", layout.benchmarks().resolve("RESULTS.md").toString()))
                : layout.benchmarks().resolve("report/target/RESULTS-smoke.md");

        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        List<Footprint> footprints = new ArrayList<>();
        for (String service : Layout.SERVICES) {
            footprints.add(Footprint.measure(layout, service));
        }
        List<JmhResult> jmh = new ArrayList<>();
        List<ColdStarts> coldStarts = new ArrayList<>();
        ServerCounts counts;
        LoadSamples load = LoadSamples.start();
        try (LoopbackServer server = LoopbackServer.start(0)) {
            System.out.println("[bench] loopback server " + server.endpoint() + ", profile " + profile);
            Closure polycloud = layout.polycloudBenchmarks();
            jmh.addAll(JmhRunner.run("polycloud", polycloud, "\\.(RawOkHttp|RawJdkHttp|PolycloudSync|PolycloudAsync)Benchmark",
                    profile.callOptions(), server.port(), workDir));
            // TelemetryInterceptorBenchmark exists when sdk-opentelemetry does; the pattern matches either way.
            jmh.addAll(JmhRunner.run("pipeline", polycloud, "\\.(PipelineBenchmark|" + Results.TELEMETRY_HOOKS + ")",
                    profile.cpuOnlyOptions(), server.port(), workDir));
            jmh.addAll(JmhRunner.run("signing", polycloud, "\\.SigningBenchmark", profile.cpuOnlyOptions(), server.port(),
                    workDir));
            if (JmhRunner.hasBenchmark(layout.polycloudBenchmarksJar(), Results.TELEMETRY)) {
                jmh.addAll(JmhRunner.run("telemetry", polycloud, "\\." + Results.TELEMETRY, profile.callOptions(),
                        server.port(), workDir));
            } else {
                System.out.println("[bench] no " + Results.TELEMETRY + " in this build: the telemetry rows stay empty");
            }
            for (String service : Layout.SERVICES) {
                jmh.addAll(JmhRunner.run("official-" + service, layout.officialBenchmarks(service), "",
                        profile.callOptions(), server.port(), workDir));
            }
            for (String service : Layout.SERVICES) {
                coldStarts.add(ColdStarts.measure(layout, service, server.endpoint(), profile.coldStartRuns(), workDir));
            }
            counts = ServerCounts.of(server);
        } finally {
            load.close();
        }
        Results results = new Results(layout, Machine.describe(), load, profile, started,
                Duration.ofNanos(System.nanoTime() - startNanos), jmh, coldStarts, footprints, counts);
        Files.writeString(output, ResultsReport.render(results));
        System.out.println("[bench] wrote " + output + " in " + results.elapsed().toMinutes() + " min");
    }

    /** Logs are appended to within a run (one per cold-start series), so each run starts empty. */
    private static void clean(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        try (Stream<Path> files = Files.list(workDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value pairs, got " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--root", "--version")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException(required + " is required");
            }
        }
        return options;
    }
}
