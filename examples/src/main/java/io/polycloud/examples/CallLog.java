package io.polycloud.examples;

import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs example steps and keeps a row per step: operation, outcome, request id and attempts.
 * It is also an {@link ExecutionInterceptor}, registered on every client, which is how a step
 * learns the attempts and request id of the call it made: the same hook an application would use
 * for metrics.
 */
final class CallLog implements ExecutionInterceptor {

    record Row(String operation, String outcome, String requestId, int attempts, boolean failed) {
    }

    /** The widest the summary table gets, for a 120-column terminal. */
    static final int TABLE_WIDTH = 120;
    private static final int MIN_OUTCOME_WIDTH = 30;

    private final List<Row> rows = new ArrayList<>();
    private final AtomicReference<CallOutcome> last = new AtomicReference<>();
    private final PrintStream out;

    CallLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void afterCall(CallOutcome outcome) {
        last.set(outcome);
    }

    /** Runs a call that should succeed; returns its result, or null after printing the failure. */
    <T> T step(String operation, Supplier<T> call, java.util.function.Function<T, String> describe) {
        last.set(null);
        try {
            T result = call.get();
            CallOutcome o = last.get();
            record(operation, describe.apply(result), o == null ? "-" : o.requestId().orElse("-"), o == null ? 0 : o.attempts(), false);
            return result;
        } catch (SdkException e) {
            record(operation, Failures.describe(e), requestId(e), e.attempts(), true);
            return null;
        }
    }

    /** Runs a call that is meant to fail, to show what that failure looks like. */
    void expectFailure(String operation, Runnable call) {
        last.set(null);
        try {
            call.run();
            CallOutcome o = last.get();
            record(operation, "unexpectedly succeeded", o == null ? "-" : o.requestId().orElse("-"), o == null ? 0 : o.attempts(), true);
        } catch (SdkException e) {
            record(operation, "as expected: " + Failures.describe(e), requestId(e), e.attempts(), false);
        }
    }

    /** A step that made no call, such as one skipped for lack of an id. */
    void note(String operation, String outcome) {
        record(operation, outcome, "-", 0, false);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    boolean anyFailed() {
        return rows.stream().anyMatch(Row::failed);
    }

    /**
     * One line per row, at most {@value #TABLE_WIDTH} columns: an outcome of several lines shows its
     * first (the rest was printed when the step ran), wrapped within its column if still too long.
     */
    void printTable() {
        int op = "operation".length();
        int longest = "outcome".length();
        int id = "request id".length();
        for (Row r : rows) {
            op = Math.max(op, r.operation().length());
            longest = Math.max(longest, firstLine(r.outcome()).length());
            id = Math.max(id, r.requestId().length());
        }
        int outcome = Math.min(longest, Math.max(MIN_OUTCOME_WIDTH, TABLE_WIDTH - op - id - "attempts".length() - 6));
        String format = "%-" + op + "s  %-" + outcome + "s  %-" + id + "s  %s%n";
        out.printf(format, "operation", "outcome", "request id", "attempts");
        out.printf(format, "-".repeat(op), "-".repeat(outcome), "-".repeat(id), "--------");
        for (Row r : rows) {
            List<String> lines = wrap(firstLine(r.outcome()), outcome);
            out.printf(format, r.operation(), lines.get(0), r.requestId(), r.attempts());
            for (String more : lines.subList(1, lines.size())) {
                out.println((" ".repeat(op + 2) + more).stripTrailing());
            }
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).stripTrailing() + " …";
    }

    /** Splits at spaces into lines of at most {@code width} characters (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private void record(String operation, String outcome, String requestId, int attempts, boolean failed) {
        rows.add(new Row(operation, outcome, requestId, attempts, failed));
        out.printf("%-40s %s%n", operation, outcome);
    }

    private static String requestId(SdkException e) {
        return e instanceof ServiceException se ? se.requestId().orElse("-") : "-";
    }
}
