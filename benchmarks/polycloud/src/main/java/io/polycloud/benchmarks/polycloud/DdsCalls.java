package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import java.net.URI;
import java.util.function.Consumer;

/** DDS {@code CancelScheduledTask} on a Polycloud {@link DdsClient} with default settings. */
final class DdsCalls {

    private DdsCalls() {
    }

    static OperationCall open(Operation op, URI endpoint, Consumer<SdkClientBuilder<?>> customizer) {
        DdsClient dds = HuaweiClients.configure(DdsClient.builder(), endpoint, customizer).build();
        return OperationCall.of(op, dds, () -> dds.cancelScheduledTask(request()),
                        r -> op.isRequestId(r.requestId().orElse(null)))
                .withAsync(() -> dds.cancelScheduledTaskAsync(request()));
    }

    private static CancelScheduledTaskRequest request() {
        return CancelScheduledTaskRequest.builder().jobId(Fixtures.DDS_JOB_ID).build();
    }
}
