package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.JobType;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One {@link TestClock} drives the emulator and the clients: sleeping advances it, so a whole VPC
 * drill with its waiters, and a client's retries, take no real time.
 */
@EmulatedClouds(testClock = true)
class TestClockTest {

    @Test
    void vpcDrill_createStartWaitStopWaitDelete_runsInWellUnderASecond(PolycloudEmulator emulator, VpcClient vpc,
                                                                        TestClock time) {
        Instant begin = time.instant();
        int sleepsBefore = time.sleeps().size();
        long t0 = System.nanoTime();

        String jobId = vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder().resourceIds("pc-drill")
                .jobType(JobType.START_LATER).jobDuration(60).build()).jobId();
        vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
        vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.TESTING, Duration.ofMinutes(5));
        vpc.stopFailoverTestJob(StopFailoverTestJobRequest.builder().jobId(jobId).build());
        vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.STOPPED, Duration.ofMinutes(5));
        vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build());

        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(tookMillis < 1_000, "the drill took " + tookMillis + " ms");
        assertTrue(emulator.vpc().jobs().isEmpty());
        Duration waited = Duration.between(begin, time.instant());
        assertTrue(waited.compareTo(Duration.ofSeconds(6)) >= 0, "the waiters slept through both 3 s transitions: " + waited);
        assertEquals(waited, time.sleeps().subList(sleepsBefore, time.sleeps().size()).stream()
                .reduce(Duration.ZERO, Duration::plus), "only sleeping moved the clock");
    }

    @Test
    void injectedClients_retryOnTheTestClock(PolycloudEmulator emulator, DrsClient drs, TestClock time) {
        emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
        emulator.inject(Fault.throttle(Duration.ofSeconds(5)));
        int sleepsBefore = time.sleeps().size();
        long t0 = System.nanoTime();

        drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());

        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1), "no real wait");
        assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps().subList(sleepsBefore, time.sleeps().size()),
                "Retry-After honoured on the test clock");
        assertSame(time, emulator.testClock().orElseThrow());
    }

    @Test
    void sleepAndDelay_advanceTheClock_andEveryZoneViewMovesWithIt() throws Exception {
        TestClock time = TestClock.startingAt(Instant.parse("2030-01-01T00:00:00Z"));
        TestClock paris = time.withZone(ZoneId.of("Europe/Paris"));

        time.sleep(Duration.ofSeconds(2));
        time.delay(Duration.ofMillis(500)).get(0, TimeUnit.NANOSECONDS);
        time.advance(Duration.ofMinutes(1));

        assertEquals(Instant.parse("2030-01-01T00:01:02.500Z"), time.instant());
        assertEquals(time.instant(), paris.instant());
        assertEquals(ZoneId.of("Europe/Paris"), paris.getZone());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofMillis(500)), time.sleeps());
        assertThrows(SdkClientException.class, () -> time.advance(Duration.ofSeconds(-1)));
    }

    @Test
    void sleep_onAnInterruptedThread_throwsAndClearsTheFlag_withoutMovingTheClock() {
        TestClock time = TestClock.startingAt(Instant.EPOCH);
        Thread.currentThread().interrupt();

        assertThrows(InterruptedException.class, () -> time.sleep(Duration.ofSeconds(1)));

        assertEquals(Instant.EPOCH, time.instant());
        assertTrue(!Thread.currentThread().isInterrupted());
    }

    @Test
    void configure_pointsAnyClientBuilderAtTheEmulator() {
        TestClock time = TestClock.create();
        try (PolycloudEmulator emulator = PolycloudEmulator.builder().clock(time).start();
             DrsClient drs = emulator.configure(DrsClient.builder()).region("cn-north-4").build()) {
            emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);

            drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());

            RecordedCall call = emulator.lastCall().orElseThrow();
            assertEquals(RecordedCall.AuthOutcome.ACCEPTED, call.authOutcome());
            assertEquals(emulator.huaweiCredentials().accessKey(), call.accessKeyId().orElseThrow());
            assertEquals(time.instant(), call.receivedAt());
        }
    }
}
