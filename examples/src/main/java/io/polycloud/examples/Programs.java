package io.polycloud.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

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
     * @param args    the command line
     * @param out     where the example prints
     * @param env     the environment ({@code System::getenv}; tests pass their own endpoints)
     * @param changes what a real run with these arguments changes, one line per resource ({@link ChangePlan})
     * @param body    the example's steps
     * @return 0 when every step went as expected, 1 when one failed, 2 for bad arguments or a
     *         real run that changes something without {@code --yes}
     */
    static int run(String[] args, PrintStream out, UnaryOperator<String> env, Function<ExampleArgs, List<String>> changes,
                   Body body) {
        ExampleArgs parsed;
        try {
            parsed = ExampleArgs.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        if (!ChangePlan.approved(parsed.real() ? changes.apply(parsed) : List.of(), parsed.yes(), out)) {
            return 2;
        }
        CallLog log = new CallLog(out);
        long start = System.nanoTime();
        try (Clouds clouds = Clouds.open(parsed, env, log, out)) {
            body.run(clouds, log, out);
        }
        out.println();
        log.printTable();
        out.printf("%nDone in %d ms.%n", (System.nanoTime() - start) / 1_000_000);
        return log.anyFailed() ? 1 : 0;
    }
}
