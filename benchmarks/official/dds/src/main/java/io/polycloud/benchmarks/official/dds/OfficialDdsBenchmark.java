package io.polycloud.benchmarks.official.dds;

import io.polycloud.benchmarks.harness.BlockingCallBenchmark;
import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import org.openjdk.jmh.annotations.Param;

/** The official Huawei Cloud DDS SDK with default settings, one blocking call at a time. */
public class OfficialDdsBenchmark extends BlockingCallBenchmark {

    /** The operation, {@code service.Action}. */
    @Param({"dds.CancelScheduledTask"})
    public String op;

    @Override
    protected OperationCall open() {
        return DdsCalls.open(Operation.of(op), LoopbackEndpoint.get());
    }
}
