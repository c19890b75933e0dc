package io.polycloud.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.JobType;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobRequest;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import io.polycloud.testing.JobState;
import io.polycloud.testing.PolycloudEmulator;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The seeded operations and the whole VPC lifecycle against the emulator, through the real
 * clients: the emulator checks every signature, so a round trip proves the wire form is one a
 * server accepts. The three read operations (ShowJobDetail, ListScheduledTasks, ShowJob) have no
 * row here yet: the emulator answers them once helper E's branch is merged.
 */
class EmulatorRoundTripTest {

    private static final String INSTANCE = "2180518f-42b8-4947-b20b-adfc53981a25";

    private final FakeTime time = new FakeTime();
    private PolycloudEmulator emulator;

    @BeforeEach
    void start() {
        emulator = PolycloudEmulator.builder().clock(time.clock()).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static void assertRefused(String code, ErrorCategory category, Executable call) {
        ServiceException e = assertThrows(ServiceException.class, call);
        assertEquals(code, e.errorCode());
        assertEquals(category, e.category());
        assertTrue(e.requestId().isPresent());
    }

    @Test
    void vpc_wholeLifecycle_createUpdateStartStopDelete_thenTheJobIsGone() {
        try (VpcClient vpc = VpcClient.builder().region("cn-hangzhou").endpointOverride(emulator.baseUri())
                .credentials(emulator.aliyunCredentials()).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(RetryPolicy.none()).build()) {
            String jobId = vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder().resourceIds("pc-drill1")
                    .jobType(JobType.START_LATER).jobDuration(60).name("drill").build()).jobId();
            assertTrue(vpc.updateFailoverTestJob(UpdateFailoverTestJobRequest.builder().jobId(jobId).name("renamed").build())
                    .requestId().isPresent());
            vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
            assertRefused("IncorrectStatus.OnlyForInitOrStopped", ErrorCategory.INVALID_STATE,
                    () -> vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build()));
            vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.TESTING, Duration.ofMinutes(1));
            vpc.stopFailoverTestJob(StopFailoverTestJobRequest.builder().jobId(jobId).build());
            vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.STOPPED, Duration.ofMinutes(1));
            vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build());

            assertTrue(vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build()).failoverTestJobList().isEmpty());
            assertRefused("IllegalParam.JobId", ErrorCategory.NOT_FOUND,
                    () -> vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build()));
        }
    }

    @Test
    void drs_deleteJob_refusesARunningJob_deletesAStoppedOne_thenReportsItGone() {
        emulator.drs().putJob("drs-running", JobState.RUNNING);
        emulator.drs().putJob("drs-stopped", JobState.STOPPED);
        try (DrsClient drs = DrsClient.builder().endpointOverride(emulator.baseUri()).credentials(emulator.huaweiCredentials())
                .projectId(emulator.huaweiProjectId()).clock(time.clock()).retryPolicy(RetryPolicy.none()).build()) {
            assertRefused("DRS.M00304", ErrorCategory.INVALID_STATE,
                    () -> drs.deleteJob(DeleteJobRequest.builder().jobId("drs-running").build()));
            assertTrue(drs.deleteJob(DeleteJobRequest.builder().jobId("drs-stopped").build()).requestId().isPresent());
            assertRefused("DRS.10000010", ErrorCategory.NOT_FOUND,
                    () -> drs.deleteJob(DeleteJobRequest.builder().jobId("drs-stopped").build()));
        }
        assertEquals(1, emulator.drs().jobs().size());
    }

    @Test
    void dds_cancelScheduledTask_cancelsIt_thenReportsItGone() {
        emulator.dds().putScheduledTask("dds-task-1");
        try (DdsClient dds = DdsClient.builder().endpointOverride(emulator.baseUri()).credentials(emulator.huaweiCredentials())
                .projectId(emulator.huaweiProjectId()).clock(time.clock()).retryPolicy(RetryPolicy.none()).build()) {
            assertTrue(dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("dds-task-1").build())
                    .requestId().isPresent());
            assertRefused("DBS.280016", ErrorCategory.NOT_FOUND,
                    () -> dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("dds-task-1").build()));
        }
        assertTrue(emulator.dds().scheduledTasks().isEmpty());
    }

    @Test
    void lakeFormation_deleteJob_deletesAStoppedJob_thenReportsItGone() {
        emulator.lakeFormation().putJob(INSTANCE, "lf-stopped", JobState.STOPPED);
        try (LakeFormationClient lakeFormation = LakeFormationClient.builder().endpointOverride(emulator.baseUri())
                .credentials(emulator.huaweiCredentials()).projectId(emulator.huaweiProjectId())
                .clock(time.clock()).retryPolicy(RetryPolicy.none()).build()) {
            io.polycloud.huawei.lakeformation.model.DeleteJobRequest request = io.polycloud.huawei.lakeformation.model
                    .DeleteJobRequest.builder().instanceId(INSTANCE).jobId("lf-stopped").build();
            assertTrue(lakeFormation.deleteJob(request).requestId().isPresent());
            assertRefused("common.01000001", ErrorCategory.NOT_FOUND, () -> lakeFormation.deleteJob(request));
        }
        assertTrue(emulator.lakeFormation().jobs().isEmpty());
    }
}
