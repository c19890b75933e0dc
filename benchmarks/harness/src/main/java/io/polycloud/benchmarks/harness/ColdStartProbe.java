package io.polycloud.benchmarks.harness;

import java.net.URI;

/**
 * The body of a cold-start program: open a client, make one verified call against the loopback
 * server, close it, and print the time since {@code main} began as
 * {@code coldstart.nanos=<n>}. The report runner starts each program in a fresh JVM and also
 * times the whole process.
 *
 * <pre>{@code
 * public static void main(String[] args) throws Exception {
 *     long start = System.nanoTime();
 *     ColdStartProbe.run(start, args, MyCalls::open);
 * }
 * }</pre>
 */
public final class ColdStartProbe {

    /** The prefix of the result line. */
    public static final String RESULT_PREFIX = "coldstart.nanos=";

    private ColdStartProbe() {
    }

    /** Opens a client bound to one operation. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the call.
         *
         * @param operation the operation
         * @param endpoint  the loopback server
         * @return the call
         * @throws Exception if the client cannot be built
         */
        OperationCall open(Operation operation, URI endpoint) throws Exception;
    }

    /**
     * Runs the probe.
     *
     * @param startNanos {@link System#nanoTime()} read first thing in {@code main}
     * @param args       the operation id and the loopback endpoint
     * @param opener     builds the client
     * @throws Exception if the call fails or answers wrongly
     */
    public static void run(long startNanos, String[] args, Opener opener) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: <operation id> <endpoint>, e.g. drs.DeleteJob http://127.0.0.1:8080");
        }
        Operation operation = Operation.of(args[0]);
        try (OperationCall call = opener.open(operation, URI.create(args[1]))) {
            call.verify(call.call());
        }
        System.out.println(RESULT_PREFIX + (System.nanoTime() - startNanos));
    }
}
