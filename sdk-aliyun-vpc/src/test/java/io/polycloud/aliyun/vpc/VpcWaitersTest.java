package io.polycloud.aliyun.vpc;

import static io.polycloud.aliyun.vpc.VpcTestClients.JOB;
import static io.polycloud.aliyun.vpc.VpcTestClients.error;
import static io.polycloud.aliyun.vpc.VpcTestClients.json;
import static io.polycloud.aliyun.vpc.VpcTestClients.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class VpcWaitersTest extends LoopbackServerTest {

    private static final String POLL = "/?RegionId=cn-shanghai&Filter.1.Key=JobId&Filter.1.Value.1=" + JOB;


    private static MockResponse jobIn(String status) {
        return json(200, "{\"RequestId\":\"r-" + status + "\",\"TotalCount\":1,\"FailoverTestJobList\":[{\"JobId\":\"" + JOB
                + "\",\"Status\":\"" + status + "\",\"JobType\":\"StartLater\",\"JobDuration\":\"60\"}]}");
    }

    private static MockResponse noJob() {
        return json(200, "{\"RequestId\":\"r-none\",\"TotalCount\":0,\"FailoverTestJobList\":[]}");
    }

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    @Test
    void waitUntilJobStatus_throughInitStartingTesting_returnsTheTestingJobWithBackoffBetweenPolls() throws Exception {
        server.enqueue(jobIn("Init"));
        server.enqueue(jobIn("Starting"));
        server.enqueue(jobIn("Testing"));
        try (VpcClient vpc = client()) {
            FailoverTestJob job = vpc.waiters().waitUntilJobStatus(JOB, FailoverTestJobStatus.TESTING, Duration.ofMinutes(5));
            assertEquals(FailoverTestJobStatus.TESTING, job.status());
            assertEquals(JOB, job.jobId());
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(POLL, take(server).getTarget());
        }
        assertEquals(List.of(s(1), s(2)), time.sleeps());
    }

    @Test
    void waitUntilJobStatus_withRegion_pollsThatRegion() throws Exception {
        server.enqueue(jobIn("Stopped"));
        try (VpcClient vpc = client()) {
            vpc.waiters().waitUntilJobStatus("eu-central-1", JOB, FailoverTestJobStatus.STOPPED, Duration.ofMinutes(1));
        }
        assertEquals("/?RegionId=eu-central-1&Filter.1.Key=JobId&Filter.1.Value.1=" + JOB, take(server).getTarget());
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void waitUntilJobStatus_whenJobHasPassedTheStatus_failsAtOnce() {
        server.enqueue(jobIn("Stopped"));
        try (VpcClient vpc = client()) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> vpc.waiters().waitUntilJobStatus(JOB, FailoverTestJobStatus.TESTING, Duration.ofMinutes(5)));
            assertEquals("failover test job " + JOB + " is Stopped and can no longer become Testing", e.getMessage());
            assertEquals(1, e.attempts());
        }
        assertEquals(1, server.getRequestCount());
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void waitUntilJobStatus_whenJobMovesPastTheStatusWhileWaiting_failsOnThatPoll() {
        server.enqueue(jobIn("Init"));
        server.enqueue(jobIn("Testing"));
        try (VpcClient vpc = client()) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> vpc.waiters().waitUntilJobStatus(JOB, FailoverTestJobStatus.STARTING, Duration.ofMinutes(5)));
            assertTrue(e.getMessage().contains("is Testing and can no longer become Starting"), e.getMessage());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void waitUntilJobStatus_whenJobDisappears_fails() {
        server.enqueue(jobIn("Stopping"));
        server.enqueue(noJob());
        try (VpcClient vpc = client()) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> vpc.waiters().waitUntilJobStatus(JOB, FailoverTestJobStatus.STOPPED, Duration.ofMinutes(5)));
            assertEquals("failover test job " + JOB + " does not exist in cn-shanghai (waiting for Stopped)", e.getMessage());
            assertEquals(2, e.attempts());
        }
    }

    @Test
    void waitUntilJobStatus_whenStatusNeverComes_timesOutAfterAFinalPollAtTheDeadline() {
        for (int i = 0; i < 8; i++) {
            server.enqueue(jobIn("Init"));
        }
        try (VpcClient vpc = client()) {
            SdkTimeoutException e = assertThrows(SdkTimeoutException.class,
                    () -> vpc.waiters().waitUntilJobStatus(JOB, FailoverTestJobStatus.TESTING, Duration.ofSeconds(60)));
            assertEquals(SdkTimeoutException.Kind.TOTAL, e.kind());
            assertEquals("failover test job " + JOB + " is still Init after 60000 ms waiting for Testing", e.getMessage());
            assertEquals(8, e.attempts());
        }
        // Doubling from 1 s, capped at 20 s, the last wait cut to the deadline.
        assertEquals(List.of(s(1), s(2), s(4), s(8), s(16), s(20), s(9)), time.sleeps());
        assertEquals(8, server.getRequestCount());
    }

    @Test
    void waitUntilJobStatus_throughAStatusThisSdkDoesNotKnow_keepsPolling() {
        server.enqueue(jobIn("Preparing"));
        server.enqueue(jobIn("Testing"));
        try (VpcClient vpc = client()) {
            assertEquals(FailoverTestJobStatus.TESTING,
                    vpc.waiters().waitUntilJobStatus(JOB, FailoverTestJobStatus.TESTING, Duration.ofMinutes(1)).status());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void waitUntilJobStatus_whenAPollFails_throwsTheServiceException() {
        server.enqueue(jobIn("Init"));
        server.enqueue(error("IllegalParam.JobId", "The JobId is invalid.", "REQ-w"));
        try (VpcClient vpc = client()) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> vpc.waiters().waitUntilJobStatus(JOB, FailoverTestJobStatus.TESTING, Duration.ofMinutes(1)));
            assertEquals(VpcErrorCodes.ILLEGAL_PARAM_JOB_ID.code(), e.errorCode());
            assertEquals("DescribeFailoverTestJobs", e.operation());
        }
    }

    @Test
    void waitUntilJobStatus_withInvalidArguments_failsBeforeSending() {
        try (VpcClient vpc = client()) {
            VpcWaiters w = vpc.waiters();
            Duration t = Duration.ofMinutes(1);
            assertThrows(SdkClientException.class, () -> w.waitUntilJobStatus(null, FailoverTestJobStatus.TESTING, t));
            assertThrows(SdkClientException.class, () -> w.waitUntilJobStatus("job-1", FailoverTestJobStatus.TESTING, t));
            assertThrows(SdkClientException.class, () -> w.waitUntilJobStatus(JOB, null, t));
            assertThrows(SdkClientException.class,
                    () -> w.waitUntilJobStatus(JOB, FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION, t));
            assertThrows(SdkClientException.class, () -> w.waitUntilJobStatus(JOB, FailoverTestJobStatus.TESTING, null));
            assertThrows(SdkClientException.class,
                    () -> w.waitUntilJobStatus(JOB, FailoverTestJobStatus.TESTING, Duration.ZERO));
            assertThrows(SdkClientException.class, () -> w.waitUntilJobStatus(null, JOB, FailoverTestJobStatus.TESTING, t));
            assertThrows(SdkClientException.class,
                    () -> w.waitUntilJobStatus("CN_Hangzhou", JOB, FailoverTestJobStatus.TESTING, t));
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void waitUntilJobStatus_onClientWithoutRegion_asksForTheRegionOverload() {
        try (VpcClient vpc = VpcClient.builder().endpointOverride("http://127.0.0.1:" + server.getPort())
                .credentials(AliyunCredentials.of(VpcTestClients.AK, VpcTestClients.SK)).build()) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> vpc.waiters().waitUntilJobStatus(JOB, FailoverTestJobStatus.TESTING, Duration.ofMinutes(1)));
            assertInstanceOf(SdkClientException.class, e);
            assertTrue(e.getMessage().contains("waitUntilJobStatus(regionId, jobId, status, timeout)"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }
}
