package io.polycloud.benchmarks.report;

import java.util.List;
import java.util.Locale;

/**
 * How long to measure. {@code full} is what RESULTS.md reports; {@code smoke} runs every
 * benchmark once, briefly, to check the setup (its numbers mean nothing).
 */
enum RunProfile {
    /**
     * 5 × 2 s warmup, 5 × 3 s measurement, 1 fork (3 for the signing benchmarks, which are cheap and
     * whose verdict should not hang on one JIT outcome); 10 cold starts per SDK and service.
     */
    FULL(3, 5, "2s", 5, "3s", 10),
    /** 1 fork, 1 × 0.5 s warmup, 1 × 0.5 s measurement; 2 cold starts. */
    SMOKE(1, 1, "500ms", 1, "500ms", 2);

    private final int signingForks;
    private final int warmupIterations;
    private final String warmupTime;
    private final int measurementIterations;
    private final String measurementTime;
    private final int coldStartRuns;

    RunProfile(int signingForks, int warmupIterations, String warmupTime, int measurementIterations, String measurementTime,
               int coldStartRuns) {
        this.signingForks = signingForks;
        this.warmupIterations = warmupIterations;
        this.warmupTime = warmupTime;
        this.measurementIterations = measurementIterations;
        this.measurementTime = measurementTime;
        this.coldStartRuns = coldStartRuns;
    }

    static RunProfile of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The JMH options (forks, warmup, measurement, profiler, fail on error) for the client benchmarks. */
    List<String> jmhOptions() {
        return jmhOptions(1);
    }

    /** The JMH options for the signing benchmarks. */
    List<String> signingJmhOptions() {
        return jmhOptions(signingForks);
    }

    private List<String> jmhOptions(int forks) {
        return List.of("-f", Integer.toString(forks), "-wi", Integer.toString(warmupIterations), "-w", warmupTime,
                "-i", Integer.toString(measurementIterations), "-r", measurementTime, "-prof", "gc", "-foe", "true");
    }

    int coldStartRuns() {
        return coldStartRuns;
    }

    /** One line for the report. */
    String describe() {
        return "warmup " + warmupIterations + " × " + warmupTime + ", measurement " + measurementIterations + " × "
                + measurementTime + ", `-prof gc`; 1 fork per client benchmark, " + signingForks + " per signing benchmark";
    }
}
