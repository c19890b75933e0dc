package io.polycloud.reliability.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.reliability.support.AttemptLog;
import io.polycloud.reliability.support.MadeUpKeys;
import io.polycloud.reliability.support.SecretScan;
import io.polycloud.reliability.support.SeededOperation;
import io.polycloud.reliability.support.ServiceClients;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.PolycloudEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link FaultScenario} against every {@link SeededOperation}, through the synchronous and
 * the asynchronous method, on the emulator (its faults, then its real services, which hold the
 * job each operation acts on): each combination ends in exactly its expected outcome, within
 * seconds of wall time, and shows no secret anywhere.
 */
@ExtendWith(SecretScan.class)
class FaultMatrixTest {

    /** A job id every operation accepts. */
    private static final String JOB_ID = "ftj-reliability0001";
    /** Generous bound on any one combination; the slowest (stall, drip) need well under a second. */
    private static final Duration WALL_CLOCK_LIMIT = Duration.ofSeconds(5);

    private final FakeTime time = new FakeTime();
    private final AttemptLog attemptLog = new AttemptLog();
    private PolycloudEmulator emulator;

    enum Mode {
        SYNC, ASYNC;

        String call(SeededOperation op, ServiceClients clients) throws Exception {
            if (this == SYNC) {
                return op.call(clients, JOB_ID);
            }
            try {
                return op.callAsync(clients, JOB_ID).get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw (Exception) e.getCause();
            }
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (FaultScenario fault : FaultScenario.values()) {
            for (SeededOperation op : SeededOperation.values()) {
                for (Mode mode : Mode.values()) {
                    cases.add(Arguments.of(fault, op, mode));
                }
            }
        }
        return cases.stream();
    }

    /**
     * Serves each operation once before the matrix, so the first real answer of the run (class
     * loading, JIT) does not outlast a case's 400 ms read timeout on a busy machine.
     */
    @BeforeAll
    static void warmUp() throws Exception {
        FakeTime time = new FakeTime();
        for (SeededOperation op : SeededOperation.values()) {
            try (PolycloudEmulator emulator = emulator(time);
                 ServiceClients clients = ServiceClients.builder(emulator.baseUri(), time).build()) {
                Mode.SYNC.call(op, clients);
            }
        }
    }

    @BeforeEach
    void startEmulator() {
        emulator = emulator(time);
    }

    /** The emulator, numbering its answers, with the job every operation acts on in a state that lets it succeed. */
    private static PolycloudEmulator emulator(FakeTime time) {
        PolycloudEmulator emulator = PolycloudEmulator.builder().aliyunCredentials(MadeUpKeys.aliyun())
                .huaweiCredentials(MadeUpKeys.huawei()).huaweiProjectId(MadeUpKeys.HUAWEI_PROJECT_ID).clock(time.clock())
                .requestIdPrefix("req-").start();
        emulator.vpc().newJob(ServiceClients.REGION).jobId(JOB_ID).create();
        emulator.drs().putJob(JOB_ID, EmulatedDrs.STOPPED);
        emulator.dds().putScheduledTask(JOB_ID);
        emulator.lakeFormation().putJob(SeededOperation.LAKEFORMATION_INSTANCE, JOB_ID, EmulatedLakeFormation.STOPPED);
        return emulator;
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("matrix")
    void fault_endsInItsExactOutcome(FaultScenario fault, SeededOperation op, Mode mode) throws Exception {
        fault.faults(op).forEach(emulator::inject);
        Expected expected = fault.expected(op);
        ServiceClients.Builder builder = ServiceClients.builder(emulator.baseUri(), time).addInterceptor(attemptLog);
        fault.configure(builder);

        long start = System.nanoTime();
        String requestId = null;
        SdkException thrown = null;
        try (ServiceClients clients = builder.build()) {
            requestId = mode.call(op, clients);
        } catch (SdkException e) {
            thrown = e;
        }
        SdkException failure = thrown;
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (failure != null) {
            SecretScan.assertClean(failure);
        }

        assertEquals(expected.attempts(), attemptLog.attempts(), "what each attempt saw");
        assertEquals(expected.attempts().size(), emulator.calls().size(), "requests the emulator received");
        assertEquals(expected.sleeps(), time.sleeps(), "backoffs, on fake time");
        assertTrue(took.compareTo(WALL_CLOCK_LIMIT) < 0, "took " + took.toMillis() + " ms");
        if (expected.succeeds()) {
            assertEquals(expected.requestId(), requestId, () -> "the answer is the successful attempt's: " + failure);
        } else {
            ServiceException e = assertInstanceOf(ServiceException.class, failure, () -> String.valueOf(failure));
            assertEquals(expected.attempts().size(), e.attempts(), "attempts the exception reports");
            assertEquals(op.cloud().name().toLowerCase(Locale.ROOT), e.provider());
            assertEquals(op.apiName(), e.operation());
            assertEquals(expected.httpStatus(), e.httpStatus());
            assertEquals(expected.errorCode(), e.errorCode());
            assertEquals(expected.category(), e.category());
            assertEquals(Optional.ofNullable(expected.requestId()), e.requestId());
        }
        assertTrue(CapturedLogs.events().stream().anyMatch(event -> event.level().equals("TRACE")),
                "the attempts were logged at TRACE, for the secret scan to read");
    }
}
