package com.example.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.testing.EmulatedClouds;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedOperation;
import io.polycloud.testing.Fault;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.TestClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emulator README's faults and request ids, as written. */
@EmulatedClouds(testClock = true, resetBeforeEach = true)
class FaultsAndTimeTest {

    @Test
    void faults_waitInInjectionOrder(PolycloudEmulator emulator) {
        // region faults
        emulator.inject(Fault.error(503, "ServiceUnavailable", "busy").times(2));               // then success
        emulator.inject(Fault.throttle(Duration.ofSeconds(2)).onlyFor(EmulatedOperation.DRS_DELETE_JOB));
        emulator.inject(Fault.resetAfterProcessing().onlyFor(EmulatedOperation.VPC_START_FAILOVER_TEST_JOB));
        emulator.inject(Fault.process().truncated());                                            // acts, then cuts the answer
        // endregion faults

        assertEquals(4, emulator.pendingFaults().size(), emulator.pendingFaults()::toString);
    }

    @Test
    void aThrottledThenAcceptedDelete_isRetriedOnTheTestClock(PolycloudEmulator emulator, DrsClient drs, TestClock time) {
        emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
        emulator.inject(Fault.throttle(Duration.ofSeconds(2)).onlyFor(EmulatedOperation.DRS_DELETE_JOB));

        drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());

        assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps(), "Retry-After honoured, on the test clock");
    }

    @Test
    void requestIds_numberTheAttempts() {
        try (PolycloudEmulator emulator = PolycloudEmulator.builder().requestIdPrefix("req-").start();
             VpcClient vpc = emulator.configure(VpcClient.builder()).region("cn-hangzhou").build()) {
            String jobId = emulator.vpc().newJob("cn-hangzhou").create().jobId();
            StartFailoverTestJobRequest start = StartFailoverTestJobRequest.builder().jobId(jobId).build();
            // region request-ids
            emulator.inject(Fault.error(503, "ServiceUnavailable", "busy").times(2));
            assertEquals("req-3", vpc.startFailoverTestJob(start).requestId().orElseThrow());   // the third attempt succeeded
            // endregion request-ids
        }
    }
}
