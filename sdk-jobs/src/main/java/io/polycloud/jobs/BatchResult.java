package io.polycloud.jobs;

import java.util.List;
import java.util.Objects;

/**
 * Everything a batch produced: one result per ref, in the order the refs were given, and the totals.
 *
 * @param results the results, {@code results.get(i)} for the i-th ref
 * @param summary the totals
 */
public record BatchResult(List<DeleteResult> results, BatchSummary summary) {

    /**
     * Copies the list and validates the components.
     *
     * @throws NullPointerException if one is null
     */
    public BatchResult {
        results = List.copyOf(results);
        Objects.requireNonNull(summary, "summary");
    }
}
