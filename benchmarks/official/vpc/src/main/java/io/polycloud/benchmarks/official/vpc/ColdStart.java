package io.polycloud.benchmarks.official.vpc;

import io.polycloud.benchmarks.harness.ColdStartProbe;

/**
 * Cold start of the official VPC SDK: in a fresh JVM, build a client with default settings and
 * complete one call against the loopback server.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * Runs the probe.
     *
     * @param args the operation id and the loopback endpoint
     * @throws Exception if the call fails
     */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ColdStartProbe.run(start, args, VpcCalls::open);
    }
}
