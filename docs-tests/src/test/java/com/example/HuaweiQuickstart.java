package com.example;

// region huawei
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentialsProvider;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.drs.model.Language;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
// endregion huawei

/** The README's Huawei Cloud quickstart: {@link #cleanUp} runs against the emulator in {@link QuickstartsTest}. */
final class HuaweiQuickstart {

    private HuaweiQuickstart() {
    }

    public static void main(String[] args) {
        // region huawei
        HuaweiCredentialsProvider keys = HuaweiCredentials.fromEnvironment();  // HUAWEICLOUD_SDK_AK, _SK, _PROJECT_ID
        try (DrsClient drs = DrsClient.builder().region("cn-north-4").credentials(keys).build();
             DdsClient dds = DdsClient.builder().region("cn-north-4").credentials(keys).build();
             LakeFormationClient lakeFormation = LakeFormationClient.builder().region("cn-north-4").credentials(keys).build()) {
            cleanUp(drs, dds, lakeFormation, args[0], args[1], args[2], args[3]);
        }
        // endregion huawei
    }

    // region huawei
    static void cleanUp(DrsClient drs, DdsClient dds, LakeFormationClient lakeFormation,
                        String drsJobId, String ddsTaskId, String lfInstanceId, String lfJobId) {
        drs.deleteJob(DeleteJobRequest.builder().jobId(drsJobId).xLanguage(Language.EN_US).build());
        dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId(ddsTaskId).build());
        String requestId = lakeFormation.deleteJob(io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                        .instanceId(lfInstanceId).jobId(lfJobId).build())
                .requestId().orElse("-");                   // LakeFormation's X-request-id header
        System.out.println("cleaned up; LakeFormation request id " + requestId);
    }
    // endregion huawei
}
