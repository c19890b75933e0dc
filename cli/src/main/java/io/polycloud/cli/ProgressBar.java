package io.polycloud.cli;

import io.polycloud.jobs.BatchProgress;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * A one-line progress bar on a terminal's standard error, redrawn in place ({@code \r}) at most
 * every 100 ms and at the end, then erased so the results start on a clean line. Called one
 * progress at a time (the batch promises it).
 */
final class ProgressBar implements Consumer<BatchProgress> {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private long lastDraw = System.nanoTime() - REDRAW_NANOS;
    private boolean drawn;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void accept(BatchProgress p) {
        long now = System.nanoTime();
        if (p.completed() < p.total() && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * p.completed() / p.total());
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + p.completed() + "/" + p.total());
        err.flush();
        drawn = true;
    }

    /** Erases the bar, if one was drawn. */
    void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
