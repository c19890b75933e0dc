package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU time per blocking call with sdk-opentelemetry not attached, attached to the no-op API, and
 * attached to the SDK with in-memory exporters ({@link TelemetrySetup}), against the loopback
 * server. JMH measures throughput; this measures what the module costs the process: the
 * process's CPU time (every thread: the caller, the transport's, the SDK's batch exporter) and
 * the calling thread's, divided by the number of calls.
 *
 * <p>After a warm-up, each round measures every setup once, in a rotating order, on short blocks
 * of calls, so that changes in the machine's load hit every setup alike; a setup's cost is then
 * the mean over the rounds of its difference to the baseline measured in the same round, with its
 * 95% confidence interval. Everything is bounded: {@code calls} per block, {@code rounds} rounds,
 * and the whole run stops after 10 minutes.
 *
 * <pre>
 * java -cp … io.polycloud.benchmarks.polycloud.TelemetryCpuCost [op] [calls] [rounds]
 *     defaults: drs.DeleteJob 2000 60; -Dpolycloud.bench.port=P uses a loopback server in another JVM,
 *     so the process CPU time is the client's alone
 * </pre>
 */
public final class TelemetryCpuCost {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private TelemetryCpuCost() {
    }

    /**
     * Runs the measurement and prints the table.
     *
     * @param args operation, calls per measurement, rounds
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        Operation op = Operation.of(args.length > 0 ? args[0] : "drs.DeleteJob");
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        URI endpoint = LoopbackEndpoint.get();
        boolean serverInProcess = System.getProperty(LoopbackEndpoint.PORT_PROPERTY) == null;
        long deadline = System.nanoTime() + LIMIT.toNanos();

        // A second client without telemetry, measured like the others: how far apart two identical setups
        // come out is the resolution of this run.
        List<Arm> arms = new ArrayList<>();
        try {
            for (TelemetrySetup setup : List.of(TelemetrySetup.NONE, TelemetrySetup.NONE, TelemetrySetup.NOOP, TelemetrySetup.SDK)) {
                TelemetrySetup.Attached attached = setup.start();
                String label = setup.name().toLowerCase(Locale.ROOT) + (arms.isEmpty() || setup != TelemetrySetup.NONE ? "" : " (A/A)");
                arms.add(new Arm(label, attached, PolycloudCalls.open(op, endpoint, attached.customizer()), new ArrayList<>()));
            }
            for (int warmUp = 0; warmUp < 5; warmUp++) {
                for (Arm arm : arms) {
                    measure(arm.client(), calls);
                }
            }
            int done = 0;
            for (int round = 0; round < rounds && System.nanoTime() < deadline; round++, done++) {
                for (int i = 0; i < arms.size(); i++) {
                    Arm arm = arms.get((round + i) % arms.size());
                    arm.samples().add(measure(arm.client(), calls));
                }
            }
            print(op, calls, done, serverInProcess, arms);
        } finally {
            for (Arm arm : arms) {
                arm.client().close();
                arm.telemetry().close();
            }
        }
    }

    /** One setup under measurement: its client, and per round {process CPU, caller CPU, wall} per call in µs. */
    private record Arm(String label, TelemetrySetup.Attached telemetry, OperationCall client, List<double[]> samples) {
    }

    /** Makes {@code calls} calls; returns {process CPU µs/call, calling thread CPU µs/call, wall µs/call}. */
    private static double[] measure(OperationCall client, int calls) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process = os.getProcessCpuTime();
        long thread = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Object last = null;
        for (int i = 0; i < calls; i++) {
            last = client.call();
        }
        long wallNanos = System.nanoTime() - wall;
        long threadNanos = threads.getCurrentThreadCpuTime() - thread;
        long processNanos = os.getProcessCpuTime() - process;
        client.verify(last);
        return new double[] {processNanos / 1e3 / calls, threadNanos / 1e3 / calls, wallNanos / 1e3 / calls};
    }

    private static void print(Operation op, int calls, int rounds, boolean serverInProcess, List<Arm> arms) {
        System.out.printf("%s, %d rounds of %d calls per setup, loopback server %s%n", op.id(), rounds, calls,
                serverInProcess ? "in this JVM (its CPU time is in the process column)" : "in another JVM");
        System.out.println("Per call: median (min-max) over the rounds; \"vs none\": mean difference to the baseline of the"
                + " same round, +- its 95% confidence interval.");
        System.out.printf("%-10s  %-24s %-16s  %-24s %-16s  %s%n", "setup", "process CPU us", "vs none",
                "caller thread CPU us", "vs none", "wall us");
        List<double[]> baseline = arms.get(0).samples();
        for (Arm arm : arms) {
            List<double[]> rows = arm.samples();
            double[] process = column(rows, 0);
            double[] thread = column(rows, 1);
            System.out.printf("%-10s  %7.2f (%6.2f-%6.2f) %s  %7.2f (%6.2f-%6.2f) %s  %7.2f%n", arm.label(),
                    median(process), process[0], process[process.length - 1], meanDifference(rows, baseline, 0),
                    median(thread), thread[0], thread[thread.length - 1], meanDifference(rows, baseline, 1),
                    median(column(rows, 2)));
        }
    }

    private static String meanDifference(List<double[]> rows, List<double[]> baseline, int index) {
        int n = rows.size();
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = rows.get(i)[index] - baseline.get(i)[index];
            sum += d;
            squares += d * d;
        }
        double mean = sum / n;
        double sd = n > 1 ? Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1))) : 0;
        return String.format("%+6.2f +- %5.2f", mean, 1.96 * sd / Math.sqrt(n));
    }

    private static double[] column(List<double[]> rows, int index) {
        double[] values = rows.stream().mapToDouble(r -> r[index]).toArray();
        Arrays.sort(values);
        return values;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
