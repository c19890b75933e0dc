package io.polycloud.jobs;

import static io.polycloud.jobs.Emulated.ddsRef;
import static io.polycloud.jobs.Emulated.drsRef;
import static io.polycloud.jobs.Emulated.lakeFormationRef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.testing.EmulatedClouds;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.EmulatedOperation;
import io.polycloud.testing.Fault;
import io.polycloud.testing.PolycloudEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One job at a time, every outcome of every kind of job, against the emulator. */
@EmulatedClouds(testClock = true, resetBeforeEach = true)
class CloudJobsTest {

    private static void assertOutcome(DeleteResult r, DeleteOutcome outcome, String code) {
        assertEquals(outcome, r.outcome(), r::toString);
        assertEquals(Optional.ofNullable(code), r.code(), r::toString);
    }

    // --- VPC failover test jobs ---

    @Test
    void delete_vpcJobInInit_isDeletedAndTheSecondDeleteIsAlreadyGone(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.vpc(emulator, FailoverTestJobStatus.INIT);

            DeleteResult first = jobs.delete(ref);
            DeleteResult second = jobs.delete(ref);

            assertOutcome(first, DeleteOutcome.DELETED, null);
            assertEquals(1, first.attempts());
            assertTrue(first.requestId().isPresent());
            assertOutcome(second, DeleteOutcome.ALREADY_GONE, "IllegalParam.JobId");
            assertEquals(1, Emulated.successfulDeletesOf(emulator, ref));
        }
    }

    @Test
    void delete_vpcJobTesting_isNotDeletableWithTheCloudsCode(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.vpc(emulator, FailoverTestJobStatus.TESTING);

            DeleteResult r = jobs.delete(ref);

            assertOutcome(r, DeleteOutcome.NOT_DELETABLE, "IncorrectStatus.OnlyForInitOrStopped");
            assertTrue(r.message().isPresent());
            assertTrue(emulator.vpc().job(ref.jobId()).isPresent());
        }
    }

    @Test
    void delete_vpcJobTestingWithStopFirst_stopsWaitsUntilStoppedAndDeletes(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.vpc(emulator, FailoverTestJobStatus.TESTING);

            DeleteResult r = jobs.delete(ref, DeleteOptions.builder().stopFirst(true).build());

            assertOutcome(r, DeleteOutcome.DELETED, null);
            assertEquals(Optional.of("Stopped"), r.jobStatus());
            assertEquals(1, emulator.calls(EmulatedOperation.VPC_STOP_FAILOVER_TEST_JOB).size());
            assertTrue(emulator.calls(EmulatedOperation.VPC_DESCRIBE_FAILOVER_TEST_JOBS).size() >= 2);
            assertEquals(1, Emulated.successfulDeletesOf(emulator, ref));
            assertTrue(emulator.vpc().job(ref.jobId()).isEmpty());
        }
    }

    @Test
    void delete_vpcJobStartingWithStopFirst_waitsForTestingThenStopsAndDeletes(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.vpc(emulator, FailoverTestJobStatus.STARTING);

            DeleteResult r = jobs.delete(ref, DeleteOptions.builder().stopFirst(true).build());

            assertOutcome(r, DeleteOutcome.DELETED, null);
            assertEquals(1, emulator.calls(EmulatedOperation.VPC_STOP_FAILOVER_TEST_JOB).size());
            assertEquals(r.attempts(), emulator.calls().size(), "every attempt is counted");
        }
    }

    @Test
    void delete_vpcJobStoppingWithStopFirst_waitsWithoutStopping(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.vpc(emulator, FailoverTestJobStatus.STOPPING);

            DeleteResult r = jobs.delete(ref, DeleteOptions.builder().stopFirst(true).build());

            assertOutcome(r, DeleteOutcome.DELETED, null);
            assertEquals(0, emulator.calls(EmulatedOperation.VPC_STOP_FAILOVER_TEST_JOB).size());
        }
    }

    @Test
    void delete_vpcJobStuckInStoppingWithStopFirst_failsWithATimeoutAfterTheWaitLimit(PolycloudEmulator emulator) {
        emulator.vpc().transitionDurations(Duration.ofSeconds(3), Duration.ofHours(2));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.vpc(emulator, FailoverTestJobStatus.STOPPING);

            DeleteResult r = jobs.delete(ref, DeleteOptions.builder().stopFirst(true).waitTimeout(Duration.ofMinutes(1)).build());

            assertEquals(DeleteOutcome.FAILED, r.outcome());
            assertInstanceOf(SdkTimeoutException.class, r.failure().orElseThrow());
            assertEquals(Optional.of("Stopping"), r.jobStatus());
            assertTrue(r.message().orElseThrow().contains("still Stopping"), r.toString());
            assertEquals(0, emulator.calls(EmulatedOperation.VPC_DELETE_FAILOVER_TEST_JOB).size());
        }
    }

    @Test
    void delete_missingVpcJobWithStopFirst_isAlreadyGoneFromTheRead(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            DeleteResult r = jobs.delete(new JobRef.VpcFailoverTestJob(Emulated.VPC_REGION, "ftj-missing1"),
                    DeleteOptions.builder().stopFirst(true).build());

            assertOutcome(r, DeleteOutcome.ALREADY_GONE, null);
            assertEquals(0, emulator.calls(EmulatedOperation.VPC_DELETE_FAILOVER_TEST_JOB).size());
        }
    }

    // --- DRS jobs ---

    @Test
    void delete_stoppedDrsJob_isDeletedThenAlreadyGone(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.drs(emulator, "drs-job-1", EmulatedDrs.STOPPED);

            assertOutcome(jobs.delete(ref), DeleteOutcome.DELETED, null);
            DeleteResult again = jobs.delete(ref);

            assertOutcome(again, DeleteOutcome.ALREADY_GONE, "DRS.10000010");
            assertTrue(again.requestId().isPresent());
        }
    }

    @Test
    void delete_runningDrsJob_isNotDeletableWithTheCloudsCode(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            DeleteResult r = jobs.delete(Emulated.drs(emulator, "drs-job-2", EmulatedDrs.RUNNING));

            assertOutcome(r, DeleteOutcome.NOT_DELETABLE, "DRS.M00304");
            assertEquals(1, emulator.drs().jobs().size());
        }
    }

    @Test
    void delete_drsJobWhenTheServiceFails_isFailedWithTheException(PolycloudEmulator emulator) {
        emulator.inject(Fault.error(403, "DRS.M00261", "no permission").onlyFor(EmulatedOperation.DRS_DELETE_JOB));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            DeleteResult r = jobs.delete(Emulated.drs(emulator, "drs-job-3", EmulatedDrs.STOPPED));

            assertOutcome(r, DeleteOutcome.FAILED, "DRS.M00261");
            ServiceException e = assertInstanceOf(ServiceException.class, r.failure().orElseThrow());
            assertEquals(403, e.httpStatus());
            assertEquals(e.requestId(), r.requestId());
        }
    }

    @Test
    void delete_drsJobWhoseFirstAnswerIsLostAfterProcessing_isDeletedOnceAndReportedDeleted(PolycloudEmulator emulator) {
        emulator.inject(Fault.resetAfterProcessing().onlyFor(EmulatedOperation.DRS_DELETE_JOB));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.drs(emulator, "drs-job-4", EmulatedDrs.STOPPED);

            DeleteResult r = jobs.delete(ref);

            assertOutcome(r, DeleteOutcome.DELETED, "DRS.10000010");
            assertTrue(r.message().orElseThrow().contains("earlier attempt"), r.toString());
            assertEquals(2, r.attempts());
            assertEquals(2, Emulated.deletesOf(emulator, ref).size());
            assertEquals(0, Emulated.successfulDeletesOf(emulator, ref), "the first one acted, its answer was lost");
            assertTrue(emulator.drs().jobs().isEmpty());
        }
    }

    @Test
    void delete_missingDrsJobAfterAResetBeforeProcessing_isStillReportedHonestly(PolycloudEmulator emulator) {
        // A reset before any answer may or may not have let the service act: taken as having acted.
        emulator.inject(Fault.reset().onlyFor(EmulatedOperation.DRS_DELETE_JOB));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            DeleteResult r = jobs.delete(drsRef(emulator, "never-existed"));

            assertTrue(r.outcome().succeeded(), r.toString());
            assertEquals(Optional.of("DRS.10000010"), r.code());
        }
    }

    // --- DDS scheduled tasks ---

    @Test
    void delete_pendingDdsTask_isCancelledThenAlreadyGone(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.dds(emulator, "dds-task-1", "Pending");

            assertOutcome(jobs.delete(ref), DeleteOutcome.DELETED, null);
            assertOutcome(jobs.delete(ref), DeleteOutcome.ALREADY_GONE, "DBS.280016");
        }
    }

    @Test
    void delete_runningDdsTask_isNotDeletableWithTheCloudsCode(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            assertOutcome(jobs.delete(Emulated.dds(emulator, "dds-task-2", "Running")), DeleteOutcome.NOT_DELETABLE,
                    "DBS.280042");
        }
    }

    @Test
    void delete_ddsTaskWhenTheServiceKeepsFailing_isFailedAfterTheRetries(PolycloudEmulator emulator) {
        emulator.inject(Fault.error(500, "DBS.200000", "internal").times(4).onlyFor(EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            DeleteResult r = jobs.delete(Emulated.dds(emulator, "dds-task-3", "Pending"));

            assertOutcome(r, DeleteOutcome.FAILED, "DBS.200000");
            assertEquals(4, r.attempts());
            assertEquals(ErrorCategory.SERVER_ERROR, ((ServiceException) r.failure().orElseThrow()).category());
        }
    }

    // --- LakeFormation jobs ---

    @Test
    void delete_stoppedLakeFormationJob_readsThenDeletes(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            JobRef ref = Emulated.lakeFormation(emulator, "lf-job-1", EmulatedLakeFormation.STOPPED);

            DeleteResult r = jobs.delete(ref);

            assertOutcome(r, DeleteOutcome.DELETED, null);
            assertEquals(Optional.of("STOPPED"), r.jobStatus());
            assertEquals(2, r.attempts());
            assertEquals(List.of(EmulatedOperation.LAKEFORMATION_SHOW_JOB, EmulatedOperation.LAKEFORMATION_DELETE_JOB),
                    emulator.calls().stream().map(c -> c.operation()).toList());
        }
    }

    @Test
    void delete_runningLakeFormationJob_isNotDeletableFromItsStatusAndNoDeleteIsSent(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            DeleteResult r = jobs.delete(Emulated.lakeFormation(emulator, "lf-job-2", EmulatedLakeFormation.RUNNING));

            assertOutcome(r, DeleteOutcome.NOT_DELETABLE, null);
            assertEquals(Optional.of("RUNNING"), r.jobStatus());
            assertTrue(r.message().orElseThrow().contains("RUNNING"));
            assertEquals(0, emulator.calls(EmulatedOperation.LAKEFORMATION_DELETE_JOB).size());
        }
    }

    @Test
    void delete_lakeFormationJobThatStartsBetweenReadAndDelete_isNotDeletableFromTheDelete(PolycloudEmulator emulator) {
        emulator.inject(Fault.error(400, "Emulator.JobRunning", "the job is running").onlyFor(
                EmulatedOperation.LAKEFORMATION_DELETE_JOB));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            DeleteResult r = jobs.delete(Emulated.lakeFormation(emulator, "lf-job-3", EmulatedLakeFormation.STOPPED));

            assertOutcome(r, DeleteOutcome.NOT_DELETABLE, "Emulator.JobRunning");
        }
    }

    @Test
    void delete_missingLakeFormationJob_isAlreadyGoneFromTheRead(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            DeleteResult r = jobs.delete(lakeFormationRef(emulator, "lf-missing"));

            assertOutcome(r, DeleteOutcome.ALREADY_GONE, "common.01000001");
            assertEquals(0, emulator.calls(EmulatedOperation.LAKEFORMATION_DELETE_JOB).size());
        }
    }

    @Test
    void delete_lakeFormationJobWhenTheReadFails_isFailed(PolycloudEmulator emulator) {
        emulator.inject(Fault.response(502, "text/html", "<html>bad gateway</html>").times(4)
                .onlyFor(EmulatedOperation.LAKEFORMATION_SHOW_JOB));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            DeleteResult r = jobs.delete(Emulated.lakeFormation(emulator, "lf-job-4", EmulatedLakeFormation.STOPPED));

            assertOutcome(r, DeleteOutcome.FAILED, "HTTP_502");
            assertEquals(1, emulator.lakeFormation().jobs().size());
        }
    }

    // --- every kind ---

    @Test
    void delete_dryRun_sendsNothingAndSaysWhereItWouldGo(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            for (JobRef ref : List.of(new JobRef.VpcFailoverTestJob("cn-hangzhou", "ftj-dry1"), drsRef(emulator, "d"),
                    ddsRef(emulator, "d"), lakeFormationRef(emulator, "d"))) {
                DeleteResult r = jobs.delete(ref, DeleteOptions.builder().dryRun(true).build());

                assertEquals(DeleteOutcome.DRY_RUN, r.outcome());
                assertTrue(r.message().orElseThrow().contains(emulator.baseUri().toString()), r.message().orElseThrow());
                assertEquals(0, r.attempts());
            }
            assertEquals(List.of(), emulator.calls());
        }
    }

    @Test
    void delete_withoutOverrides_dryRunNamesTheRegionsEndpoint() {
        try (CloudJobs jobs = CloudJobs.builder().build()) {
            DeleteResult r = jobs.delete(new JobRef.DrsJob("cn-north-4", "p", "j"), DeleteOptions.builder().dryRun(true).build());

            assertEquals(Optional.of("would send DeleteJob to https://drs.cn-north-4.myhuaweicloud.com"), r.message());
        }
    }

    @Test
    void endpointOverride_perKind_winsOverTheCloudsOverride(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator)
                .endpointOverride(JobKind.DDS_SCHEDULED_TASK, java.net.URI.create("http://127.0.0.1:9")).build()) {
            DeleteResult r = jobs.delete(ddsRef(emulator, "t"), DeleteOptions.builder().dryRun(true).build());

            assertEquals(Optional.of("would send CancelScheduledTask to http://127.0.0.1:9"), r.message());
        }
    }

    @Test
    void delete_afterClose_throws(PolycloudEmulator emulator) {
        CloudJobs jobs = Emulated.jobs(emulator).build();
        jobs.close();

        SdkClientException e = assertThrows(SdkClientException.class, () -> jobs.delete(drsRef(emulator, "j")));

        assertEquals("CloudJobs is closed", e.getMessage());
    }

    @Test
    void delete_null_throwsNamingTheArgument(PolycloudEmulator emulator) {
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            assertEquals("ref is required but was null",
                    assertThrows(SdkClientException.class, () -> jobs.delete(null)).getMessage());
            assertTrue(jobs.deleteAsync(null, DeleteOptions.defaults()).isCompletedExceptionally());
        }
    }

    @Test
    void delete_whenInterrupted_throwsAndKeepsTheFlag(PolycloudEmulator emulator) {
        emulator.inject(Fault.stall().onlyFor(EmulatedOperation.DRS_DELETE_JOB));
        try (CloudJobs jobs = Emulated.jobs(emulator).build()) {
            Thread.currentThread().interrupt();
            try {
                assertThrows(SdkInterruptedException.class, () -> jobs.delete(drsRef(emulator, "j")));
                assertTrue(Thread.currentThread().isInterrupted());
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void builder_rejectsBadSettingsNamingTheField() {
        CloudJobs.Builder b = CloudJobs.builder();

        assertTrue(assertThrows(SdkClientException.class, () -> b.connectTimeout(Duration.ZERO)).getMessage()
                .startsWith("connectTimeout"));
        assertTrue(assertThrows(SdkClientException.class, () -> b.huaweiEndpointOverride(java.net.URI.create("ftp://x")))
                .getMessage().startsWith("huaweiEndpointOverride"));
        assertFalse(assertThrows(SdkClientException.class, () -> b.aliyunCredentials(null)).getMessage().isEmpty());
    }
}
