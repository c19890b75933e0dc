package io.polycloud.reliability.support;

import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The five operations the suite holds to its promises, each called through its real client with
 * a job id of the caller's choosing. Every call returns the request id the service answered with,
 * which the loopback servers use to prove a response belongs to its request.
 */
public enum SeededOperation {

    VPC_DELETE_FAILOVER_TEST_JOB(Cloud.ALIYUN, "DeleteFailoverTestJob") {
        @Override
        public String call(ServiceClients clients, String jobId) {
            return clients.vpc().deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build()).requestId().orElseThrow();
        }

        @Override
        public CompletableFuture<String> callAsync(ServiceClients clients, String jobId) {
            return clients.vpc().deleteFailoverTestJobAsync(DeleteFailoverTestJobRequest.builder().jobId(jobId).build())
                    .thenApply(r -> r.requestId().orElseThrow());
        }
    },
    VPC_START_FAILOVER_TEST_JOB(Cloud.ALIYUN, "StartFailoverTestJob") {
        @Override
        public String call(ServiceClients clients, String jobId) {
            return clients.vpc().startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build()).requestId().orElseThrow();
        }

        @Override
        public CompletableFuture<String> callAsync(ServiceClients clients, String jobId) {
            return clients.vpc().startFailoverTestJobAsync(StartFailoverTestJobRequest.builder().jobId(jobId).build())
                    .thenApply(r -> r.requestId().orElseThrow());
        }
    },
    DRS_DELETE_JOB(Cloud.HUAWEI, "DeleteJob") {
        @Override
        public String call(ServiceClients clients, String jobId) {
            return orNull(clients.drs().deleteJob(drs(jobId)).requestId());
        }

        @Override
        public CompletableFuture<String> callAsync(ServiceClients clients, String jobId) {
            return clients.drs().deleteJobAsync(drs(jobId)).thenApply(r -> orNull(r.requestId()));
        }
    },
    DDS_CANCEL_SCHEDULED_TASK(Cloud.HUAWEI, "CancelScheduledTask") {
        @Override
        public String call(ServiceClients clients, String jobId) {
            return orNull(clients.dds().cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId(jobId).build()).requestId());
        }

        @Override
        public CompletableFuture<String> callAsync(ServiceClients clients, String jobId) {
            return clients.dds().cancelScheduledTaskAsync(CancelScheduledTaskRequest.builder().jobId(jobId).build())
                    .thenApply(r -> orNull(r.requestId()));
        }
    },
    LAKEFORMATION_DELETE_JOB(Cloud.HUAWEI, "DeleteJob") {
        @Override
        public String call(ServiceClients clients, String jobId) {
            return orNull(clients.lakeFormation().deleteJob(lakeFormation(jobId)).requestId());
        }

        @Override
        public CompletableFuture<String> callAsync(ServiceClients clients, String jobId) {
            return clients.lakeFormation().deleteJobAsync(lakeFormation(jobId)).thenApply(r -> orNull(r.requestId()));
        }
    };

    /** The LakeFormation instance every LakeFormation call addresses. */
    public static final String LAKEFORMATION_INSTANCE = "lf-instance-reliability";

    /** Which cloud's protocol an operation speaks. */
    public enum Cloud { ALIYUN, HUAWEI }

    private final Cloud cloud;
    private final String apiName;

    SeededOperation(Cloud cloud, String apiName) {
        this.cloud = cloud;
        this.apiName = apiName;
    }

    public Cloud cloud() {
        return cloud;
    }

    /** The operation name the exceptions report, for example {@code DeleteJob}. */
    public String apiName() {
        return apiName;
    }

    /**
     * Calls the operation and waits.
     *
     * @param jobId the job to act on ({@code ftj-…} for VPC)
     * @return the request id of the answer, null if it carried none
     */
    public abstract String call(ServiceClients clients, String jobId);

    /** {@link #call} through the operation's {@code …Async} method. */
    public abstract CompletableFuture<String> callAsync(ServiceClients clients, String jobId);

    private static io.polycloud.huawei.drs.model.DeleteJobRequest drs(String jobId) {
        return io.polycloud.huawei.drs.model.DeleteJobRequest.builder().jobId(jobId).build();
    }

    private static io.polycloud.huawei.lakeformation.model.DeleteJobRequest lakeFormation(String jobId) {
        return io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                .instanceId(LAKEFORMATION_INSTANCE).jobId(jobId).build();
    }

    private static String orNull(Optional<String> requestId) {
        return requestId.orElse(null);
    }
}
