package com.example.emulator;

// region without-junit
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.JobType;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.TestClock;
import java.time.Duration;
// endregion without-junit
import org.junit.jupiter.api.Test;

/** The emulator started by hand, with a test clock shared by the emulator and the client. */
class WithoutJUnitTest {

    @Test
    void aDrillOnATestClock_takesNoRealTime() {
        // region without-junit
        TestClock time = TestClock.create();                       // optional: one time for the emulator and its clients
        try (PolycloudEmulator emulator = PolycloudEmulator.builder()
                .aliyunCredentials(AliyunCredentials.of("TESTAKMyTestKey", "my-test-secret"))
                .clock(time)
                .start();
             VpcClient vpc = emulator.configure(VpcClient.builder()).region("cn-hangzhou").build()) {
            String jobId = vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder()
                    .resourceIds("pc-drill0001").jobType(JobType.START_LATER).jobDuration(30).build()).jobId();
            vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
            vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.TESTING, Duration.ofMinutes(5));  // no real wait
            assertEquals(FailoverTestJobStatus.TESTING, emulator.vpc().job(jobId).orElseThrow().status());
            assertTrue(time.sleeps().stream().mapToLong(Duration::toMillis).sum() >= 3_000);  // the 3 s of Starting
        }
        // endregion without-junit
    }
}
