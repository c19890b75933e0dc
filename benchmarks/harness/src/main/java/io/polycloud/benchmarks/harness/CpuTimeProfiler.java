package io.polycloud.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the benchmark JVM's CPU time per operation, {@value #LABEL} in
 * ns/op: the process CPU time ({@code OperatingSystemMXBean.getProcessCpuTime()}, every thread:
 * the caller's, the HTTP client's, the garbage collector's, the JIT compilers') spent during an
 * iteration, divided by the operations the iteration completed. Unlike ops/s it does not fall
 * when other processes take the CPU away, so it is the number to compare across clients on a
 * shared machine. The loopback server must run in another JVM for it to be the client's alone.
 *
 * <pre>
 * java -cp … org.openjdk.jmh.Main PolycloudSyncBenchmark -prof io.polycloud.benchmarks.harness.CpuTimeProfiler
 * </pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The secondary result's name; JMH's CSV calls it {@code <benchmark>:cpu.time.norm}. */
    public static final String LABEL = "cpu.time.norm";

    /**
     * This class's name, for JMH's {@code -prof}: a constant, so the report runner (which has no
     * JMH on its class path) can name the profiler without loading it.
     */
    public static final String NAME = "io.polycloud.benchmarks.harness.CpuTimeProfiler";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long startCpuNanos;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startCpuNanos = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpuNanos = os.getProcessCpuTime() - startCpuNanos;
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0 || cpuNanos < 0) {
            return List.of();
        }
        return List.of(new ScalarResult(LABEL, (double) cpuNanos / ops, "ns/op", AggregationPolicy.AVG));
    }
}
