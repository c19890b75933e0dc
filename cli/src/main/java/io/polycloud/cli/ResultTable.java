package io.polycloud.cli;

import io.polycloud.jobs.BatchResult;
import io.polycloud.jobs.DeleteOutcome;
import io.polycloud.jobs.DeleteResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --output table} (the default): one row per ref in the order given (outcome, the cloud's
 * code, attempts, request id, ref), then one line of totals.
 */
final class ResultTable {

    private static final String[] HEADER = {"OUTCOME", "CODE", "ATTEMPTS", "REQUEST ID", "REF"};

    private ResultTable() {
    }

    static void print(BatchResult batch, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (DeleteResult r : batch.results()) {
            rows.add(new String[] {r.outcome().name(), r.code().orElse("-"), String.valueOf(r.attempts()),
                    r.requestId().orElse("-"), r.ref().toString()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line);
        }
        out.println(totals(batch));
    }

    /** For example {@code 4 refs in 120 ms: 2 deleted, 1 already gone, 1 not deletable}. */
    static String totals(BatchResult batch) {
        StringBuilder line = new StringBuilder().append(batch.summary().total())
                .append(batch.summary().total() == 1 ? " ref" : " refs")
                .append(" in ").append(batch.summary().duration().toMillis()).append(" ms");
        String separator = ": ";
        for (DeleteOutcome outcome : DeleteOutcome.values()) {
            int count = batch.summary().count(outcome);
            if (count > 0) {
                line.append(separator).append(count).append(' ').append(outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                separator = ", ";
            }
        }
        return line.toString();
    }
}
