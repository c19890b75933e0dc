package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import io.polycloud.jobs.CloudJobs;
import io.polycloud.jobs.JobRef;
import io.polycloud.testing.EmulatedClouds;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.EmulatedOperation;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.TestClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quickstarts, run as written against the emulator (on a test clock: waiting takes no time). */
@EmulatedClouds(testClock = true, resetBeforeEach = true)
class QuickstartsTest {

    @Test
    void vpcDrill_createsStartsStopsAndDeletesTheJob(PolycloudEmulator emulator, VpcClient vpc) {
        String jobId = VpcQuickstart.drill(vpc, "pc-uf66k4e8pq3r00jfqd1x");

        assertTrue(emulator.vpc().job(jobId).isEmpty(), "the job is deleted");
        assertEquals(List.of(EmulatedOperation.VPC_CREATE_FAILOVER_TEST_JOB, EmulatedOperation.VPC_START_FAILOVER_TEST_JOB),
                emulator.calls().stream().map(c -> c.operation()).limit(2).toList());
    }

    @Test
    void huaweiCleanUp_deletesOneJobOfEachService(PolycloudEmulator emulator, DrsClient drs, DdsClient dds,
                                                  LakeFormationClient lakeFormation) {
        emulator.drs().putJob("drs-job-1", EmulatedDrs.STOPPED);
        emulator.dds().putScheduledTask("dds-task-1");
        emulator.lakeFormation().putJob("lf-instance-1", "lf-job-1", EmulatedLakeFormation.STOPPED);

        HuaweiQuickstart.cleanUp(drs, dds, lakeFormation, "drs-job-1", "dds-task-1", "lf-instance-1", "lf-job-1");

        assertTrue(emulator.drs().jobs().isEmpty());
        assertTrue(emulator.dds().scheduledTasks().isEmpty());
        assertTrue(emulator.lakeFormation().jobs().isEmpty());
    }

    @Test
    void jobsCleanUp_deletesEveryKindOfJob_stoppingTheVpcTestFirst(PolycloudEmulator emulator, TestClock time) {
        String p = emulator.huaweiProjectId();
        String testing = emulator.vpc().newJob("cn-shanghai").status(FailoverTestJobStatus.TESTING).create().jobId();
        emulator.drs().putJob("drs-job-1", EmulatedDrs.STOPPED);
        emulator.dds().putScheduledTask("dds-task-1");
        emulator.lakeFormation().putJob("lf-instance-1", "lf-job-1", EmulatedLakeFormation.STOPPED);
        List<JobRef> refs = List.of(
                JobRef.parse("aliyun://vpc/cn-shanghai/failover-test-jobs/" + testing),
                JobRef.parse("huawei://drs/cn-north-4/" + p + "/jobs/drs-job-1"),
                JobRef.parse("huawei://drs/cn-north-4/" + p + "/jobs/drs-job-already-gone"),
                JobRef.parse("huawei://dds/cn-north-4/" + p + "/scheduled-jobs/dds-task-1"),
                JobRef.parse("huawei://lakeformation/cn-north-4/" + p + "/instances/lf-instance-1/lf-jobs/lf-job-1"));

        try (CloudJobs jobs = CloudJobs.builder()
                .aliyunEndpointOverride(emulator.baseUri()).aliyunCredentials(emulator.aliyunCredentials())
                .huaweiEndpointOverride(emulator.baseUri()).huaweiCredentials(emulator.huaweiCredentials())
                .clock(time).sleeper(time)
                .build()) {
            assertTrue(JobsQuickstart.cleanUp(jobs, refs), "every job is gone");
        }
        assertTrue(emulator.vpc().jobs().isEmpty());
        assertTrue(emulator.drs().jobs().isEmpty());
        assertTrue(emulator.dds().scheduledTasks().isEmpty());
        assertTrue(emulator.lakeFormation().jobs().isEmpty());
    }
}
