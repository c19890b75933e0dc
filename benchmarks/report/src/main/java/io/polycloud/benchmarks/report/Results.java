package io.polycloud.benchmarks.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run measured, for {@link ResultsReport}.
 *
 * @param layout     where the modules are (versions are read from their closures)
 * @param machine    the machine
 * @param load       the load average before, during and after the run
 * @param profile    how long it measured
 * @param started    when it started
 * @param elapsed    how long it took
 * @param jmh        every JMH result
 * @param coldStarts cold starts per service
 * @param footprints closures per service
 * @param server     what the loopback server saw
 */
record Results(Layout layout, Machine machine, LoadSamples load, RunProfile profile, Instant started,
               Duration elapsed, List<JmhResult> jmh, List<ColdStarts> coldStarts, List<Footprint> footprints,
               ServerCounts server) {

    /** The floors: a default OkHttp client and a default JDK client replaying Polycloud's signed request. */
    static final String RAW_OKHTTP = "RawOkHttpBenchmark";
    static final String RAW_JDK = "RawJdkHttpBenchmark";
    /** Polycloud, one blocking call at a time, and 64 async calls in flight; parameter {@code transport}. */
    static final String SYNC = "PolycloudSyncBenchmark";
    static final String ASYNC = "PolycloudAsyncBenchmark";
    /** Polycloud's own work per call: a transport answering from memory. */
    static final String PIPELINE = "PipelineBenchmark";
    static final String SIGNING = "SigningBenchmark";
    /** sdk-opentelemetry's cost: parameter {@code telemetry} is {@code none}, {@code noop} or {@code sdk}. */
    static final String TELEMETRY = "TelemetryOverheadBenchmark";
    /** The sdk-opentelemetry interceptor's hooks for one call, alone; parameter {@code telemetry} is {@code noop} or {@code sdk}. */
    static final String TELEMETRY_HOOKS = "TelemetryInterceptorBenchmark";

    /** The transports, by the names {@code SdkClientBuilder.httpTransportProvider} takes. */
    static final List<String> TRANSPORTS = List.of("okhttp", "jdk");

    /**
     * A benchmark's result for one operation (or algorithm).
     *
     * @param benchmark the class's simple name
     * @param op        the value of its {@code op} (or {@code algorithm}) parameter
     * @return the result, if that benchmark ran
     */
    Optional<JmhResult> find(String benchmark, String op) {
        return jmh.stream()
                .filter(r -> r.benchmark().equals(benchmark) && (op.equals(r.params().get("op")) || op.equals(r.params().get("algorithm"))))
                .findFirst();
    }

    /**
     * A benchmark's result for one parameter combination.
     *
     * @param benchmark the class's simple name
     * @param params    parameter values that must match
     * @return the result, if that benchmark ran
     */
    Optional<JmhResult> find(String benchmark, Map<String, String> params) {
        return jmh.stream().filter(r -> r.benchmark().equals(benchmark) && r.has(params)).findFirst();
    }

    /** Polycloud sync with a transport. */
    Optional<JmhResult> sync(String op, String transport) {
        return find(SYNC, Map.of("op", op, "transport", transport));
    }

    /** Polycloud async with a transport. */
    Optional<JmhResult> async(String op, String transport) {
        return find(ASYNC, Map.of("op", op, "transport", transport));
    }

    /** The floor of a transport: raw OkHttp for {@code okhttp}, the raw JDK client for {@code jdk}. */
    Optional<JmhResult> raw(String op, String transport) {
        return find(transport.equals("jdk") ? RAW_JDK : RAW_OKHTTP, op);
    }

    /**
     * The official SDK's result for an operation.
     *
     * @param op the operation id
     * @return the result, if it ran
     */
    Optional<JmhResult> official(String op) {
        return jmh.stream().filter(r -> r.benchmark().startsWith("Official") && op.equals(r.params().get("op"))).findFirst();
    }
}
