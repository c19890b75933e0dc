package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.BlockingCallBenchmark;
import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link PolycloudSyncBenchmark} with sdk-opentelemetry attached as {@link TelemetrySetup} says:
 * not at all, to the no-op API, or to the SDK with in-memory exporters. The report compares the
 * three rows of one operation; {@link TelemetryCpuCost} measures the CPU time per call of the same
 * setups.
 */
public class TelemetryOverheadBenchmark extends BlockingCallBenchmark {

    /** The operation, {@code service.Action}. */
    @Param({"drs.DeleteJob", "vpc.DeleteFailoverTestJob"})
    public String op;

    /** {@code none}, {@code noop} or {@code sdk}. */
    @Param({"none", "noop", "sdk"})
    public String telemetry;

    private TelemetrySetup.Attached attached;

    @Override
    protected OperationCall open() {
        attached = TelemetrySetup.of(telemetry).start();
        return PolycloudCalls.open(Operation.of(op), LoopbackEndpoint.get(), attached.customizer());
    }

    /** Closes the SDK (the client is closed by the base class). */
    @TearDown
    public void closeTelemetry() {
        attached.close();
    }
}
