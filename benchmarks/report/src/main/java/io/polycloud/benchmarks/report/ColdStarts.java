package io.polycloud.benchmarks.report;

import io.polycloud.benchmarks.harness.ColdStartProbe;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold starts of one service: each run is a fresh JVM that builds a client with default
 * settings and completes one call against the loopback server, on a class path of the program
 * and the SDK's runtime closure only. Three programs take turns, in a rotating order, after one
 * discarded run each that warms the OS file cache: Polycloud as it comes (OkHttp transport),
 * Polycloud with {@code sdk-http-okhttp} excluded (JDK transport), and the official SDK.
 *
 * @param service      the service
 * @param polycloud    Polycloud's samples with the OkHttp transport
 * @param polycloudJdk Polycloud's samples with the JDK transport
 * @param official     the official SDK's samples
 */
record ColdStarts(String service, Samples polycloud, Samples polycloudJdk, Samples official) {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /**
     * One program's runs.
     *
     * @param inJvmNanos from {@code main} to the verified response, per run
     * @param wallNanos  from process start to exit, per run
     */
    record Samples(List<Long> inJvmNanos, List<Long> wallNanos) {

        double medianInJvmMillis() {
            return medianMillis(inJvmNanos);
        }

        double medianWallMillis() {
            return medianMillis(wallNanos);
        }

        static double medianMillis(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            sorted.sort(null);
            int n = sorted.size();
            return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1e6;
        }
    }

    /** Polycloud's samples with a transport. */
    Samples polycloud(String transport) {
        return transport.equals("jdk") ? polycloudJdk : polycloud;
    }

    /**
     * Measures a service.
     *
     * @param layout   where the programs are
     * @param service  the service
     * @param endpoint the loopback server
     * @param runs     measured runs per program
     * @param workDir  where the log goes
     * @return the samples
     */
    static ColdStarts measure(Layout layout, String service, URI endpoint, int runs, Path workDir) {
        String op = Layout.coldStartOperation(service).id();
        List<List<String>> programs = List.of(
                polycloudCommand(layout, service, "okhttp", op, endpoint),
                polycloudCommand(layout, service, "jdk", op, endpoint),
                List.of(JmhRunner.java(), "-cp", layout.officialColdStart(service).classpath(),
                        "io.polycloud.benchmarks.official." + service + ".ColdStart", op, endpoint.toString()));
        Path log = workDir.resolve("coldstart-" + service + ".log");
        System.out.println("[bench] cold start " + service + ": " + runs + " runs each (log: " + log + ")");
        List<List<Long>> inJvm = new ArrayList<>();
        List<List<Long>> wall = new ArrayList<>();
        for (List<String> program : programs) {
            once(program, log);
            inJvm.add(new ArrayList<>());
            wall.add(new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (int j = 0; j < programs.size(); j++) {
                int p = (i + j) % programs.size();
                ChildProcess.Result result = once(programs.get(p), log);
                inJvm.get(p).add(probeNanos(result, programs.get(p)));
                wall.get(p).add(result.wall().toNanos());
            }
        }
        return new ColdStarts(service, new Samples(inJvm.get(0), wall.get(0)), new Samples(inJvm.get(1), wall.get(1)),
                new Samples(inJvm.get(2), wall.get(2)));
    }

    private static List<String> polycloudCommand(Layout layout, String service, String transport, String op, URI endpoint) {
        return List.of(JmhRunner.java(), "-cp", layout.polycloudColdStart(service, transport).classpath(),
                "io.polycloud.benchmarks.polycloud.PolycloudColdStart", op, endpoint.toString());
    }

    private static long probeNanos(ChildProcess.Result result, List<String> command) {
        return result.output().stream()
                .filter(l -> l.startsWith(ColdStartProbe.RESULT_PREFIX))
                .map(l -> Long.parseLong(l.substring(ColdStartProbe.RESULT_PREFIX.length()).trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + ColdStartProbe.RESULT_PREFIX + " line from " + command));
    }

    private static ChildProcess.Result once(List<String> command, Path log) {
        return ChildProcess.run(command, TIMEOUT, log, line -> { });
    }
}
