package io.polycloud.benchmarks.report;

import io.polycloud.benchmarks.harness.CpuTimeProfiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JMH result: a benchmark class with one combination of parameter values, its score, and
 * the secondary results of the profilers ({@code -prof gc}'s bytes per operation,
 * {@link CpuTimeProfiler}'s CPU time per operation).
 *
 * @param benchmark the benchmark class's simple name, for example {@code PolycloudSyncBenchmark}
 * @param params    its parameter values by name, for example {@code op=drs.DeleteJob, transport=jdk}
 * @param score     the score in {@code unit}
 * @param unit      for example {@code ops/s} or {@code ns/op}
 * @param secondary the profilers' results by name, for example {@code gc.alloc.rate.norm}
 */
record JmhResult(String benchmark, Map<String, String> params, Value score, String unit, Map<String, Value> secondary) {

    /** {@code -prof gc}: bytes allocated per operation, by every thread of the benchmark JVM. */
    static final String ALLOC_NORM = "gc.alloc.rate.norm";
    /** {@link CpuTimeProfiler}: process CPU ns per operation. */
    static final String CPU_NORM = CpuTimeProfiler.LABEL;

    JmhResult {
        params = Map.copyOf(params);
        secondary = Map.copyOf(secondary);
    }

    /**
     * A measured value and JMH's error for it.
     *
     * @param value the mean over the measurement iterations
     * @param error the half-width of JMH's 99.9% confidence interval (Student's t over the
     *              iterations); NaN with a single iteration
     */
    record Value(double value, double error) {

        /** Whether the interval is wider than the value itself. */
        boolean unreliable() {
            return !Double.isNaN(error) && error > Math.abs(value);
        }
    }

    /** Bytes allocated per operation. */
    Optional<Value> alloc() {
        return Optional.ofNullable(secondary.get(ALLOC_NORM));
    }

    /** Process CPU ns per operation. */
    Optional<Value> cpu() {
        return Optional.ofNullable(secondary.get(CPU_NORM));
    }

    /**
     * Whether this result has every given parameter value.
     *
     * @param wanted parameter values by name
     * @return true if all match
     */
    boolean has(Map<String, String> wanted) {
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(params.get(e.getKey())));
    }

    /**
     * Reads a JMH CSV result file ({@code -rf csv}).
     *
     * @param csv the file
     * @return one result per benchmark and parameter combination
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
        Map<Integer, String> params = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith("Param: ")) {
                params.put(i, header.get(i).substring("Param: ".length()));
            }
        }
        Map<String, Builder> results = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            String name = f.get(0);
            int colon = name.indexOf(':');
            String method = colon < 0 ? name : name.substring(0, colon);
            String className = method.substring(0, method.lastIndexOf('.'));
            String simple = className.substring(className.lastIndexOf('.') + 1);
            Map<String, String> values = new LinkedHashMap<>();
            params.forEach((i, p) -> {
                if (!f.get(i).isEmpty()) {
                    values.put(p, f.get(i));
                }
            });
            Builder b = results.computeIfAbsent(simple + "|" + values, k -> new Builder(simple, values));
            Value v = new Value(number(f.get(score)), number(f.get(error)));
            if (colon < 0) {
                b.score = v;
                b.unit = f.get(unit);
            } else {
                b.secondary.put(name.substring(colon + 1), v);
            }
        }
        List<JmhResult> out = new ArrayList<>();
        results.values().forEach(b -> out.add(new JmhResult(b.benchmark, b.params, b.score, b.unit, b.secondary)));
        return out;
    }

    private static final class Builder {
        final String benchmark;
        final Map<String, String> params;
        final Map<String, Value> secondary = new LinkedHashMap<>();
        Value score = new Value(Double.NaN, Double.NaN);
        String unit = "";

        Builder(String benchmark, Map<String, String> params) {
            this.benchmark = benchmark;
            this.params = params;
        }
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
