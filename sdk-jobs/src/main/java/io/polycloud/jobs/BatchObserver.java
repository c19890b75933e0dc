package io.polycloud.jobs;

/**
 * Follows one batch, from {@link BatchListener#onBatchStart(BatchInfo)} to
 * {@link #onBatchEnd(BatchSummary)}. {@link #onResult(DeleteResult)} and
 * {@link #onBatchEnd(BatchSummary)} are called one at a time, never concurrently; {@link #wrap}
 * is called from many threads at once. None of them may block or throw.
 */
public interface BatchObserver {

    /**
     * Wraps a task of the batch before it runs, for example to make a tracing context current
     * while it runs. The batch runs the returned task at once, on the thread at hand.
     *
     * @param task the task
     * @return the task to run; by default the task itself
     */
    default Runnable wrap(Runnable task) {
        return task;
    }

    /**
     * Called with each ref's result, as soon as it is known.
     *
     * @param result the result
     */
    default void onResult(DeleteResult result) {
    }

    /**
     * Called once, after the last result and before the batch's future completes.
     *
     * @param summary the totals
     */
    default void onBatchEnd(BatchSummary summary) {
    }
}
