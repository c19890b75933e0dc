package io.polycloud.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JMH result: a benchmark class with one parameter value, its score and error, and the
 * bytes allocated per operation that {@code -prof gc} reports.
 *
 * @param benchmark  the benchmark class's simple name, for example {@code PolycloudSyncBenchmark}
 * @param param      the value of its {@code op} or {@code algorithm} parameter
 * @param score      the score in {@code unit}
 * @param error      JMH's 99.9% confidence half-width, NaN with too few samples
 * @param unit       for example {@code ops/s} or {@code ns/op}
 * @param allocBytes {@code gc.alloc.rate.norm}, bytes per operation
 * @param allocError its error
 */
record JmhResult(String benchmark, String param, double score, double error, String unit, double allocBytes,
                 double allocError) {

    private static final String ALLOC_NORM = ":gc.alloc.rate.norm";

    /**
     * Reads a JMH CSV result file ({@code -rf csv}).
     *
     * @param csv the file
     * @return one result per benchmark and parameter value
     */
    static List<JmhResult> readCsv(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = fields(lines.get(0));
        int score = header.indexOf("Score");
        int error = header.indexOf("Score Error (99.9%)");
        int unit = header.indexOf("Unit");
        List<Integer> params = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith("Param: ")) {
                params.add(i);
            }
        }
        Map<String, JmhResult> results = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            String name = f.get(0);
            String param = "";
            for (int p : params) {
                if (!f.get(p).isEmpty()) {
                    param = f.get(p);
                }
            }
            boolean alloc = name.endsWith(ALLOC_NORM);
            String method = alloc ? name.substring(0, name.length() - ALLOC_NORM.length()) : name;
            if (method.contains(":")) {
                continue;
            }
            String className = method.substring(0, method.lastIndexOf('.'));
            String simple = className.substring(className.lastIndexOf('.') + 1);
            String key = simple + "|" + param;
            double value = number(f.get(score));
            double err = number(f.get(error));
            JmhResult previous = results.get(key);
            if (alloc) {
                results.put(key, previous == null
                        ? new JmhResult(simple, param, Double.NaN, Double.NaN, "", value, err)
                        : new JmhResult(simple, param, previous.score, previous.error, previous.unit, value, err));
            } else {
                results.put(key, previous == null
                        ? new JmhResult(simple, param, value, err, f.get(unit), Double.NaN, Double.NaN)
                        : new JmhResult(simple, param, value, err, f.get(unit), previous.allocBytes, previous.allocError));
            }
        }
        return List.copyOf(results.values());
    }

    private static double number(String s) {
        return s.isEmpty() || s.equals("NaN") ? Double.NaN : Double.parseDouble(s);
    }

    /** Splits one CSV line; fields may be double-quoted. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
