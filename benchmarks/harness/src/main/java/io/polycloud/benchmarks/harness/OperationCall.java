package io.polycloud.benchmarks.harness;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One seeded operation bound to an open client: what a benchmark invocation or a cold start
 * calls. Each call builds its request object afresh, as application code would. Closing it
 * closes the client.
 *
 * <pre>{@code
 * OperationCall call = OperationCall.of(Operation.DRS_DELETE_JOB, drs,
 *         () -> drs.deleteJob(DeleteJobRequest.builder().jobId(id).build()),
 *         r -> Operation.DRS_DELETE_JOB.isRequestId(r.requestId().orElse(null)));
 * call.verify(call.call());
 * }</pre>
 */
public final class OperationCall implements AutoCloseable {

    private final Operation operation;
    private final AutoCloseable client;
    private final Callable<?> sync;
    private final Predicate<Object> succeeded;
    private final Supplier<? extends CompletableFuture<?>> async;

    private OperationCall(Operation operation, AutoCloseable client, Callable<?> sync, Predicate<Object> succeeded,
                          Supplier<? extends CompletableFuture<?>> async) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.client = Objects.requireNonNull(client, "client");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.succeeded = Objects.requireNonNull(succeeded, "succeeded");
        this.async = async;
    }

    /**
     * A call without an asynchronous variant.
     *
     * @param operation the operation
     * @param client    closed by {@link #close()}
     * @param sync      makes one blocking call
     * @param succeeded whether a result is the loopback server's success answer (its request id, or
     *                  its status where the client exposes no request id)
     * @param <R>       the result type
     * @return the call
     */
    @SuppressWarnings("unchecked")
    public static <R> OperationCall of(Operation operation, AutoCloseable client, Callable<R> sync,
                                       Predicate<? super R> succeeded) {
        return new OperationCall(operation, client, sync, (Predicate<Object>) succeeded, null);
    }

    /**
     * This call with an asynchronous variant.
     *
     * @param async starts one call without blocking; its result must suit the {@code succeeded} test
     * @return a new call
     */
    public OperationCall withAsync(Supplier<? extends CompletableFuture<?>> async) {
        return new OperationCall(operation, client, sync, succeeded, Objects.requireNonNull(async, "async"));
    }

    /**
     * Makes one blocking call.
     *
     * @return the client's typed response
     * @throws Exception whatever the client throws
     */
    public Object call() throws Exception {
        return sync.call();
    }

    /**
     * Starts one call without blocking.
     *
     * @return the future response
     * @throws UnsupportedOperationException if this call has no asynchronous variant
     */
    public CompletableFuture<?> callAsync() {
        if (async == null) {
            throw new UnsupportedOperationException(operation.id() + " has no asynchronous variant here");
        }
        return async.get();
    }

    /**
     * Checks that a response is the loopback server's success answer for this operation.
     *
     * @param response a result of {@link #call()} or {@link #callAsync()}
     * @throws IllegalStateException if it is not
     */
    public void verify(Object response) {
        if (!succeeded.test(response)) {
            throw new IllegalStateException(operation.id() + " did not get the loopback server's success answer: " + response);
        }
    }

    /**
     * Closes the client.
     *
     * @throws Exception whatever the client's close throws
     */
    @Override
    public void close() throws Exception {
        client.close();
    }
}
