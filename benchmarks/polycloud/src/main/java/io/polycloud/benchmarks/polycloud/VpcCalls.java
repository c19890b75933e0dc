package io.polycloud.benchmarks.polycloud;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import java.net.URI;
import java.util.function.Consumer;

/** The VPC operations on a Polycloud {@link VpcClient} with default settings. */
final class VpcCalls {

    private VpcCalls() {
    }

    static OperationCall open(Operation op, URI endpoint, Consumer<SdkClientBuilder<?>> customizer) {
        VpcClient.Builder builder = VpcClient.builder()
                .region(Fixtures.ALIYUN_REGION)
                .endpointOverride(endpoint)
                .credentials(AliyunCredentials.of(Fixtures.ALIYUN_ACCESS_KEY_ID, Fixtures.ALIYUN_ACCESS_KEY_SECRET));
        customizer.accept(builder);
        VpcClient vpc = builder.build();
        switch (op) {
            case VPC_DELETE_FAILOVER_TEST_JOB:
                return OperationCall.of(op, vpc, () -> vpc.deleteFailoverTestJob(deleteRequest()),
                                r -> op.isRequestId(r.requestId().orElse(null)))
                        .withAsync(() -> vpc.deleteFailoverTestJobAsync(deleteRequest()));
            case VPC_START_FAILOVER_TEST_JOB:
                return OperationCall.of(op, vpc, () -> vpc.startFailoverTestJob(startRequest()),
                                r -> op.isRequestId(r.requestId().orElse(null)))
                        .withAsync(() -> vpc.startFailoverTestJobAsync(startRequest()));
            default:
                vpc.close();
                throw new IllegalArgumentException("not a VPC operation: " + op.id());
        }
    }

    private static DeleteFailoverTestJobRequest deleteRequest() {
        return DeleteFailoverTestJobRequest.builder().jobId(Fixtures.VPC_JOB_ID).build();
    }

    private static StartFailoverTestJobRequest startRequest() {
        return StartFailoverTestJobRequest.builder().jobId(Fixtures.VPC_JOB_ID).build();
    }
}
