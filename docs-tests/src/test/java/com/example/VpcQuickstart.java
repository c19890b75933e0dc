package com.example;

// region vpc
import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.JobType;
import io.polycloud.aliyun.vpc.model.ResourceType;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import java.time.Duration;
// endregion vpc

/** The README's Alibaba Cloud VPC quickstart: {@link #drill} runs against the emulator in {@link QuickstartsTest}. */
final class VpcQuickstart {

    private VpcQuickstart() {
    }

    public static void main(String[] args) {
        // region vpc
        try (VpcClient vpc = VpcClient.builder()
                .region("cn-shanghai")
                .credentials(AliyunCredentials.fromEnvironment())  // ALIBABA_CLOUD_ACCESS_KEY_ID, _SECRET; omit for the default chain
                .build()) {
            String deleted = drill(vpc, "pc-uf66k4e8pq3r00jfqd1x");
            System.out.println("drill done, deleted " + deleted);
        }
        // endregion vpc
    }

    // region vpc
    /** Creates a failover test job on a circuit, starts it, waits until it tests, stops it, deletes it. */
    static String drill(VpcClient vpc, String circuitId) {
        String jobId = vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder()
                .resourceType(ResourceType.PHYSICALCONNECTION).resourceIds(circuitId)
                .jobType(JobType.START_LATER).jobDuration(60).name("drill")
                .build()).jobId();
        vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
        vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.TESTING, Duration.ofMinutes(10));
        vpc.stopFailoverTestJob(StopFailoverTestJobRequest.builder().jobId(jobId).build());
        vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.STOPPED, Duration.ofMinutes(10));
        String requestId = vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build())
                .requestId().orElse("-");                   // every response: Optional<String> requestId()
        System.out.println("deleted " + jobId + ", request id " + requestId);
        return jobId;
    }
    // endregion vpc
}
