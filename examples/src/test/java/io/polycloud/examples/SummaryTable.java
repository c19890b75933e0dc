package io.polycloud.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads back the table {@link CallLog#printTable()} prints: a row's outcome joined across its wrapped lines. */
record SummaryTable(List<String> lines, Map<String, Row> rows) {

    record Row(String outcome, String requestId, int attempts) {
    }

    /** The table in a program's output: from its header to the line before {@code Done in}. */
    static SummaryTable in(String output) {
        int start = output.indexOf("\noperation ") + 1;
        int end = output.indexOf("\nDone in ");
        if (start <= 0 || end < start) {
            throw new AssertionError("no summary table in:\n" + output);
        }
        List<String> lines = output.substring(start, end).strip().lines().toList();
        String header = lines.get(0);
        int outcomeAt = header.indexOf("outcome");
        int idAt = header.indexOf("request id");
        int attemptsAt = header.indexOf("attempts");
        Map<String, String[]> cells = new LinkedHashMap<>();
        String last = null;
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith(" ")) {
                String[] row = cells.get(last);
                row[0] = row[0] + " " + line.substring(outcomeAt).trim();
                continue;
            }
            last = line.substring(0, outcomeAt).trim();
            cells.put(last, new String[] {line.substring(outcomeAt, idAt).trim(), line.substring(idAt, attemptsAt).trim(),
                    line.substring(attemptsAt).trim()});
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        cells.forEach((op, c) -> rows.put(op, new Row(c[0], c[1], Integer.parseInt(c[2]))));
        return new SummaryTable(lines, rows);
    }
}
