package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.ColdStartProbe;

/**
 * Cold start: in a fresh JVM, build a Polycloud client with default settings and complete one
 * call against the loopback server. Run with only that service's runtime class path.
 *
 * <pre>
 * java -cp … io.polycloud.benchmarks.polycloud.PolycloudColdStart drs.DeleteJob http://127.0.0.1:8080
 * </pre>
 */
public final class PolycloudColdStart {

    private PolycloudColdStart() {
    }

    /**
     * Runs the probe.
     *
     * @param args the operation id and the loopback endpoint
     * @throws Exception if the call fails
     */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ColdStartProbe.run(start, args, (op, endpoint) -> PolycloudCalls.open(op, endpoint, PolycloudCalls::defaults));
    }
}
