package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsResponse;
import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.Filter;
import io.polycloud.aliyun.vpc.model.FilterKey;
import io.polycloud.aliyun.vpc.model.JobType;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobRequest;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import io.polycloud.core.testsupport.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The VPC failover test job lifecycle and every documented error code, driven through the real {@link VpcClient}. */
class VpcFailoverTestJobTest {

    private static final String REGION = Fixtures.REGION;

    private final FakeTime time = new FakeTime();
    private PolycloudEmulator emulator;
    private VpcClient vpc;

    @BeforeEach
    void start() {
        emulator = Fixtures.emulator(time);
        vpc = Fixtures.vpc(emulator, time);
    }

    @AfterEach
    void stop() {
        vpc.close();
        emulator.close();
    }

    private String create(JobType type, String... resourceIds) {
        return vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder().resourceIds(resourceIds).jobType(type)
                .jobDuration(60).name("drill").build()).jobId();
    }

    private void start(String jobId) {
        vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
    }

    private FailoverTestJobStatus status(String jobId) {
        return emulator.vpc().job(jobId).orElseThrow().status();
    }

    private static ServiceException assertRefused(String code, ErrorCategory category, Executable call) {
        ServiceException e = assertThrows(ServiceException.class, call);
        assertEquals(400, e.httpStatus(), e.getMessage());
        assertEquals(code, e.errorCode());
        assertEquals(category, e.category());
        assertTrue(e.requestId().isPresent());
        return e;
    }

    @Test
    void wholeLifecycle_throughTheClientAndItsWaiter_reachesEveryStatusInOrder() {
        String jobId = create(JobType.START_LATER, "pc-drill1");
        assertEquals(FailoverTestJobStatus.INIT, status(jobId));

        Instant started = time.now();
        start(jobId);
        assertEquals(FailoverTestJobStatus.STARTING, status(jobId));
        FailoverTestJob testing = vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.TESTING, Duration.ofMinutes(1));
        assertEquals(started, testing.startTime().orElseThrow());
        assertFalse(time.sleeps().isEmpty(), "the waiter polled on fake time");

        vpc.stopFailoverTestJob(StopFailoverTestJobRequest.builder().jobId(jobId).build());
        assertEquals(FailoverTestJobStatus.STOPPING, status(jobId));
        FailoverTestJob stopped = vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.STOPPED, Duration.ofMinutes(1));
        assertTrue(stopped.stopTime().isPresent());

        vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build());
        assertTrue(emulator.vpc().jobs().isEmpty());
    }

    @Test
    void createStartNow_goesStraightToStarting_andTestingAfterTheTransitionDuration() {
        String jobId = create(JobType.START_NOW, "pc-drill1");
        assertEquals(FailoverTestJobStatus.STARTING, status(jobId));
        assertEquals(1, emulator.vpc().job(jobId).orElseThrow().startCount());

        time.advance(Duration.ofSeconds(2));
        assertEquals(FailoverTestJobStatus.STARTING, status(jobId));
        time.advance(Duration.ofSeconds(1));
        assertEquals(FailoverTestJobStatus.TESTING, status(jobId));
    }

    @Test
    void testing_endsByItselfWhenJobDurationHasPassed() {
        String jobId = create(JobType.START_NOW, "pc-drill1");
        emulator.vpc().completeTransitions();

        emulator.advanceTime(Duration.ofMinutes(60).plusSeconds(3));

        EmulatedVpc.Job job = emulator.vpc().job(jobId).orElseThrow();
        assertEquals(FailoverTestJobStatus.STOPPED, job.status());
        assertEquals(job.startTime().orElseThrow().plus(Duration.ofMinutes(60).plusSeconds(3)), job.stopTime().orElseThrow());
    }

    @Test
    void completeTransitions_finishesStartingAndStoppingAtOnce() {
        String starting = create(JobType.START_NOW, "pc-a");
        String stopping = emulator.vpc().newJob(REGION).status(FailoverTestJobStatus.STOPPING).create().jobId();

        emulator.vpc().completeTransitions();

        assertEquals(FailoverTestJobStatus.TESTING, status(starting));
        assertEquals(FailoverTestJobStatus.STOPPED, status(stopping));
    }

    @Test
    void describe_filtersByEveryKeyAndPagesWithNextToken() {
        for (int i = 0; i < 5; i++) {
            emulator.vpc().newJob(REGION).name("job" + i).resourceIds("pc-r" + i)
                    .status(i < 2 ? FailoverTestJobStatus.INIT : FailoverTestJobStatus.STOPPED).create();
        }
        emulator.vpc().newJob("cn-beijing").create();

        List<DescribeFailoverTestJobsResponse> pages = vpc.describeFailoverTestJobsPaginator(
                DescribeFailoverTestJobsRequest.builder().maxResults(2).build()).stream().toList();
        assertEquals(List.of(2, 2, 1), pages.stream().map(p -> p.failoverTestJobList().size()).toList());
        assertEquals(5, pages.get(0).totalCount().orElseThrow());
        assertEquals(List.of("job0", "job1", "job2", "job3", "job4"), pages.stream()
                .flatMap(p -> p.failoverTestJobList().stream()).map(j -> j.name().orElseThrow()).toList());

        assertEquals(3, describe(Filter.of(FilterKey.JOB_STATUS, "Stopped")).size());
        assertEquals(List.of("job1"), names(describe(Filter.of(FilterKey.JOB_NAME, "job1", "nope"))));
        assertEquals(List.of("job4"), names(describe(Filter.of(FilterKey.RESOURCE_ID, "pc-r4"),
                Filter.of(FilterKey.RESOURCE_TYPE, "PHYSICALCONNECTION"))));
        assertEquals(List.of("job0"), names(describe(Filter.of(FilterKey.JOB_STATUS, "Init"),
                Filter.of(FilterKey.JOB_NAME, "job0", "job2"))));
        String id = emulator.vpc().jobs().get(3).jobId();
        assertEquals(List.of("job3"), names(describe(Filter.of(FilterKey.JOB_ID, id))));
    }

    private List<FailoverTestJob> describe(Filter... filters) {
        return vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().filters(filters).build())
                .failoverTestJobList();
    }

    private static List<String> names(List<FailoverTestJob> jobs) {
        return jobs.stream().map(j -> j.name().orElseThrow()).toList();
    }

    @Test
    void update_inInit_changesTheJob() {
        String jobId = create(JobType.START_LATER, "pc-a");

        vpc.updateFailoverTestJob(UpdateFailoverTestJobRequest.builder().jobId(jobId).name("renamed").description("why")
                .resourceIds("pc-b", "pc-c").jobDuration(90).build());

        EmulatedVpc.Job job = emulator.vpc().job(jobId).orElseThrow();
        assertEquals("renamed", job.name().orElseThrow());
        assertEquals("why", job.description().orElseThrow());
        assertEquals(List.of("pc-b", "pc-c"), job.resourceIds());
        assertEquals(90, job.jobDuration());
    }

    @Test
    void startOrUpdate_outsideInit_throwsIncorrectStatusOnlyForInit() {
        String jobId = emulator.vpc().newJob(REGION).status(FailoverTestJobStatus.STOPPED).create().jobId();

        assertRefused("IncorrectStatus.OnlyForInit", ErrorCategory.INVALID_STATE, () -> start(jobId));
        assertRefused("IncorrectStatus.OnlyForInit", ErrorCategory.INVALID_STATE, () -> vpc.updateFailoverTestJob(
                UpdateFailoverTestJobRequest.builder().jobId(jobId).name("x").build()));
        assertEquals(0, emulator.vpc().job(jobId).orElseThrow().startCount());
    }

    @Test
    void delete_outsideInitOrStopped_throwsIncorrectStatusOnlyForInitOrStopped() {
        for (FailoverTestJobStatus status : List.of(FailoverTestJobStatus.STARTING, FailoverTestJobStatus.TESTING, FailoverTestJobStatus.STOPPING)) {
            String jobId = emulator.vpc().newJob(REGION).status(status).create().jobId();

            assertRefused("IncorrectStatus.OnlyForInitOrStopped", ErrorCategory.INVALID_STATE,
                    () -> vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().jobId(jobId).build()));
            assertEquals(status, status(jobId));
        }
    }

    @Test
    void stop_outsideTesting_throwsTheEmulatorsOnlyForTestingCode() {
        String jobId = create(JobType.START_LATER, "pc-a");

        assertRefused("Emulator.IncorrectStatus.OnlyForTesting", ErrorCategory.INVALID_STATE,
                () -> vpc.stopFailoverTestJob(StopFailoverTestJobRequest.builder().jobId(jobId).build()));
    }

    @Test
    void missingJobOrJobOfAnotherRegion_throwsIllegalParamJobId() {
        String elsewhere = emulator.vpc().newJob("cn-beijing").create().jobId();

        // A malformed id (ftj-NOT-LOWER-CASE) no longer leaves the client, so the cloud's answer means "not found".
        for (String jobId : List.of("ftj-doesnotexist", elsewhere)) {
            assertRefused("IllegalParam.JobId", ErrorCategory.NOT_FOUND, () -> start(jobId));
        }
    }

    @Test
    void start_whileAnotherJobOfTheRegionIsStartingOrTesting_throwsAnotherJobTesting() {
        emulator.vpc().newJob(REGION).status(FailoverTestJobStatus.TESTING).create();
        String second = create(JobType.START_LATER, "pc-other");
        String otherRegion = emulator.vpc().newJob("cn-beijing").create().jobId();

        assertRefused("AnotherJobTesting", ErrorCategory.CONFLICT, () -> start(second));
        vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().regionId("cn-beijing").jobId(otherRegion).build());
        assertEquals(FailoverTestJobStatus.INIT, status(second));
        assertEquals(FailoverTestJobStatus.STARTING, status(otherRegion));
    }

    @Test
    void createStartNow_whileAnotherJobIsStarting_throwsEcFailoverTestJobConflict() {
        create(JobType.START_NOW, "pc-a");

        assertRefused("EcFailoverTestJobConflict", ErrorCategory.CONFLICT, () -> create(JobType.START_NOW, "pc-b"));
        assertEquals(1, emulator.vpc().jobs().size());
    }

    @Test
    void circuitOfAJobInProgress_throwsEcFailoverTestJobResourceInAnotherProcessingJob() {
        emulator.vpc().newJob(REGION).status(FailoverTestJobStatus.TESTING).resourceIds("pc-shared").create();

        assertRefused("EcFailoverTestJobResourceInAnotherProcessingJob", ErrorCategory.CONFLICT,
                () -> create(JobType.START_LATER, "pc-mine", "pc-shared"));
    }

    @Test
    void malformedCircuitId_throwsIllegalParamResourceId() {
        assertRefused("IllegalParam.ResourceId", ErrorCategory.INVALID_PARAMETER, () -> create(JobType.START_LATER, "vbr-1"));
    }

    @ParameterizedTest
    @EnumSource(value = EmulatedVpc.PhysicalConnectionCondition.class, names = "HEALTHY", mode = EnumSource.Mode.EXCLUDE)
    void circuitCondition_refusesCreateAndStartWithItsDocumentedCode(EmulatedVpc.PhysicalConnectionCondition condition) {
        String healthyJob = create(JobType.START_LATER, "pc-later");
        emulator.vpc().physicalConnection(REGION, "pc-later", condition);
        emulator.vpc().physicalConnection(REGION, "pc-broken", condition);
        ErrorCode documented = condition.errorCode().orElseThrow();
        String code = documented.code();
        ErrorCategory category = code.startsWith("IllegalParam") ? ErrorCategory.INVALID_PARAMETER : ErrorCategory.INVALID_STATE;

        ServiceException e = assertRefused(code, category, () -> create(JobType.START_LATER, "pc-broken"));
        assertRefused(code, category, () -> start(healthyJob));

        assertEquals(documented.description(), e.errorMessage());
        assertEquals(1, emulator.vpc().jobs().size());
    }

    @Test
    void dryRun_checksWithoutCreating_andAnswersDryRunOperation() {
        assertRefused("DryRunOperation", ErrorCategory.INVALID_PARAMETER, () -> vpc.createFailoverTestJob(
                CreateFailoverTestJobRequest.builder().resourceIds("pc-a").jobType(JobType.START_NOW).jobDuration(5)
                        .dryRun(true).build()));

        assertTrue(emulator.vpc().jobs().isEmpty());
    }

    @Test
    void sameClientToken_actsOnce_andAnswersTheRepeatWithTheSameResult() {
        CreateFailoverTestJobRequest createRequest = CreateFailoverTestJobRequest.builder().resourceIds("pc-a")
                .jobType(JobType.START_LATER).jobDuration(30).clientToken("create-token-1").build();
        String first = vpc.createFailoverTestJob(createRequest).jobId();
        String second = vpc.createFailoverTestJob(createRequest).jobId();
        StartFailoverTestJobRequest startRequest = StartFailoverTestJobRequest.builder().jobId(first)
                .clientToken("start-token-1").build();
        vpc.startFailoverTestJob(startRequest);
        vpc.startFailoverTestJob(startRequest);

        assertEquals(first, second);
        assertEquals(1, emulator.vpc().jobs().size());
        assertEquals(1, emulator.vpc().job(first).orElseThrow().startCount());
        List<RecordedCall> starts = emulator.calls(EmulatedOperation.VPC_START_FAILOVER_TEST_JOB);
        assertFalse(starts.get(0).replayed());
        assertTrue(starts.get(1).replayed());
        assertEquals("start-token-1", starts.get(1).queryParameter("ClientToken").orElseThrow());
    }

    @Test
    void sameClientTokenWithOtherParameters_throwsIdempotentParameterMismatch() {
        vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder().resourceIds("pc-a").jobType(JobType.START_LATER)
                .jobDuration(30).clientToken("token-1").build());

        assertRefused("Emulator.IdempotentParameterMismatch", ErrorCategory.CONFLICT,
                () -> vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder().resourceIds("pc-b")
                        .jobType(JobType.START_LATER).jobDuration(30).clientToken("token-1").build()));
    }

    @Test
    void refusedRequest_isNotRemembered_soItsTokenWorksOnceTheObstacleIsGone() {
        String blocker = emulator.vpc().newJob(REGION).status(FailoverTestJobStatus.TESTING).create().jobId();
        String jobId = create(JobType.START_LATER, "pc-a");
        StartFailoverTestJobRequest request = StartFailoverTestJobRequest.builder().jobId(jobId).clientToken("t").build();
        assertRefused("AnotherJobTesting", ErrorCategory.CONFLICT, () -> vpc.startFailoverTestJob(request));

        emulator.vpc().setStatus(blocker, FailoverTestJobStatus.STOPPED);
        vpc.startFailoverTestJob(request);

        assertEquals(FailoverTestJobStatus.STARTING, status(jobId));
    }

    @Test
    void asyncStart_completesLikeTheSyncOne() throws Exception {
        String jobId = create(JobType.START_LATER, "pc-a");

        vpc.startFailoverTestJobAsync(StartFailoverTestJobRequest.builder().jobId(jobId).build()).get(5, TimeUnit.SECONDS);

        assertEquals(FailoverTestJobStatus.STARTING, status(jobId));
    }

    @Test
    void rpcV1AndSm3Clients_workAgainstTheEmulatorToo() {
        for (AliyunSignatureVersion version : AliyunSignatureVersion.values()) {
            try (VpcClient client = Fixtures.vpcBuilder(emulator, time).signatureVersion(version).build()) {
                client.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
                assertEquals(RecordedCall.AuthOutcome.ACCEPTED, emulator.lastCall().orElseThrow().authOutcome(), version.name());
            }
        }
    }
}
