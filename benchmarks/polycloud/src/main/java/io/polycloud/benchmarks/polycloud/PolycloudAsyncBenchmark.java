package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A Polycloud client with default settings, the given HTTP transport and {@value #IN_FLIGHT}
 * asynchronous calls in flight:
 * each invocation waits for a free slot, then starts one call, whose completion frees the slot.
 * In steady state the rate of starts is the rate of completions. Any failed call fails the
 * iteration.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class PolycloudAsyncBenchmark {

    /** Calls in flight. */
    public static final int IN_FLIGHT = 64;
    private static final long SLOT_WAIT_SECONDS = 10;
    private static final long DRAIN_WAIT_SECONDS = 30;

    /** The operation, {@code service.Action}. */
    @Param({"vpc.DeleteFailoverTestJob", "vpc.StartFailoverTestJob", "drs.DeleteJob", "dds.CancelScheduledTask",
            "lakeformation.DeleteJob"})
    public String op;

    /** The HTTP transport: {@code okhttp} or {@code jdk}. */
    @Param({"okhttp", "jdk"})
    public String transport;

    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private OperationCall call;

    /**
     * Opens the client and checks one call gets the success response.
     *
     * @throws Exception if it does not
     */
    @Setup(Level.Trial)
    public void open() throws Exception {
        call = PolycloudCalls.open(Operation.of(op), LoopbackEndpoint.get(), PolycloudCalls.transport(transport));
        call.verify(call.callAsync().get(DRAIN_WAIT_SECONDS, TimeUnit.SECONDS));
    }

    /**
     * Starts one call once a slot is free.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    @Benchmark
    public void call() throws InterruptedException {
        if (!slots.tryAcquire(SLOT_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no call completed within " + SLOT_WAIT_SECONDS + " s");
        }
        call.callAsync().whenComplete((response, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            }
            slots.release();
        });
    }

    /**
     * Waits for the calls still in flight and fails if any call failed.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    @TearDown(Level.Iteration)
    public void drain() throws InterruptedException {
        if (!slots.tryAcquire(IN_FLIGHT, DRAIN_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("calls still in flight after " + DRAIN_WAIT_SECONDS + " s");
        }
        slots.release(IN_FLIGHT);
        Throwable first = failure.get();
        if (first != null) {
            throw new IllegalStateException(op + ": an asynchronous call failed", first);
        }
    }

    /**
     * Closes the client.
     *
     * @throws Exception if closing fails
     */
    @TearDown(Level.Trial)
    public void close() throws Exception {
        call.close();
    }
}
