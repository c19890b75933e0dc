package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import io.polycloud.huawei.lakeformation.model.DeleteJobRequest;
import java.net.URI;
import java.util.function.Consumer;

/** LakeFormation {@code DeleteJob} on a Polycloud {@link LakeFormationClient} with default settings. */
final class LakeFormationCalls {

    private LakeFormationCalls() {
    }

    static OperationCall open(Operation op, URI endpoint, Consumer<SdkClientBuilder<?>> customizer) {
        LakeFormationClient lakeFormation = HuaweiClients.configure(LakeFormationClient.builder(), endpoint, customizer).build();
        return OperationCall.of(op, lakeFormation, () -> lakeFormation.deleteJob(request()),
                        r -> op.isRequestId(r.requestId().orElse(null)))
                .withAsync(() -> lakeFormation.deleteJobAsync(request()));
    }

    private static DeleteJobRequest request() {
        return DeleteJobRequest.builder()
                .instanceId(Fixtures.LAKEFORMATION_INSTANCE_ID)
                .jobId(Fixtures.LAKEFORMATION_JOB_ID)
                .build();
    }
}
