package io.polycloud.jobs;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The totals of a batch.
 *
 * @param total    how many refs the batch had
 * @param counts   how many ended with each outcome (outcomes none reached are absent)
 * @param duration wall-clock time from the start of the batch to its last result
 */
public record BatchSummary(int total, Map<DeleteOutcome, Integer> counts, Duration duration) {

    /**
     * Copies the counts and validates the components.
     *
     * @throws NullPointerException if one is null
     */
    public BatchSummary {
        EnumMap<DeleteOutcome, Integer> copy = new EnumMap<>(DeleteOutcome.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * How many refs ended with an outcome.
     *
     * @param outcome the outcome
     * @return the count, 0 if none
     */
    public int count(DeleteOutcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    /**
     * Whether every ref {@linkplain DeleteOutcome#succeeded() succeeded}.
     *
     * @return true when each one is gone (or, in a dry run, would be sent)
     */
    public boolean allSucceeded() {
        int succeeded = 0;
        for (Map.Entry<DeleteOutcome, Integer> e : counts.entrySet()) {
            succeeded += e.getKey().succeeded() ? e.getValue() : 0;
        }
        return succeeded == total;
    }
}
