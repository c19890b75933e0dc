package io.polycloud.jobs;

import java.util.Objects;

/**
 * Where a batch is, reported after each result.
 *
 * @param completed how many refs have a result, this one included
 * @param total     how many refs the batch has
 * @param latest    the result just reached
 */
public record BatchProgress(int completed, int total, DeleteResult latest) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if {@code latest} is null
     * @throws IllegalArgumentException if the counts are not {@code 1 <= completed <= total}
     */
    public BatchProgress {
        Objects.requireNonNull(latest, "latest");
        if (completed < 1 || completed > total) {
            throw new IllegalArgumentException("completed must be between 1 and total");
        }
    }
}
