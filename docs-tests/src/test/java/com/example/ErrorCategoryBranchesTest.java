package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import io.polycloud.testing.EmulatedClouds;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.Fault;
import io.polycloud.testing.PolycloudEmulator;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code switch (e.category())} behaves as written for every job operation: a job
 * that does not exist lands in {@code NOT_FOUND}, one in the wrong state in {@code INVALID_STATE},
 * whichever cloud answered.
 */
@EmulatedClouds(resetBeforeEach = true)
class ErrorCategoryBranchesTest {

    private static final String NOT_FOUND = "nothing to do, no such job (%s)";
    private static final String INVALID_STATE = "not now, the job's state does not allow it (%s)";

    @Test
    void vpcDeleteFailoverTestJob(PolycloudEmulator emulator, VpcClient vpc) {
        String testing = emulator.vpc().newJob("cn-hangzhou").status(FailoverTestJobStatus.TESTING).create().jobId();

        assertEquals(NOT_FOUND.formatted("IllegalParam.JobId"), ErrorHandling.attempt(() ->
                vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId("ftj-gone0000000001").build())));
        assertEquals(INVALID_STATE.formatted("IncorrectStatus.OnlyForInitOrStopped"), ErrorHandling.attempt(() ->
                vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(testing).build())));
    }

    @Test
    void vpcStartFailoverTestJob(PolycloudEmulator emulator, VpcClient vpc) {
        String stopped = emulator.vpc().newJob("cn-hangzhou").status(FailoverTestJobStatus.STOPPED).create().jobId();

        assertEquals(NOT_FOUND.formatted("IllegalParam.JobId"), ErrorHandling.attempt(() ->
                vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId("ftj-gone0000000001").build())));
        assertEquals(INVALID_STATE.formatted("IncorrectStatus.OnlyForInit"), ErrorHandling.attempt(() ->
                vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(stopped).build())));
    }

    @Test
    void drsDeleteJob(PolycloudEmulator emulator, DrsClient drs) {
        emulator.drs().putJob("drs-running", EmulatedDrs.RUNNING);

        assertEquals(NOT_FOUND.formatted("DRS.10000010"), ErrorHandling.deleteDrsJob(drs, "drs-gone"));
        assertEquals(INVALID_STATE.formatted("DRS.M00304"), ErrorHandling.deleteDrsJob(drs, "drs-running"));
    }

    @Test
    void ddsCancelScheduledTask(PolycloudEmulator emulator, DdsClient dds) {
        emulator.dds().newScheduledTask("dds-running").status("Running").put();

        assertEquals(NOT_FOUND.formatted("DBS.280016"), ErrorHandling.attempt(() ->
                dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("dds-gone").build())));
        assertEquals(INVALID_STATE.formatted("DBS.280042"), ErrorHandling.attempt(() ->
                dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("dds-running").build())));
    }

    @Test
    void lakeFormationDeleteJob(PolycloudEmulator emulator, LakeFormationClient lakeFormation) {
        emulator.lakeFormation().putJob("lf-instance-1", "lf-running", EmulatedLakeFormation.RUNNING);

        assertEquals(NOT_FOUND.formatted("common.01000001"), ErrorHandling.attempt(() -> lakeFormation.deleteJob(
                io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder().instanceId("lf-instance-1").jobId("lf-gone").build())));
        assertEquals(INVALID_STATE.formatted("Emulator.JobRunning"), ErrorHandling.attempt(() -> lakeFormation.deleteJob(
                io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder().instanceId("lf-instance-1").jobId("lf-running").build())));
    }

    @Test
    void aCategoryTheSwitchDoesNotHandle_isThrown(PolycloudEmulator emulator, DrsClient drs) {
        emulator.inject(Fault.error(403, "DRS.M00102", "You do not have sufficient permissions."));

        ServiceException e = assertThrows(ServiceException.class, () -> ErrorHandling.attempt(() -> drs.deleteJob(DeleteJobRequest.builder().jobId("x").build())));
        assertEquals(ErrorCategory.AUTHORIZATION, e.category());
    }
}
