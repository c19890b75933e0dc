package io.polycloud.benchmarks.polycloud;

import io.polycloud.core.interceptor.AttemptOutcome;
import io.polycloud.core.interceptor.CallInfo;
import io.polycloud.core.interceptor.CallObserver;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import java.time.Duration;
import java.util.Optional;
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
 * The interceptor's own work for one successful single-attempt call, without the call:
 * {@code beforeCall}, {@code afterAttempt}, {@code afterCall}, as the pipeline invokes them. With
 * the no-op API this is all sdk-opentelemetry adds to a call; with the SDK it adds the SDK's span
 * and metric recording (the batch exporter's thread is not counted here; {@link TelemetryCpuCost}
 * counts it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class TelemetryInterceptorBenchmark {

    /** {@code noop} or {@code sdk}. */
    @Param({"noop", "sdk"})
    public String telemetry;

    private static final CallInfo CALL = new CallInfo("huawei", "drs", "DeleteJob", Optional.of("cn-north-4"),
            "drs.cn-north-4.myhuaweicloud.com", 443, false);
    private static final AttemptOutcome ATTEMPT = new AttemptOutcome(CALL, 1, 200,
            Optional.of("0f1e2d3c4b5a69788796a5b4c3d2e103"), Duration.ofMillis(3), Optional.empty(), false, Optional.empty());
    private static final CallOutcome OUTCOME = new CallOutcome(CALL, 1, Duration.ofMillis(3),
            Optional.of("0f1e2d3c4b5a69788796a5b4c3d2e103"), Optional.empty(), 200, 0, false, false);

    private TelemetrySetup.Attached attached;
    private ExecutionInterceptor interceptor;

    /** Creates the telemetry. */
    @Setup
    public void setUp() {
        attached = TelemetrySetup.of(telemetry).start();
        interceptor = attached.interceptor();
    }

    /**
     * One call's hooks.
     *
     * @return the observer, so its work is not optimised away
     */
    @Benchmark
    public CallObserver call() {
        CallObserver observer = interceptor.beforeCall(CALL);
        observer.afterAttempt(ATTEMPT);
        observer.afterCall(OUTCOME);
        return observer;
    }

    /** Closes the SDK. */
    @TearDown
    public void tearDown() {
        attached.close();
    }
}
