package io.polycloud.benchmarks.polycloud;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Process CPU time per blocking call of several clients in one JVM, measured in interleaved
 * blocks, for comparing a change on a busy machine: the floor (raw OkHttp) is measured in every
 * round next to each Polycloud client, so a change in the machine's load moves them together and
 * the per-round ratio to the floor stays put. Used to measure each CPU fix before and after
 * (same command on both builds); the report's numbers come from JMH with
 * {@link io.polycloud.benchmarks.harness.CpuTimeProfiler}.
 *
 * <p>After a warm-up, each round runs every arm once for {@code millis} ms, in a rotating order.
 * Blocks are long because the JVM reads process CPU time in 10 ms ticks on Linux. Per arm it
 * prints the median CPU µs per call and the median (with the quartiles) of the per-round ratio to
 * the first arm. Bounded: {@code rounds} rounds, and 10 minutes at most.
 *
 * <pre>
 * java -cp … -Dpolycloud.bench.port=P io.polycloud.benchmarks.polycloud.InterleavedCpuPerCall \
 *     [op] [millis] [rounds] [arms]
 *     defaults: drs.DeleteJob 1000 20 raw-okhttp,okhttp,raw-jdk,jdk
 *     arms: raw-okhttp, raw-jdk (the floors), raw-okhttp-build (raw OkHttp building each request from its
 *     URL string), okhttp, jdk (Polycloud sync with that transport), memory
 *     (Polycloud without a network, PipelineBenchmark's client); {@code arm@file} runs the arm on the
 *     class path listed in that file (jars separated by the path separator) in its own class loader,
 *     to compare two builds of Polycloud in one JVM
 * </pre>
 */
public final class InterleavedCpuPerCall {

    private static final Duration LIMIT = Duration.ofMinutes(10);
    private static final int WARM_UP_ROUNDS = 5;

    private InterleavedCpuPerCall() {
    }

    /**
     * Runs the comparison and prints the table.
     *
     * @param args operation, block length in ms, rounds, comma-separated arms
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        String op = args.length > 0 ? args[0] : "drs.DeleteJob";
        long blockNanos = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 1_000).toNanos();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<String> names = List.of((args.length > 3 ? args[3] : "raw-okhttp,okhttp,raw-jdk,jdk").split(","));
        long deadline = System.nanoTime() + LIMIT.toNanos();
        List<Arm> arms = new ArrayList<>();
        for (String name : names) {
            arms.add(new Arm(name, open(name, op), new ArrayList<>()));
        }
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            for (Arm arm : arms) {
                measure(arm.call(), blockNanos);
            }
        }
        int done = 0;
        for (int round = 0; round < rounds && System.nanoTime() < deadline; round++, done++) {
            for (int i = 0; i < arms.size(); i++) {
                Arm arm = arms.get((round + i) % arms.size());
                arm.samples().add(measure(arm.call(), blockNanos));
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d rounds of %d ms per arm; process CPU µs per call%n", op, done,
                blockNanos / 1_000_000);
        System.out.printf(Locale.ROOT, "%-12s %8s %8s %8s   %s%n", "arm", "median", "min", "max",
                "ratio to " + arms.get(0).name() + " per round: median (quartiles)");
        for (Arm arm : arms) {
            double[] cpu = sorted(arm.samples());
            double[] ratio = new double[done];
            for (int i = 0; i < done; i++) {
                ratio[i] = arm.samples().get(i) / arms.get(0).samples().get(i);
            }
            Arrays.sort(ratio);
            System.out.printf(Locale.ROOT, "%-12s %8.2f %8.2f %8.2f   %.3f (%.3f-%.3f)%n", arm.name(), quantile(cpu, 0.5),
                    cpu[0], cpu[cpu.length - 1], quantile(ratio, 0.5), quantile(ratio, 0.25), quantile(ratio, 0.75));
        }
        System.exit(0);
    }

    private record Arm(String name, Callable<?> call, List<Double> samples) {
    }

    private static Callable<?> open(String arm, String op) throws Exception {
        int at = arm.indexOf('@');
        if (at >= 0) {
            return openIsolated(arm.substring(0, at), op, Path.of(arm.substring(at + 1)));
        }
        switch (arm) {
            case "raw-okhttp": {
                RawOkHttpBenchmark b = new RawOkHttpBenchmark();
                b.op = op;
                b.prepare();
                return b::call;
            }
            case "raw-okhttp-build": {
                RawOkHttpBenchmark b = new RawOkHttpBenchmark();
                b.op = op;
                b.prepare();
                return b::callBuildingRequest;
            }
            case "raw-jdk": {
                RawJdkHttpBenchmark b = new RawJdkHttpBenchmark();
                b.op = op;
                b.prepare();
                return b::call;
            }
            case "okhttp":
            case "jdk": {
                PolycloudSyncBenchmark b = new PolycloudSyncBenchmark();
                b.op = op;
                b.transport = arm;
                b.setUp();
                return b::call;
            }
            case "memory": {
                PipelineBenchmark b = new PipelineBenchmark();
                b.op = op;
                b.open();
                return b::call;
            }
            default:
                throw new IllegalArgumentException("unknown arm " + arm);
        }
    }

    /** The arm, built from the classes of another build, loaded apart from this JVM's class path. */
    private static Callable<?> openIsolated(String arm, String op, Path classpathFile) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String jar : Files.readString(classpathFile).trim().split(File.pathSeparator)) {
            urls.add(Path.of(jar).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Class<?> type = loader.loadClass(InterleavedCpuPerCall.class.getName());
        Method open = type.getDeclaredMethod("open", String.class, String.class);
        open.setAccessible(true);
        Callable<?> call = (Callable<?>) open.invoke(null, arm, op);
        return call;
    }

    /** Process CPU µs per call, calling for about {@code nanos}. */
    private static double measure(Callable<?> call, long nanos) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = os.getProcessCpuTime();
        long end = System.nanoTime() + nanos;
        long calls = 0;
        long started = System.nanoTime();
        do {
            for (int i = 0; i < 100; i++) {
                call.call();
            }
            calls += 100;
        } while (System.nanoTime() - end < 0);
        double cpuPerCall = (os.getProcessCpuTime() - start) / 1e3 / calls;
        if (Boolean.getBoolean("polycloud.bench.verbose")) {
            System.out.printf(Locale.ROOT, "block: %d calls in %d ms, %.2f µs CPU per call%n", calls,
                    (System.nanoTime() - started) / 1_000_000, cpuPerCall);
        }
        return cpuPerCall;
    }

    private static double[] sorted(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
