package io.polycloud.benchmarks.official.drs;

import io.polycloud.benchmarks.harness.BlockingCallBenchmark;
import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import org.openjdk.jmh.annotations.Param;

/** The official Huawei Cloud DRS SDK with default settings, one blocking call at a time. */
public class OfficialDrsBenchmark extends BlockingCallBenchmark {

    /** The operation, {@code service.Action}. */
    @Param({"drs.DeleteJob"})
    public String op;

    @Override
    protected OperationCall open() {
        return DrsCalls.open(Operation.of(op), LoopbackEndpoint.get());
    }
}
