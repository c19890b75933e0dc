package io.polycloud.benchmarks.report;

import io.polycloud.benchmarks.harness.CpuTimeProfiler;
import java.util.List;
import java.util.Locale;

/**
 * How long to measure. {@code full} is what RESULTS.md reports; {@code smoke} runs every
 * benchmark once, briefly, to check the setup (its numbers mean nothing).
 */
enum RunProfile {
    /**
     * Calls over the network: 1 fork, 4 × 2 s warmup (two cores need about 8 s before the JIT
     * settles), 8 × 1.5 s measurement, so JMH's interval rests on 8 samples. Work without I/O
     * (pipeline, signing): 2 forks of 5 × 1 s warmup and 5 × 1 s measurement, so the verdict
     * does not hang on one JIT outcome. 10 cold starts per SDK, transport and service.
     */
    FULL(new Timing(1, 4, "2s", 8, "1500ms"), new Timing(2, 5, "1s", 5, "1s"), 10),
    /** Everything once: 1 fork, 1 × 0.5 s warmup, 1 × 0.5 s measurement; 2 cold starts. */
    SMOKE(new Timing(1, 1, "500ms", 1, "500ms"), new Timing(1, 1, "500ms", 1, "500ms"), 2);

    /** JMH's forks, warmup and measurement iterations. */
    private record Timing(int forks, int warmupIterations, String warmupTime, int measurementIterations,
                          String measurementTime) {

        List<String> options() {
            return List.of("-f", Integer.toString(forks), "-wi", Integer.toString(warmupIterations), "-w", warmupTime,
                    "-i", Integer.toString(measurementIterations), "-r", measurementTime,
                    "-prof", "gc", "-prof", CpuTimeProfiler.NAME, "-foe", "true");
        }

        String describe() {
            return forks + (forks == 1 ? " fork" : " forks") + ", warmup " + warmupIterations + " × " + warmupTime
                    + ", measurement " + measurementIterations + " × " + measurementTime;
        }
    }

    private final Timing calls;
    private final Timing cpuOnly;
    private final int coldStartRuns;

    RunProfile(Timing calls, Timing cpuOnly, int coldStartRuns) {
        this.calls = calls;
        this.cpuOnly = cpuOnly;
        this.coldStartRuns = coldStartRuns;
    }

    static RunProfile of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The JMH options (forks, warmup, measurement, profilers, fail on error) for benchmarks that call the server. */
    List<String> callOptions() {
        return calls.options();
    }

    /** The JMH options for benchmarks without I/O: the pipeline from memory, the signers. */
    List<String> cpuOnlyOptions() {
        return cpuOnly.options();
    }

    int coldStartRuns() {
        return coldStartRuns;
    }

    /** One line for the report. */
    String describe() {
        return "calls over the network: " + calls.describe() + "; without I/O (pipeline from memory, signing): "
                + cpuOnly.describe() + "; profilers `-prof gc` and `CpuTimeProfiler`";
    }
}
