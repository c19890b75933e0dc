package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Polycloud's own work per blocking call, without a network: a client with default settings
 * whose transport answers every request at once with the response recorded from the loopback
 * server. Building the typed request, binding it, the pipeline, signing and reading the response
 * are all that is left, so this is the part of a call's CPU time that Polycloud adds on top of
 * its HTTP client.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class PipelineBenchmark {

    /** The operation, {@code service.Action}. */
    @Param({"vpc.DeleteFailoverTestJob", "vpc.StartFailoverTestJob", "drs.DeleteJob", "dds.CancelScheduledTask",
            "lakeformation.DeleteJob"})
    public String op;

    private OperationCall call;

    /**
     * Records the loopback server's answer, then opens a client that gets it from memory.
     *
     * @throws Exception if recording fails or the replayed answer is not the success response
     */
    @Setup
    public void open() throws Exception {
        Operation operation = Operation.of(op);
        SdkHttpResponse response = CapturedRequest.of(operation, LoopbackEndpoint.get(), PolycloudCalls::defaults).response();
        call = PolycloudCalls.open(operation, LoopbackEndpoint.get(), builder -> builder.httpTransport(new Replay(response)));
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
    public void close() throws Exception {
        call.close();
    }

    /** Answers every request with one response, on the calling thread. */
    private record Replay(SdkHttpResponse response) implements HttpTransport {

        @Override
        public SdkHttpResponse execute(SdkHttpRequest request, Duration timeout) {
            return response;
        }

        @Override
        public CompletableFuture<SdkHttpResponse> executeAsync(SdkHttpRequest request, Duration timeout) {
            return CompletableFuture.completedFuture(response);
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
