package io.polycloud.benchmarks.official.dds;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.dds.v3.DdsClient;
import com.huaweicloud.sdk.dds.v3.model.CancelScheduledTaskRequest;
import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import java.net.URI;

/**
 * {@code CancelScheduledTask} on the official {@code DdsClient} (v3, huaweicloud-sdk-dds 3.1.130)
 * with default settings. Its response model has no request id, so success is its HTTP status.
 */
final class DdsCalls {

    private DdsCalls() {
    }

    static OperationCall open(Operation op, URI endpoint) {
        DdsClient dds = DdsClient.newBuilder()
                .withCredential(new BasicCredentials()
                        .withAk(Fixtures.HUAWEI_ACCESS_KEY)
                        .withSk(Fixtures.HUAWEI_SECRET_KEY)
                        .withProjectId(Fixtures.HUAWEI_PROJECT_ID))
                .withEndpoint(endpoint.toString())
                .build();
        return OperationCall.of(op, () -> { },
                () -> dds.cancelScheduledTask(new CancelScheduledTaskRequest().withJobId(Fixtures.DDS_JOB_ID)),
                r -> r.getHttpStatusCode() == 204);
    }
}
