package io.polycloud.opentelemetry;

import io.polycloud.aliyun.vpc.VpcErrorCodes;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.huawei.dds.DdsErrorCodes;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsErrorCodes;
import io.polycloud.huawei.lakeformation.LakeFormationErrorCodes;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.PolycloudEmulator;
import java.util.concurrent.CompletableFuture;

/**
 * The five seeded operations, each called through its real client on a job the emulator holds in
 * a state that lets it succeed, with what their telemetry must name.
 */
enum SeededOperation {

    VPC_DELETE_FAILOVER_TEST_JOB("vpc", "DeleteFailoverTestJob", 200, VpcErrorCodes.ILLEGAL_PARAM_JOB_ID, 400) {
        @Override
        void call(TracedClients clients, String jobId) {
            clients.vpc().deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build());
        }

        @Override
        CompletableFuture<?> callAsync(TracedClients clients, String jobId) {
            return clients.vpc().deleteFailoverTestJobAsync(DeleteFailoverTestJobRequest.builder().jobId(jobId).build());
        }
    },
    VPC_START_FAILOVER_TEST_JOB("vpc", "StartFailoverTestJob", 200, VpcErrorCodes.ILLEGAL_PARAM_JOB_ID, 400) {
        @Override
        void call(TracedClients clients, String jobId) {
            clients.vpc().startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
        }

        @Override
        CompletableFuture<?> callAsync(TracedClients clients, String jobId) {
            return clients.vpc().startFailoverTestJobAsync(StartFailoverTestJobRequest.builder().jobId(jobId).build());
        }
    },
    DRS_DELETE_JOB("drs", "DeleteJob", 200, DrsErrorCodes.JOB_NOT_FOUND, 400) {
        @Override
        void call(TracedClients clients, String jobId) {
            clients.drs().deleteJob(drs(jobId));
        }

        @Override
        CompletableFuture<?> callAsync(TracedClients clients, String jobId) {
            return clients.drs().deleteJobAsync(drs(jobId));
        }
    },
    DDS_CANCEL_SCHEDULED_TASK("dds", "CancelScheduledTask", 204, DdsErrorCodes.RESOURCE_NOT_FOUND, 404) {
        @Override
        void call(TracedClients clients, String jobId) {
            clients.dds().cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId(jobId).build());
        }

        @Override
        CompletableFuture<?> callAsync(TracedClients clients, String jobId) {
            return clients.dds().cancelScheduledTaskAsync(CancelScheduledTaskRequest.builder().jobId(jobId).build());
        }
    },
    LAKEFORMATION_DELETE_JOB("lakeformation", "DeleteJob", 200, LakeFormationErrorCodes.NOT_FOUND, 404) {
        @Override
        void call(TracedClients clients, String jobId) {
            clients.lakeFormation().deleteJob(lakeFormation(jobId));
        }

        @Override
        CompletableFuture<?> callAsync(TracedClients clients, String jobId) {
            return clients.lakeFormation().deleteJobAsync(lakeFormation(jobId));
        }
    };

    /** The job every operation acts on; another id names a job the emulator does not hold. */
    static final String JOB_ID = "ftj-telemetry00001";
    static final String LAKEFORMATION_INSTANCE = "lf-instance-telemetry";

    private final String service;
    private final String method;
    private final int successStatus;
    private final ErrorCode notFound;
    private final int notFoundStatus;

    SeededOperation(String service, String method, int successStatus, ErrorCode notFound, int notFoundStatus) {
        this.service = service;
        this.method = method;
        this.successStatus = successStatus;
        this.notFound = notFound;
        this.notFoundStatus = notFoundStatus;
    }

    /** Calls the operation on the calling thread. */
    abstract void call(TracedClients clients, String jobId);

    /** Calls the operation's {@code …Async} method. */
    abstract CompletableFuture<?> callAsync(TracedClients clients, String jobId);

    boolean aliyun() {
        return service.equals("vpc");
    }

    String service() {
        return service;
    }

    String method() {
        return method;
    }

    String spanName() {
        return service + "." + method;
    }

    int successStatus() {
        return successStatus;
    }

    /** The code the service answers for a job it does not hold. */
    ErrorCode notFound() {
        return notFound;
    }

    /** The status that code comes with (the DDS table lists 400, the service answers 404). */
    int notFoundStatus() {
        return notFoundStatus;
    }

    /** Puts the job this operation succeeds on into the emulator. */
    static void seedJobs(PolycloudEmulator emulator) {
        emulator.vpc().newJob(TracedClients.ALIYUN_REGION).jobId(JOB_ID).create();
        emulator.drs().putJob(JOB_ID, EmulatedDrs.STOPPED);
        emulator.dds().putScheduledTask(JOB_ID);
        emulator.lakeFormation().putJob(LAKEFORMATION_INSTANCE, JOB_ID, EmulatedLakeFormation.STOPPED);
    }

    private static io.polycloud.huawei.drs.model.DeleteJobRequest drs(String jobId) {
        return io.polycloud.huawei.drs.model.DeleteJobRequest.builder().jobId(jobId).build();
    }

    private static io.polycloud.huawei.lakeformation.model.DeleteJobRequest lakeFormation(String jobId) {
        return io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                .instanceId(LAKEFORMATION_INSTANCE).jobId(jobId).build();
    }
}
