package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of fault, met by the real clients: what they see, and what the emulator did or did not do. */
class FaultInjectionTest {

    private static final DescribeFailoverTestJobsRequest DESCRIBE = DescribeFailoverTestJobsRequest.builder().build();

    private final FakeTime time = new FakeTime();
    private PolycloudEmulator emulator;
    private VpcClient vpc;
    private VpcClient vpcNoRetry;
    private DrsClient drs;

    @BeforeEach
    void start() {
        emulator = Fixtures.emulator(time);
        vpc = Fixtures.vpc(emulator, time);
        vpcNoRetry = Fixtures.vpcBuilder(emulator, time).retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(300))
                .build();
        drs = Fixtures.drsBuilder(emulator, time).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        vpc.close();
        vpcNoRetry.close();
        drs.close();
        emulator.close();
    }

    private String initJob() {
        return emulator.vpc().newJob(Fixtures.REGION).create().jobId();
    }

    private StartFailoverTestJobRequest startRequest(String jobId) {
        return StartFailoverTestJobRequest.builder().jobId(jobId).build();
    }

    @Test
    void error_twiceThenNone_isRetriedToSuccessInThreeAttempts() {
        emulator.inject(Fault.error(503, "ServiceUnavailable", "The request has failed due to a temporary failure.").times(2));

        vpc.describeFailoverTestJobs(DESCRIBE);

        List<RecordedCall> calls = emulator.calls();
        assertEquals(List.of(503, 503, 200), calls.stream().map(c -> c.status().orElseThrow()).toList());
        assertEquals("ServiceUnavailable", calls.get(0).errorCode().orElseThrow());
        assertEquals(RecordedCall.AuthOutcome.NOT_CHECKED, calls.get(0).authOutcome());
        assertEquals(2, time.sleeps().size());
        assertTrue(emulator.pendingFaults().isEmpty());
    }

    @Test
    void throttle_withRetryAfter_makesTheClientWaitThatLong() {
        emulator.inject(Fault.throttle(Duration.ofSeconds(2)));

        vpc.describeFailoverTestJobs(DESCRIBE);

        assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
        assertEquals("Throttling", emulator.calls().get(0).errorCode().orElseThrow());
        assertEquals(429, emulator.calls().get(0).status().orElseThrow());
    }

    @Test
    void throttle_onHuaweiCloud_isApig0308() {
        emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
        emulator.inject(Fault.throttle());

        ServiceException e = assertThrows(ServiceException.class, () -> drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build()));

        assertEquals(429, e.httpStatus());
        assertEquals("APIG.0308", e.errorCode());
        assertEquals(ErrorCategory.THROTTLING, e.category());
        assertEquals(1, emulator.drs().jobs().size(), "a fault before the service changes nothing");
    }

    @Test
    void errorFault_inTheCloudsShape_carriesCodeCategoryAndRequestId() {
        emulator.inject(Fault.error(400, "Throttling.User", "Request was denied due to user flow control."));

        ServiceException e = assertThrows(ServiceException.class, () -> vpcNoRetry.describeFailoverTestJobs(DESCRIBE));

        assertEquals("Throttling.User", e.errorCode());
        assertEquals(ErrorCategory.THROTTLING, e.category());
        assertEquals("Request was denied due to user flow control.", e.errorMessage());
        assertTrue(e.requestId().isPresent());
    }

    @Test
    void reset_beforeTheService_failsTheCallAndChangesNothing() {
        String jobId = initJob();
        emulator.inject(Fault.reset());

        SdkNetworkException e = assertThrows(SdkNetworkException.class, () -> vpcNoRetry.startFailoverTestJob(startRequest(jobId)));

        assertEquals(1, e.attempts());
        assertEquals(FailoverTestJobStatus.INIT, emulator.vpc().job(jobId).orElseThrow().status());
        RecordedCall call = emulator.lastCall().orElseThrow();
        assertEquals(OptionalInt.empty(), call.status());
        assertEquals(RecordedCall.AuthOutcome.NOT_CHECKED, call.authOutcome());
    }

    @Test
    void resetAfterProcessing_isRetriedWithTheSameClientToken_andTheJobStartsOnce() {
        String jobId = initJob();
        emulator.inject(Fault.resetAfterProcessing().onlyFor(EmulatedOperation.VPC_START_FAILOVER_TEST_JOB));

        vpc.startFailoverTestJob(startRequest(jobId));

        EmulatedVpc.Job job = emulator.vpc().job(jobId).orElseThrow();
        assertEquals(FailoverTestJobStatus.STARTING, job.status());
        assertEquals(1, job.startCount());
        List<RecordedCall> starts = emulator.calls(EmulatedOperation.VPC_START_FAILOVER_TEST_JOB);
        assertEquals(2, starts.size());
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, starts.get(0).authOutcome());
        assertEquals(OptionalInt.empty(), starts.get(0).status());
        assertEquals(starts.get(0).queryParameter("ClientToken"), starts.get(1).queryParameter("ClientToken"));
        assertTrue(starts.get(1).replayed());
    }

    @Test
    void stall_endsInTheClientsReadTimeout_andChangesNothing() {
        String jobId = initJob();
        emulator.inject(Fault.stall());

        SdkTimeoutException e = assertThrows(SdkTimeoutException.class, () -> vpcNoRetry.startFailoverTestJob(startRequest(jobId)));

        assertEquals(SdkTimeoutException.Kind.READ, e.kind());
        assertEquals(FailoverTestJobStatus.INIT, emulator.vpc().job(jobId).orElseThrow().status());
    }

    @Test
    void drippingAnswer_endsInTheClientsReadTimeout_afterTheServiceActed() {
        String jobId = initJob();
        emulator.inject(Fault.process().dripping(Duration.ofSeconds(1)));

        SdkTimeoutException e = assertThrows(SdkTimeoutException.class, () -> vpcNoRetry.startFailoverTestJob(startRequest(jobId)));

        assertEquals(SdkTimeoutException.Kind.READ, e.kind());
        assertEquals(FailoverTestJobStatus.STARTING, emulator.vpc().job(jobId).orElseThrow().status());
    }

    @Test
    void delayedAnswer_arrivesLate() {
        emulator.inject(Fault.process().delayed(Duration.ofMillis(150)));

        long t0 = System.nanoTime();
        vpcNoRetry.describeFailoverTestJobs(DESCRIBE);

        assertTrue(System.nanoTime() - t0 >= 150_000_000L);
    }

    @Test
    void truncatedAnswer_failsAsANetworkError_afterTheServiceActed() {
        String jobId = initJob();
        emulator.inject(Fault.process().truncated());

        assertThrows(SdkNetworkException.class, () -> vpcNoRetry.startFailoverTestJob(startRequest(jobId)));

        assertEquals(FailoverTestJobStatus.STARTING, emulator.vpc().job(jobId).orElseThrow().status());
    }

    @Test
    void cutJsonHtmlPageAndEmptyBody_areServiceExceptionsKeepingStatusAndRequestId() {
        emulator.inject(Fault.response(200, "application/json", "{\"RequestId\":\"0A1B\",\"FailoverTestJobList\":["));
        emulator.inject(Fault.response(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        emulator.inject(Fault.response(500, "application/json", ""));

        ServiceException cut = assertThrows(ServiceException.class, () -> vpcNoRetry.describeFailoverTestJobs(DESCRIBE));
        ServiceException html = assertThrows(ServiceException.class, () -> vpcNoRetry.describeFailoverTestJobs(DESCRIBE));
        ServiceException empty = assertThrows(ServiceException.class, () -> vpcNoRetry.describeFailoverTestJobs(DESCRIBE));

        assertEquals(200, cut.httpStatus());
        assertEquals("InvalidResponse", cut.errorCode());
        assertEquals(502, html.httpStatus());
        assertEquals(500, empty.httpStatus());
        for (ServiceException e : List.of(cut, html, empty)) {
            assertTrue(e.requestId().orElseThrow().matches("[0-9A-F-]{36}"), "the x-acs-request-id header survives any body");
        }
    }

    @Test
    void oversizedBody_isCutAtTheClientsLimit_andReportedAsResponseTooLarge() {
        emulator.inject(Fault.oversizedBody(10L * 1024 * 1024));

        ServiceException e = assertThrows(ServiceException.class, () -> vpcNoRetry.describeFailoverTestJobs(DESCRIBE));

        assertEquals(200, e.httpStatus());
        assertEquals("ResponseTooLarge", e.errorCode());
        assertTrue(e.requestId().isPresent());
    }

    @Test
    void onlyFor_limitsTheFaultToItsOperations_andTimesCountsOnlyThose() {
        emulator.dds().putScheduledTask("task-1");
        emulator.inject(Fault.error(500, "InternalError", "boom").times(2).onlyFor(EmulatedOperation.DRS_DELETE_JOB));

        try (DdsClient dds = Fixtures.dds(emulator, time)) {
            dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId("task-1").build());
        }
        vpcNoRetry.describeFailoverTestJobs(DESCRIBE);

        assertEquals(List.of("error 500 InternalError times=2 onlyFor=[DRS_DELETE_JOB]"),
                emulator.pendingFaults().stream().map(Fault::toString).toList());
        assertThrows(ServiceException.class, () -> drs.deleteJob(DeleteJobRequest.builder().jobId("x").build()));
        assertEquals(1, emulator.pendingFaults().get(0).times());
    }

    @Test
    void faultBeforeTheService_answersEvenABadlySignedRequest() {
        emulator.inject(Fault.error(503, "ServiceUnavailable", "busy"));
        try (VpcClient forged = Fixtures.vpcBuilder(emulator, time).retryPolicy(RetryPolicy.none())
                .credentials(AliyunCredentials.of("TESTAKWrong", "wrong")).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> forged.describeFailoverTestJobs(DESCRIBE));

            assertEquals("ServiceUnavailable", e.errorCode());
        }
    }

    @Test
    void modifiersOnFaultsThatSendNoAnswer_areRefused() {
        assertThrows(SdkClientException.class, () -> Fault.reset().truncated());
        assertThrows(SdkClientException.class, () -> Fault.stall().delayed(Duration.ofSeconds(1)));
        assertThrows(SdkClientException.class, () -> Fault.resetAfterProcessing().dripping(Duration.ofSeconds(1)));
        assertThrows(SdkClientException.class, () -> Fault.error(200, "Ok", "not an error"));
        assertThrows(SdkClientException.class, () -> Fault.process().times(0));
        assertFalse(Fault.reset().letsServiceAct());
        assertTrue(Fault.process().truncated().letsServiceAct());
    }
}
