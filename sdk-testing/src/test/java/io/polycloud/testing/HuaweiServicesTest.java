package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.http.okhttp.OkHttpTransport;
import io.polycloud.core.internal.signing.huawei.SdkHmacSigner;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.drs.model.DeleteJobResponse;
import io.polycloud.huawei.drs.model.Language;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulated DRS, DDS and LakeFormation deletes, driven through the real clients. */
class HuaweiServicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeTime time = new FakeTime();
    private PolycloudEmulator emulator;
    private DrsClient drs;
    private DdsClient dds;
    private LakeFormationClient lakeFormation;

    @BeforeEach
    void start() {
        emulator = Fixtures.emulator(time);
        drs = Fixtures.drs(emulator, time);
        dds = Fixtures.dds(emulator, time);
        lakeFormation = Fixtures.lakeFormation(emulator, time);
    }

    @AfterEach
    void stop() {
        drs.close();
        dds.close();
        lakeFormation.close();
        emulator.close();
    }

    private static void assertError(ServiceException e, int status, String code, ErrorCategory category) {
        assertEquals(status, e.httpStatus(), e.getMessage());
        assertEquals(code, e.errorCode());
        assertEquals(category, e.category());
        assertTrue(e.requestId().orElseThrow().matches("[0-9a-f]{32}"));
    }

    @Test
    void drsDeleteJob_whenStopped_deletesItAndAnswersWithTheRequestId() {
        emulator.drs().putJob("drs-job-1", EmulatedDrs.STOPPED);

        DeleteJobResponse response = drs.deleteJob(DeleteJobRequest.builder().jobId("drs-job-1").xLanguage(Language.EN_US).build());

        assertTrue(emulator.drs().jobs().isEmpty());
        RecordedCall call = emulator.lastCall().orElseThrow();
        assertEquals(EmulatedOperation.DRS_DELETE_JOB, call.operation());
        assertEquals("en-us", call.headers().first("X-Language").orElseThrow());
        assertEquals(200, call.status().orElseThrow());
        assertTrue(response.requestId().orElseThrow().matches("[0-9a-f]{32}"));
    }

    @Test
    void drsDeleteJob_whenRunning_throwsDrsM00304AndKeepsTheJob() {
        emulator.drs().putJob("drs-job-1", EmulatedDrs.RUNNING);

        ServiceException e = assertThrows(ServiceException.class,
                () -> drs.deleteJob(DeleteJobRequest.builder().jobId("drs-job-1").build()));

        assertError(e, 400, "DRS.M00304", ErrorCategory.INVALID_STATE);
        assertEquals("This API cannot be called in the current task status.", e.errorMessage());
        assertEquals(List.of(new EmulatedDrs.Job(emulator.huaweiProjectId(), "drs-job-1", EmulatedDrs.RUNNING, time.now())),
                emulator.drs().jobs());
    }

    @Test
    void drsDeleteJob_whenMissing_throwsDrs10000010() {
        ServiceException e = assertThrows(ServiceException.class,
                () -> drs.deleteJob(DeleteJobRequest.builder().jobId("no-such-job").build()));

        assertError(e, 400, "DRS.10000010", ErrorCategory.NOT_FOUND);
        assertEquals("Job does not exist, please check job ID.", e.errorMessage());
    }

    @Test
    void drsDeleteJob_ofAJobInAnotherProject_throwsDrs10000010() {
        emulator.drs().putJob("another-project", "drs-job-1", EmulatedDrs.STOPPED);

        ServiceException e = assertThrows(ServiceException.class,
                () -> drs.deleteJob(DeleteJobRequest.builder().jobId("drs-job-1").build()));

        assertEquals("DRS.10000010", e.errorCode());
    }

    @Test
    void ddsCancelScheduledTask_answers204_thenDbs280016With404() {
        emulator.dds().putScheduledTask("dds-task-1");
        CancelScheduledTaskRequest request = CancelScheduledTaskRequest.builder().jobId("dds-task-1").build();

        dds.cancelScheduledTask(request);
        ServiceException e = assertThrows(ServiceException.class, () -> dds.cancelScheduledTask(request));

        assertEquals(204, emulator.calls(EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK).get(0).status().orElseThrow());
        assertError(e, 404, "DBS.280016", ErrorCategory.NOT_FOUND);
        assertTrue(emulator.dds().scheduledTasks().isEmpty());
    }

    @Test
    void lakeFormationDeleteJob_whenStopped_deletesItAndReadsTheRequestIdFromXRequestId() {
        emulator.lakeFormation().putJob("lf-instance-1", "lf-job-1", EmulatedLakeFormation.STOPPED);

        io.polycloud.huawei.lakeformation.model.DeleteJobResponse response = lakeFormation.deleteJob(
                io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder().instanceId("lf-instance-1")
                        .jobId("lf-job-1").build());

        assertTrue(response.requestId().orElseThrow().matches("[0-9a-f]{32}"));
        assertTrue(emulator.lakeFormation().jobs().isEmpty());
    }

    @Test
    void lakeFormationDeleteJob_whenRunning_throwsEmulatorJobRunning() {
        emulator.lakeFormation().putJob("lf-instance-1", "lf-job-1", EmulatedLakeFormation.RUNNING);

        ServiceException e = assertThrows(ServiceException.class, () -> lakeFormation.deleteJob(
                io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder().instanceId("lf-instance-1")
                        .jobId("lf-job-1").build()));

        assertError(e, 400, "Emulator.JobRunning", ErrorCategory.INVALID_STATE);
        assertEquals(1, emulator.lakeFormation().jobs().size());
    }

    @Test
    void lakeFormationDeleteJob_whenJobOrInstanceMissing_throwsCommon01000001With404() {
        emulator.lakeFormation().putJob("lf-instance-1", "lf-job-1", EmulatedLakeFormation.STOPPED);

        for (String[] ids : new String[][] {{"lf-instance-1", "lf-job-2"}, {"lf-instance-2", "lf-job-1"}}) {
            ServiceException e = assertThrows(ServiceException.class, () -> lakeFormation.deleteJob(
                    io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder().instanceId(ids[0]).jobId(ids[1])
                            .build()));

            assertError(e, 404, "common.01000001", ErrorCategory.NOT_FOUND);
        }
    }

    /** The clients encode path parameters as single segments; the emulator decodes them the same way. */
    @Test
    void idsWithReservedCharacters_reachTheEmulatorAsOnePathSegment() {
        String jobId = "a/../b?x=1#y z+%";
        emulator.drs().putJob(jobId, EmulatedDrs.STOPPED);
        emulator.drs().putJob("b", EmulatedDrs.STOPPED);

        drs.deleteJob(DeleteJobRequest.builder().jobId(jobId).build());

        assertEquals(List.of("b"), emulator.drs().jobs().stream().map(EmulatedDrs.Job::jobId).toList());
        RecordedCall call = emulator.lastCall().orElseThrow();
        assertEquals("/v5/" + emulator.huaweiProjectId() + "/jobs/a%2F..%2Fb%3Fx%3D1%23y%20z%2B%25", call.path());
        assertEquals(List.of("v5", emulator.huaweiProjectId(), "jobs", jobId), call.pathSegments());
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, call.authOutcome());
    }

    @Test
    void nonAsciiIds_areDecodedAsUtf8_andTheSignatureVerifies() {
        String instanceId = "湖仓-ü";
        String jobId = "作业 1";
        emulator.lakeFormation().putJob(instanceId, jobId, EmulatedLakeFormation.STOPPED);

        lakeFormation.deleteJob(io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder().instanceId(instanceId)
                .jobId(jobId).build());

        assertTrue(emulator.lakeFormation().jobs().isEmpty());
        assertEquals(List.of("v1", emulator.huaweiProjectId(), "instances", instanceId, "lf-jobs", jobId),
                emulator.lastCall().orElseThrow().pathSegments());
    }

    /** AK/SK requests are scoped by their signed X-Project-Id; each service refuses another project its own way. */
    @Test
    void projectIdHeaderOtherThanThePathsProject_isRefusedWithEachServicesCode() throws IOException {
        String[][] cases = {
            {"/v5/p-path/jobs/j", "403", "DRS.M00261"},
            {"/v3/p-path/scheduled-jobs/j", "400", "DBS.280408"},
            {"/v1/p-path/instances/i/lf-jobs/j", "403", "403"},
        };
        JsonNode body = null;
        try (OkHttpTransport transport = OkHttpTransport.create()) {
            for (String[] c : cases) {
                SdkHttpRequest request = SdkHttpRequest.builder().method("DELETE").endpoint(emulator.baseUri())
                        .appendEncodedPath(c[0]).addHeader("X-Project-Id", "p-header").build();
                SdkHttpResponse response = transport.execute(
                        SdkHmacSigner.hmacSha256().sign(request, emulator.huaweiCredentials(), time.now()), Duration.ofSeconds(5));
                body = JSON.readTree(response.body());

                assertEquals(Integer.parseInt(c[1]), response.statusCode(), c[0]);
                assertEquals(c[2], body.get("error_code").asText());
            }
        }
        // LakeFormation's 403 is API Gateway's nested form.
        assertEquals("Forbidden", body.get("error").get("title").asText());
        assertEquals("X-Auth-Token is invalid in the request", body.get("error_msg").asText());
    }

    @Test
    void unknownHuaweiPath_isAnsweredWithApig0101() throws IOException {
        try (OkHttpTransport transport = OkHttpTransport.create()) {
            SdkHttpResponse response = transport.execute(SdkHttpRequest.builder().method("GET").endpoint(emulator.baseUri())
                    .appendEncodedPath("/v5/p/widgets/j").build(), Duration.ofSeconds(5));

            assertEquals(404, response.statusCode());
            assertEquals("APIG.0101", JSON.readTree(response.body()).get("error_code").asText());
            assertEquals(EmulatedOperation.HUAWEI_UNKNOWN, emulator.lastCall().orElseThrow().operation());
        }
    }

    @Test
    void asyncDelete_completesLikeTheSyncOne() throws Exception {
        emulator.drs().putJob("drs-job-1", EmulatedDrs.STOPPED);

        drs.deleteJobAsync(DeleteJobRequest.builder().jobId("drs-job-1").build()).get(5, TimeUnit.SECONDS);

        assertTrue(emulator.drs().jobs().isEmpty());
    }
}
