package app;

import static app.ConsumerCalls.expectEqual;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.VpcErrorCodes;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;

/** Polycloud's VPC client: deletes a job, then a missing one (IllegalParam.JobId, NOT_FOUND). */
final class PolycloudVpcCalls implements ConsumerCalls {

    @Override
    public void run(EmulatorProcess emulator) {
        try (VpcClient vpc = VpcClient.builder().region(EmulatorProcess.ALIYUN_REGION).endpointOverride(emulator.baseUri())
                .credentials(AliyunCredentials.of(EmulatorProcess.ALIYUN_ACCESS_KEY_ID, EmulatorProcess.ALIYUN_ACCESS_KEY_SECRET))
                .build()) {
            expectEqual("request id present", true, vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder()
                    .jobId(EmulatorProcess.VPC_JOB_FOR_POLYCLOUD).build()).requestId().isPresent());
            try {
                vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId("ftj-missing").build());
                throw new AssertionError("deleting a missing job succeeded");
            } catch (ServiceException e) {
                expectEqual("error code", VpcErrorCodes.ILLEGAL_PARAM_JOB_ID.code(), e.errorCode());
                expectEqual("category", ErrorCategory.NOT_FOUND, e.category());
                expectEqual("HTTP status", 400, e.httpStatus());
                expectEqual("request id present", true, e.requestId().isPresent());
            }
        }
    }
}
