package io.polycloud.reliability.emulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcErrorCodes;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.reliability.support.AttemptLog;
import io.polycloud.reliability.support.MadeUpKeys;
import io.polycloud.reliability.support.SecretScan;
import io.polycloud.reliability.support.SeededOperation;
import io.polycloud.reliability.support.ServiceClients;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.EmulatedOperation;
import io.polycloud.testing.EmulatedVpc;
import io.polycloud.testing.Fault;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.RecordedCall;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ambiguous failure retries are feared for: the service acted, then the connection reset
 * before the answer arrived. Against the emulator, which keeps real job state and honours
 * {@code ClientToken} like VPC does, the client's retry of StartFailoverTestJob must replay the
 * first start, not start the job again; and a Huawei delete, which has no token, must not act
 * twice either.
 */
@ExtendWith(SecretScan.class)
class NothingDuplicatedTest {

    private final FakeTime time = new FakeTime();
    private final PolycloudEmulator emulator = PolycloudEmulator.builder()
            .aliyunCredentials(MadeUpKeys.aliyun()).huaweiCredentials(MadeUpKeys.huawei()).clock(time.clock()).start();
    private final AttemptLog attemptLog = new AttemptLog();
    private final ServiceClients clients = ServiceClients.builder(emulator.baseUri(), time).addInterceptor(attemptLog).build();

    @AfterEach
    void close() {
        clients.close();
        emulator.close();
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void startFailoverTestJob_retriedAfterAResetThatFollowedTheStart_startsTheJobOnce(boolean async) throws Exception {
        String jobId = emulator.vpc().newJob(ServiceClients.REGION).status(FailoverTestJobStatus.INIT).create().jobId();
        emulator.inject(Fault.resetAfterProcessing().onlyFor(EmulatedOperation.VPC_START_FAILOVER_TEST_JOB));

        StartFailoverTestJobRequest start = StartFailoverTestJobRequest.builder().jobId(jobId).build();
        String requestId = async
                ? clients.vpc().startFailoverTestJobAsync(start).get(10, TimeUnit.SECONDS).requestId().orElseThrow()
                : clients.vpc().startFailoverTestJob(start).requestId().orElseThrow();

        assertEquals(List.of("SdkNetworkException", "HTTP 200"), attemptLog.attempts(), "reset, then the retry's answer");
        EmulatedVpc.Job job = emulator.vpc().job(jobId).orElseThrow();
        assertEquals(1, job.startCount(), "the job was started once");
        assertEquals(FailoverTestJobStatus.STARTING, job.status());
        List<RecordedCall> starts = emulator.calls(EmulatedOperation.VPC_START_FAILOVER_TEST_JOB);
        assertEquals(2, starts.size(), "both attempts reached the service");
        String token = starts.get(0).queryParameter("ClientToken").orElseThrow();
        assertEquals(token, starts.get(1).queryParameter("ClientToken").orElseThrow(), "the retry repeats the token");
        assertTrue(!starts.get(0).replayed() && starts.get(1).replayed(), "the first acted, the retry was replayed");
        assertTrue(starts.stream().allMatch(c -> c.authOutcome() == RecordedCall.AuthOutcome.ACCEPTED), "each attempt signed afresh");
        assertTrue(requestId != null && !requestId.isBlank(), "the replayed answer carries a request id");

        // Without the token, a second start is refused: the job left Init. The retry above was no second start.
        ServiceException again = assertThrows(ServiceException.class, () -> call(async,
                StartFailoverTestJobRequest.builder().jobId(jobId).build()));
        SecretScan.assertClean(again);
        assertEquals(VpcErrorCodes.INCORRECT_STATUS_ONLY_FOR_INIT.code(), again.errorCode());
        assertEquals(ErrorCategory.INVALID_STATE, again.category());
        assertEquals(1, emulator.vpc().job(jobId).orElseThrow().startCount());
    }

    /**
     * A Huawei delete carries no token: its retry after the service acted finds nothing left to
     * delete. Nothing is done twice, and the caller learns it through the service's documented
     * not-found error after two attempts (the job is gone either way).
     */
    @ParameterizedTest
    @EnumSource(value = SeededOperation.class, names = {"DRS_DELETE_JOB", "DDS_CANCEL_SCHEDULED_TASK", "LAKEFORMATION_DELETE_JOB"})
    void huaweiDelete_retriedAfterAResetThatFollowedTheDelete_deletesOnceAndReportsNotFound(SeededOperation op) {
        String jobId = "job-" + op.ordinal();
        EmulatedOperation emulated = switch (op) {
            case DRS_DELETE_JOB -> {
                emulator.drs().putJob(jobId, EmulatedDrs.STOPPED);
                yield EmulatedOperation.DRS_DELETE_JOB;
            }
            case DDS_CANCEL_SCHEDULED_TASK -> {
                emulator.dds().putScheduledTask(jobId);
                yield EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK;
            }
            default -> {
                emulator.lakeFormation().putJob(SeededOperation.LAKEFORMATION_INSTANCE, jobId, EmulatedLakeFormation.STOPPED);
                yield EmulatedOperation.LAKEFORMATION_DELETE_JOB;
            }
        };
        emulator.inject(Fault.resetAfterProcessing().onlyFor(emulated));

        ServiceException e = assertThrows(ServiceException.class, () -> op.call(clients, jobId));
        SecretScan.assertClean(e);

        assertEquals(ErrorCategory.NOT_FOUND, e.category(), e.toString());
        assertEquals(2, e.attempts());
        assertEquals(List.of("SdkNetworkException", "HTTP " + e.httpStatus()), attemptLog.attempts());
        assertEquals(2, emulator.calls(emulated).size());
        assertTrue(emulator.drs().jobs().isEmpty() && emulator.dds().scheduledTasks().isEmpty()
                && emulator.lakeFormation().jobs().isEmpty(), "the job was deleted");
    }

    private void call(boolean async, StartFailoverTestJobRequest request) throws Exception {
        if (!async) {
            clients.vpc().startFailoverTestJob(request);
            return;
        }
        try {
            clients.vpc().startFailoverTestJobAsync(request).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }
}
