package io.polycloud.benchmarks.official.vpc;

import io.polycloud.benchmarks.harness.BlockingCallBenchmark;
import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import org.openjdk.jmh.annotations.Param;

/** The official Alibaba Cloud VPC SDK with default settings, one blocking call at a time. */
public class OfficialVpcBenchmark extends BlockingCallBenchmark {

    /** The operation, {@code service.Action}. */
    @Param({"vpc.DeleteFailoverTestJob", "vpc.StartFailoverTestJob"})
    public String op;

    @Override
    protected OperationCall open() throws Exception {
        return VpcCalls.open(Operation.of(op), LoopbackEndpoint.get());
    }
}
