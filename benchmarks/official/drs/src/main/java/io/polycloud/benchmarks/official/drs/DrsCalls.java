package io.polycloud.benchmarks.official.drs;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.drs.v5.DrsClient;
import com.huaweicloud.sdk.drs.v5.model.DeleteJobRequest;
import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import java.net.URI;

/**
 * {@code DeleteJob} on the official {@code DrsClient} (v5, huaweicloud-sdk-drs 3.1.130) with
 * default settings. Its response model has no request id, so success is its HTTP status.
 */
final class DrsCalls {

    private DrsCalls() {
    }

    static OperationCall open(Operation op, URI endpoint) {
        DrsClient drs = DrsClient.newBuilder()
                .withCredential(new BasicCredentials()
                        .withAk(Fixtures.HUAWEI_ACCESS_KEY)
                        .withSk(Fixtures.HUAWEI_SECRET_KEY)
                        .withProjectId(Fixtures.HUAWEI_PROJECT_ID))
                .withEndpoint(endpoint.toString())
                .build();
        return OperationCall.of(op, () -> { }, () -> drs.deleteJob(new DeleteJobRequest().withJobId(Fixtures.DRS_JOB_ID)),
                r -> r.getHttpStatusCode() == 200);
    }
}
