package com.example.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.testing.EmulatedClouds;
import io.polycloud.testing.PolycloudEmulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// region test-clock
@EmulatedClouds(testClock = true)     // the emulator and the injected clients share one TestClock
class DrillTest {

    @Test
    void drill(PolycloudEmulator emulator, VpcClient vpc) {
        String jobId = emulator.vpc().newJob("cn-hangzhou").create().jobId();
        vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
        vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.TESTING, Duration.ofMinutes(5));  // no real wait
        assertEquals(FailoverTestJobStatus.TESTING, emulator.vpc().job(jobId).orElseThrow().status());
    }
}
// endregion test-clock
