package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator's time: advanced by tests, checked against signature timestamps, and sent in
 * {@code Date} so clients can correct their skew.
 */
class EmulatorClockTest {

    private final FakeTime time = new FakeTime();
    private PolycloudEmulator emulator;

    @BeforeEach
    void start() {
        emulator = Fixtures.emulator(time);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void advanceTime_addsToTheBaseClock_andResetDropsIt() {
        emulator.advanceTime(Duration.ofMinutes(5));
        time.advance(Duration.ofSeconds(1));

        assertEquals(time.now().plus(Duration.ofMinutes(5)), emulator.now());
        emulator.reset();
        assertEquals(time.now(), emulator.now());
        assertThrows(SdkClientException.class, () -> emulator.advanceTime(Duration.ofSeconds(-1)));
    }

    @Test
    void aliyunClientBehindTheEmulatorsClock_correctsItsSkewFromTheDateHeaderAndRetriesOnce() {
        emulator.advanceTime(Duration.ofHours(1));

        try (VpcClient vpc = Fixtures.vpc(emulator, time)) {
            vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
        }

        assertEquals(List.of(Optional.of("InvalidTimeStamp.Expired"), Optional.<String>empty()),
                emulator.calls().stream().map(RecordedCall::errorCode).toList());
    }

    @Test
    void huaweiClientBehindTheEmulatorsClock_correctsItsSkewFromTheDateHeaderAndRetriesOnce() {
        emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
        emulator.advanceTime(Duration.ofHours(2));

        try (DrsClient drs = Fixtures.drs(emulator, time)) {
            drs.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());
        }

        assertEquals(List.of(Optional.of("APIG.0301"), Optional.<String>empty()),
                emulator.calls().stream().map(RecordedCall::errorCode).toList());
    }

    @Test
    void maxClockSkew_isConfigurable() {
        try (PolycloudEmulator strict = PolycloudEmulator.builder().clock(time.clock()).maxClockSkew(Duration.ofMinutes(1))
                .start();
             VpcClient vpc = Fixtures.vpc(strict, time)) {
            strict.advanceTime(Duration.ofMinutes(2));
            emulator.advanceTime(Duration.ofMinutes(2));

            vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
            try (VpcClient lenient = Fixtures.vpc(emulator, time)) {
                lenient.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
            }

            assertEquals("InvalidTimeStamp.Expired", strict.calls().get(0).errorCode().orElseThrow());
            assertEquals(1, emulator.calls().size(), "two minutes are within the default 15");
        }
    }
}
