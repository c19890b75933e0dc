package io.polycloud.benchmarks.harness;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One client making one blocking call per invocation, for every SDK. A subclass declares the
 * {@code op} parameter with the operations its SDK serves and opens the client; JMH generates the
 * benchmark in the subclass's module. The settings here are the report's; the runner passes them
 * explicitly too.
 *
 * <pre>{@code
 * public class OfficialDrsBenchmark extends BlockingCallBenchmark {
 *     @Param({"drs.DeleteJob"})
 *     public String op;
 *
 *     protected OperationCall open() {
 *         return DrsCalls.open(Operation.of(op), LoopbackEndpoint.get());
 *     }
 * }
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public abstract class BlockingCallBenchmark {

    private OperationCall call;

    /**
     * Opens the client for the subclass's operation, with default settings, against
     * {@link LoopbackEndpoint#get()}.
     *
     * @return the call
     * @throws Exception if the client cannot be built
     */
    protected abstract OperationCall open() throws Exception;

    /**
     * Opens the client and checks one call gets the loopback server's success answer.
     *
     * @throws Exception if it does not
     */
    @Setup
    public void setUp() throws Exception {
        call = open();
        call.verify(call.call());
    }

    /**
     * One call.
     *
     * @return the client's response
     * @throws Exception if the call fails
     */
    @Benchmark
    public Object call() throws Exception {
        return call.call();
    }

    /**
     * Closes the client.
     *
     * @throws Exception if closing fails
     */
    @TearDown
    public void tearDown() throws Exception {
        call.close();
    }
}
