package io.polycloud.benchmarks.official.lakeformation;

import io.polycloud.benchmarks.harness.BlockingCallBenchmark;
import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import org.openjdk.jmh.annotations.Param;

/** The official Huawei Cloud LakeFormation SDK with default settings, one blocking call at a time. */
public class OfficialLakeFormationBenchmark extends BlockingCallBenchmark {

    /** The operation, {@code service.Action}. */
    @Param({"lakeformation.DeleteJob"})
    public String op;

    @Override
    protected OperationCall open() {
        return LakeFormationCalls.open(Operation.of(op), LoopbackEndpoint.get());
    }
}
