package app;

import static app.ConsumerCalls.expectEqual;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.drs.v5.DrsClient;
import com.huaweicloud.sdk.drs.v5.model.DeleteJobRequest;

/**
 * The official Huawei Cloud SDK ({@code huaweicloud-sdk-drs} 3.1.130) over http: deletes a
 * stopped job, then a missing one. Its error path reads the body with the Jackson that won.
 */
final class OfficialDrsCall implements ConsumerCalls {

    @Override
    public void run(EmulatorProcess emulator) {
        DrsClient drs = DrsClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(EmulatorProcess.HUAWEI_ACCESS_KEY)
                        .withSk(EmulatorProcess.HUAWEI_SECRET_KEY).withProjectId(EmulatorProcess.HUAWEI_PROJECT_ID))
                .withEndpoint(emulator.baseUri().toString())
                .build();
        expectEqual("HTTP status", 200, drs.deleteJob(new DeleteJobRequest().withJobId(EmulatorProcess.DRS_JOB_FOR_OFFICIAL_SDK))
                .getHttpStatusCode());
        try {
            drs.deleteJob(new DeleteJobRequest().withJobId("drs-job-missing"));
            throw new AssertionError("deleting a missing job succeeded");
        } catch (ServiceResponseException e) {
            expectEqual("error code", "DRS.10000010", e.getErrorCode());
            expectEqual("HTTP status", 400, e.getHttpStatusCode());
        }
    }
}
