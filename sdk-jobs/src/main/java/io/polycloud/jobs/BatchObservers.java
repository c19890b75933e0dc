package io.polycloud.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * The observers every registered {@link BatchListener} returned for one batch, as one: a task is
 * wrapped by the first listener around the second's wrapping, and so on; each callback goes to
 * each in registration order. A listener that throws in {@code onBatchStart} is left out of the batch.
 */
final class BatchObservers implements BatchObserver {

    private final List<BatchObserver> observers;

    private BatchObservers(List<BatchObserver> observers) {
        this.observers = observers;
    }

    static BatchObserver start(List<BatchListener> listeners, BatchInfo info) {
        List<BatchObserver> observers = new ArrayList<>(listeners.size());
        for (BatchListener listener : listeners) {
            try {
                BatchObserver observer = listener.onBatchStart(info);
                if (observer != null) {
                    observers.add(observer);
                }
            } catch (RuntimeException e) {
                // A listener is an observer: its failure must not stop the batch.
            }
        }
        return observers.size() == 1 ? observers.get(0) : new BatchObservers(List.copyOf(observers));
    }

    @Override
    public Runnable wrap(Runnable task) {
        Runnable wrapped = task;
        for (int i = observers.size() - 1; i >= 0; i--) {
            Runnable w = observers.get(i).wrap(wrapped);
            wrapped = w == null ? wrapped : w;
        }
        return wrapped;
    }

    @Override
    public void onResult(DeleteResult result) {
        for (BatchObserver observer : observers) {
            try {
                observer.onResult(result);
            } catch (RuntimeException e) {
                // as above
            }
        }
    }

    @Override
    public void onBatchEnd(BatchSummary summary) {
        for (BatchObserver observer : observers) {
            try {
                observer.onBatchEnd(summary);
            } catch (RuntimeException e) {
                // as above
            }
        }
    }
}
