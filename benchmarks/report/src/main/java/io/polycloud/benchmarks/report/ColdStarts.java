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
 * and the SDK's runtime closure only. Polycloud and the official SDK alternate (which goes first
 * alternates too), after one discarded run each that warms the OS file cache.
 *
 * @param service   the service
 * @param polycloud Polycloud's samples
 * @param official  the official SDK's samples
 */
record ColdStarts(String service, Samples polycloud, Samples official) {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /**
     * One SDK's runs.
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

    /**
     * Measures a service.
     *
     * @param layout   where the programs are
     * @param service  the service
     * @param endpoint the loopback server
     * @param runs     measured runs per SDK
     * @param workDir  where the log goes
     * @return the samples
     */
    static ColdStarts measure(Layout layout, String service, URI endpoint, int runs, Path workDir) {
        String op = Layout.coldStartOperation(service).id();
        List<String> polycloud = List.of(JmhRunner.java(), "-cp", layout.polycloudColdStart(service).classpath(),
                "io.polycloud.benchmarks.polycloud.PolycloudColdStart", op, endpoint.toString());
        List<String> official = List.of(JmhRunner.java(), "-cp", layout.officialColdStart(service).classpath(),
                "io.polycloud.benchmarks.official." + service + ".ColdStart", op, endpoint.toString());
        Path log = workDir.resolve("coldstart-" + service + ".log");
        System.out.println("[bench] cold start " + service + ": " + runs + " runs each (log: " + log + ")");
        once(polycloud, log);
        once(official, log);
        List<Long> pIn = new ArrayList<>();
        List<Long> pWall = new ArrayList<>();
        List<Long> oIn = new ArrayList<>();
        List<Long> oWall = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            boolean polycloudFirst = i % 2 == 0;
            record(polycloudFirst ? polycloud : official, log, polycloudFirst ? pIn : oIn, polycloudFirst ? pWall : oWall);
            record(polycloudFirst ? official : polycloud, log, polycloudFirst ? oIn : pIn, polycloudFirst ? oWall : pWall);
        }
        return new ColdStarts(service, new Samples(pIn, pWall), new Samples(oIn, oWall));
    }

    private static void record(List<String> command, Path log, List<Long> inJvm, List<Long> wall) {
        ChildProcess.Result result = once(command, log);
        inJvm.add(result.output().stream()
                .filter(l -> l.startsWith(ColdStartProbe.RESULT_PREFIX))
                .map(l -> Long.parseLong(l.substring(ColdStartProbe.RESULT_PREFIX.length()).trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + ColdStartProbe.RESULT_PREFIX + " line from " + command)));
        wall.add(result.wall().toNanos());
    }

    private static ChildProcess.Result once(List<String> command, Path log) {
        return ChildProcess.run(command, TIMEOUT, log, line -> { });
    }
}
