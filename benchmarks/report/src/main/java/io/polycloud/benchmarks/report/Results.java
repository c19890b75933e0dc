package io.polycloud.benchmarks.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run measured, for {@link ResultsReport}.
 *
 * @param layout     where the modules are (versions are read from their closures)
 * @param machine    the machine
 * @param loadBefore load average when the run started
 * @param loadAfter  load average when it ended
 * @param profile    how long it measured
 * @param started    when it started
 * @param elapsed    how long it took
 * @param jmh        every JMH result
 * @param coldStarts cold starts per service
 * @param footprints closures per service
 * @param server     what the loopback server saw
 */
record Results(Layout layout, Machine machine, String loadBefore, String loadAfter, RunProfile profile, Instant started,
               Duration elapsed, List<JmhResult> jmh, List<ColdStarts> coldStarts, List<Footprint> footprints,
               ServerCounts server) {

    /** The raw OkHttp floor, Polycloud sync and async benchmarks' class names. */
    static final String RAW = "RawOkHttpBenchmark";
    static final String SYNC = "PolycloudSyncBenchmark";
    static final String ASYNC = "PolycloudAsyncBenchmark";
    static final String SIGNING = "SigningBenchmark";

    /**
     * A result of a benchmark class for one parameter value.
     *
     * @param benchmark the class's simple name
     * @param param     the parameter value
     * @return the result, if that benchmark ran
     */
    Optional<JmhResult> find(String benchmark, String param) {
        return jmh.stream().filter(r -> r.benchmark().equals(benchmark) && r.param().equals(param)).findFirst();
    }

    /**
     * The official SDK's result for an operation.
     *
     * @param op the operation id
     * @return the result, if it ran
     */
    Optional<JmhResult> official(String op) {
        return jmh.stream().filter(r -> r.benchmark().startsWith("Official") && r.param().equals(op)).findFirst();
    }
}
