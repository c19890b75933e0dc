package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.BlockingCallBenchmark;
import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import org.openjdk.jmh.annotations.Param;

/**
 * A Polycloud client with default settings and the given HTTP transport, one blocking call at a
 * time: build the typed request, marshal, sign, send, read and unmarshal the response.
 */
public class PolycloudSyncBenchmark extends BlockingCallBenchmark {

    /** The operation, {@code service.Action}. */
    @Param({"vpc.DeleteFailoverTestJob", "vpc.StartFailoverTestJob", "drs.DeleteJob", "dds.CancelScheduledTask",
            "lakeformation.DeleteJob"})
    public String op;

    /** The HTTP transport: {@code okhttp} (the default when OkHttp is on the class path) or {@code jdk}. */
    @Param({"okhttp", "jdk"})
    public String transport;

    @Override
    protected OperationCall open() {
        return PolycloudCalls.open(Operation.of(op), LoopbackEndpoint.get(), PolycloudCalls.transport(transport));
    }
}
