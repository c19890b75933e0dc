package io.polycloud.examples;

import java.io.PrintStream;

/**
 * The frame every example runs in: parse the arguments, open the clients (and the emulator),
 * run, print the table, close everything. Returns an exit code instead of exiting, so the
 * examples' tests can run the programs in-process.
 */
final class Programs {

    /** One example's body. */
    @FunctionalInterface
    interface Body {
        void run(Clouds clouds, CallLog log, PrintStream out);
    }

    private Programs() {
    }

    /**
     * Runs an example.
     *
     * @return 0 when every step went as expected, 1 when one failed, 2 for bad arguments
     */
    static int run(String[] args, PrintStream out, Body body) {
        ExampleArgs parsed;
        try {
            parsed = ExampleArgs.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        CallLog log = new CallLog(out);
        long start = System.nanoTime();
        try (Clouds clouds = Clouds.open(parsed, log, out)) {
            body.run(clouds, log, out);
        }
        out.println();
        log.printTable();
        out.printf("%nDone in %d ms.%n", (System.nanoTime() - start) / 1_000_000);
        return log.anyFailed() ? 1 : 0;
    }
}
