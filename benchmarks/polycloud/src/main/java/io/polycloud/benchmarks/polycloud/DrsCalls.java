package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import java.net.URI;
import java.util.function.Consumer;

/** DRS {@code DeleteJob} on a Polycloud {@link DrsClient} with default settings. */
final class DrsCalls {

    private DrsCalls() {
    }

    static OperationCall open(Operation op, URI endpoint, Consumer<SdkClientBuilder<?>> customizer) {
        DrsClient drs = HuaweiClients.configure(DrsClient.builder(), endpoint, customizer).build();
        return OperationCall.of(op, drs, () -> drs.deleteJob(request()),
                        r -> op.isRequestId(r.requestId().orElse(null)))
                .withAsync(() -> drs.deleteJobAsync(request()));
    }

    private static DeleteJobRequest request() {
        return DeleteJobRequest.builder().jobId(Fixtures.DRS_JOB_ID).build();
    }
}
