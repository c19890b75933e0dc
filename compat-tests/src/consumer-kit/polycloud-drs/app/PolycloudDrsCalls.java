package app;

import static app.ConsumerCalls.expectEqual;

import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.DrsErrorCodes;
import io.polycloud.huawei.drs.model.DeleteJobRequest;

/** Polycloud's DRS client: deletes a stopped job, then a missing one (DRS.10000010, NOT_FOUND). */
final class PolycloudDrsCalls implements ConsumerCalls {

    @Override
    public void run(EmulatorProcess emulator) {
        try (DrsClient drs = DrsClient.builder().region(EmulatorProcess.HUAWEI_REGION).endpointOverride(emulator.baseUri())
                .credentials(HuaweiCredentials.builder().accessKey(EmulatorProcess.HUAWEI_ACCESS_KEY)
                        .secretKey(EmulatorProcess.HUAWEI_SECRET_KEY).projectId(EmulatorProcess.HUAWEI_PROJECT_ID).build())
                .build()) {
            expectEqual("request id present", true, drs.deleteJob(DeleteJobRequest.builder()
                    .jobId(EmulatorProcess.DRS_JOB_FOR_POLYCLOUD).build()).requestId().isPresent());
            try {
                drs.deleteJob(DeleteJobRequest.builder().jobId("drs-job-missing").build());
                throw new AssertionError("deleting a missing job succeeded");
            } catch (ServiceException e) {
                expectEqual("error code", DrsErrorCodes.JOB_NOT_FOUND.code(), e.errorCode());
                expectEqual("category", ErrorCategory.NOT_FOUND, e.category());
                expectEqual("HTTP status", 400, e.httpStatus());
                expectEqual("request id present", true, e.requestId().isPresent());
            }
        }
    }
}
