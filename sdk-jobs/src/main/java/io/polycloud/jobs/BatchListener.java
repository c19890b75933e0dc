package io.polycloud.jobs;

/**
 * Follows every batch a {@link CloudJobs} runs, for tracing and metrics; register it with
 * {@link CloudJobs.Builder#addBatchListener(BatchListener)}. The jobs layer knows nothing of any
 * tracing library: a listener bridges to one.
 *
 * <p>{@link #onBatchStart(BatchInfo)} runs on the thread that called {@code deleteAll} (or
 * {@code deleteAllAsync}), before anything is sent, so it sees that thread's context (a current
 * span, an MDC) and can start a batch span under it. The {@link BatchObserver} it returns then
 * wraps every task the batch runs, on whatever thread: starting a job, and going on after each
 * answer (the delete after a status read, the next poll, a target's resume after a throttling
 * pause). Each call of a service client is made inside such a task, so whatever the wrapper makes
 * current is current when the call's interceptors run ({@code ExecutionInterceptor.beforeCall}):
 * a call's span becomes a child of the batch's.
 *
 * <pre>{@code
 * CloudJobs jobs = CloudJobs.builder().addBatchListener(info -> {
 *     Span batch = tracer.spanBuilder("jobs.deleteAll").setAttribute("refs", info.refs()).startSpan();
 *     Context context = Context.current().with(batch);
 *     return new BatchObserver() {
 *         public Runnable wrap(Runnable task) { return context.wrap(task); }
 *         public void onBatchEnd(BatchSummary summary) { batch.end(); }
 *     };
 * }).build();
 * }</pre>
 *
 * A listener must not throw; if it does, the batch goes on without it (its observer does nothing).
 */
@FunctionalInterface
public interface BatchListener {

    /**
     * Called once per batch, on the caller's thread, before anything is sent.
     *
     * @param info what the batch is about to do
     * @return the observer of this batch, never null
     */
    BatchObserver onBatchStart(BatchInfo info);
}
