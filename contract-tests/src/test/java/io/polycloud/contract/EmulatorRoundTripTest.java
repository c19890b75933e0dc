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
import io.polycloud.huawei.drs.model.ShowJobDetailRequest;
import io.polycloud.huawei.dds.model.ListScheduledTasksRequest;
import io.polycloud.huawei.dds.model.ListScheduledTasksResponse;
import io.polycloud.huawei.lakeformation.model.ShowJobRequest;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.PolycloudEmulator;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The seeded operations and the whole VPC lifecycle against the emulator, through the real
 * clients: the emulator checks every signature, so a round trip proves the wire form is one a
 * server accepts; the read operations report the state the emulator holds.
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
        emulator.drs().putJob("drs-running", EmulatedDrs.RUNNING);
        emulator.drs().putJob("drs-stopped", EmulatedDrs.STOPPED);
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
        emulator.lakeFormation().putJob(INSTANCE, "lf-stopped", EmulatedLakeFormation.STOPPED);
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

    @Test
    void drs_showJobDetail_reportsTheStatusDeleteDecidesOn_andNotFoundOnceDeleted() {
        emulator.drs().putJob("drs-running", EmulatedDrs.RUNNING);
        emulator.drs().putJob("drs-stopped", EmulatedDrs.STOPPED);
        try (DrsClient drs = DrsClient.builder().endpointOverride(emulator.baseUri()).credentials(emulator.huaweiCredentials())
                .projectId(emulator.huaweiProjectId()).clock(time.clock()).retryPolicy(RetryPolicy.none()).build()) {
            var running = drs.showJobDetail(ShowJobDetailRequest.of("drs-running"));
            assertEquals(EmulatedDrs.RUNNING, running.status());
            assertEquals(false, running.isDeletable());
            var stopped = drs.showJobDetail(ShowJobDetailRequest.of("drs-stopped"));
            assertEquals("drs-stopped", stopped.jobId());
            assertTrue(stopped.isDeletable());
            assertTrue(stopped.requestId().isPresent());
            drs.deleteJob(DeleteJobRequest.builder().jobId("drs-stopped").build());
            assertRefused("DRS.10000010", ErrorCategory.NOT_FOUND, () -> drs.showJobDetail(ShowJobDetailRequest.of("drs-stopped")));
        }
    }

    @Test
    void dds_listScheduledTasks_listsWhatIsScheduled_filtersByStatus_andForgetsACancelledTask() {
        emulator.dds().newScheduledTask("dds-pending").status("Pending").put();
        emulator.dds().newScheduledTask("dds-running").status("Running").put();
        try (DdsClient dds = DdsClient.builder().endpointOverride(emulator.baseUri()).credentials(emulator.huaweiCredentials())
                .projectId(emulator.huaweiProjectId()).clock(time.clock()).retryPolicy(RetryPolicy.none()).build()) {
            ListScheduledTasksResponse all = dds.listScheduledTasks(ListScheduledTasksRequest.builder().build());
            assertEquals(2, all.totalCount());
            ListScheduledTasksResponse pending = dds.listScheduledTasks(ListScheduledTasksRequest.builder().jobStatus("Pending").build());
            assertEquals(1, pending.totalCount());
            assertEquals("dds-pending", pending.schedules().get(0).jobId());
            assertTrue(pending.schedules().get(0).isCancellable());
            assertRefused("DBS.280042", ErrorCategory.INVALID_STATE,
                    () -> dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("dds-running").build()));
            dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("dds-pending").build());
            assertEquals(1, dds.listScheduledTasks(ListScheduledTasksRequest.builder().build()).totalCount());
        }
    }

    @Test
    void lakeFormation_showJob_reportsTheStatusDeleteDecidesOn_andNotFoundOnceDeleted() {
        emulator.lakeFormation().putJob(INSTANCE, "lf-running", EmulatedLakeFormation.RUNNING);
        emulator.lakeFormation().putJob(INSTANCE, "lf-stopped", EmulatedLakeFormation.STOPPED);
        try (LakeFormationClient lakeFormation = LakeFormationClient.builder().endpointOverride(emulator.baseUri())
                .credentials(emulator.huaweiCredentials()).projectId(emulator.huaweiProjectId())
                .clock(time.clock()).retryPolicy(RetryPolicy.none()).build()) {
            var running = lakeFormation.showJob(new ShowJobRequest(INSTANCE, "lf-running"));
            assertEquals("RUNNING", running.status());
            assertEquals(false, running.isDeletable());
            var stopped = lakeFormation.showJob(new ShowJobRequest(INSTANCE, "lf-stopped"));
            assertTrue(stopped.isDeletable());
            lakeFormation.deleteJob(io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                    .instanceId(INSTANCE).jobId("lf-stopped").build());
            assertRefused("common.01000001", ErrorCategory.NOT_FOUND,
                    () -> lakeFormation.showJob(new ShowJobRequest(INSTANCE, "lf-stopped")));
        }
    }
}
