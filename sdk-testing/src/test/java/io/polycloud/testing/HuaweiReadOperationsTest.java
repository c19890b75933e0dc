package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.http.okhttp.OkHttpTransport;
import io.polycloud.core.internal.signing.huawei.SdkHmacSigner;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.huawei.dds.DdsErrorCodes;
import io.polycloud.huawei.drs.DrsErrorCodes;
import io.polycloud.huawei.lakeformation.LakeFormationErrorCodes;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three read operations a clean-up makes before it deletes (DRS ShowJobDetail, DDS
 * ListScheduledTasks, LakeFormation ShowJob), on requests signed as the clients sign them, and
 * the state rules the deletes follow: what each status allows, and the documented not-found and
 * wrong-state codes.
 */
class HuaweiReadOperationsTest {

    private final FakeTime time = new FakeTime();
    private final PolycloudEmulator emulator = Fixtures.emulator(time);
    private final OkHttpTransport transport = OkHttpTransport.create();

    @AfterEach
    void stop() {
        transport.close();
        emulator.close();
    }

    private SdkHttpResponse send(String method, String encodedPath, String query) throws IOException {
        return send(method, emulator.huaweiProjectId(), encodedPath, query);
    }

    /**
     * Signed as the clients sign: SDK-HMAC-SHA256 over host, user agent, project id and date;
     * Content-Type unsigned. The signed {@code X-Project-Id} is always the emulator's project.
     */
    private SdkHttpResponse send(String method, String pathProject, String encodedPath, String query) throws IOException {
        SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(method).endpoint(emulator.baseUri())
                .appendEncodedPath(encodedPath.replace("{p}", pathProject))
                .addHeader("Content-Type", "application/json").addHeader("User-Agent", "polycloud-test")
                .addHeader("X-Project-Id", emulator.huaweiProjectId());
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                b.addQueryParameter(kv[0], kv[1]);
            }
        }
        SdkHttpRequest signed = SdkHmacSigner.hmacSha256().sign(b.build(), emulator.huaweiCredentials(), time.now());
        return transport.execute(signed, Duration.ofSeconds(5));
    }

    private static JsonNode body(SdkHttpResponse response) {
        return Fixtures.json(response.bodyAsString());
    }

    private static void assertError(SdkHttpResponse response, int status, String code) {
        assertEquals(status, response.statusCode(), response.bodyAsString());
        assertEquals(code, body(response).get("error_code").asText());
    }

    @Test
    void drsShowJobDetail_reportsTheJobsStatus_andAMissingJobIsDrs10000010() throws IOException {
        emulator.drs().putJob("drs-1", EmulatedDrs.RUNNING);

        SdkHttpResponse shown = send("GET", "/v5/{p}/jobs/drs-1", "type=overview");
        SdkHttpResponse missing = send("GET", "/v5/{p}/jobs/nope", "type=overview");
        SdkHttpResponse noType = send("GET", "/v5/{p}/jobs/drs-1", null);

        assertEquals(200, shown.statusCode());
        JsonNode job = body(shown).get("job");
        assertEquals("drs-1", job.get("id").asText());
        assertEquals("INCRE_TRANSFER_STARTED", job.get("status").asText());
        assertEquals(Long.toString(time.now().toEpochMilli()), job.get("create_time").asText());
        assertEquals(emulator.lastCall().orElseThrow().requestId(), noType.header("X-Request-Id").orElseThrow());
        assertError(missing, 400, DrsErrorCodes.JOB_NOT_FOUND.code());
        assertError(noType, 400, DrsErrorCodes.PARAMETER_EMPTY.code());
        assertEquals(EmulatedOperation.DRS_SHOW_JOB_DETAIL, emulator.lastCall().orElseThrow().operation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATING", "CONFIGURATION", "FULL_TRANSFER_STARTED", "INCRE_TRANSFER_STARTED", "PAUSING",
            "RELEASE_RESOURCE_STARTED"})
    void drsDeleteJob_inAnyStatusButStopped_isRefusedWithDrsM00304AndKeepsTheJob(String status) throws IOException {
        emulator.drs().putJob("drs-1", status);

        assertError(send("DELETE", "/v5/{p}/jobs/drs-1", null), 400, DrsErrorCodes.TASK_STATUS_NOT_ALLOWED.code());
        assertEquals(status, emulator.drs().jobs().get(0).status());
    }

    @Test
    void drsDeleteJob_ofAStoppedJobDeletesIt_andOfADeletedOneIsDrsM05004() throws IOException {
        emulator.drs().putJob("stopped", EmulatedDrs.STOPPED);
        emulator.drs().putJob("gone", "DELETED");

        assertEquals(200, send("DELETE", "/v5/{p}/jobs/stopped", null).statusCode());
        assertError(send("DELETE", "/v5/{p}/jobs/gone", null), 400, DrsErrorCodes.TASK_DELETED.code());
        assertError(send("GET", "/v5/{p}/jobs/stopped", "type=overview"), 400, DrsErrorCodes.JOB_NOT_FOUND.code());
    }

    @Test
    void readsOfAProjectOtherThanTheSignedOne_areRefusedWithEachServicesCode() throws IOException {
        assertError(send("GET", "another-project", "/v5/{p}/jobs/drs-1", "type=overview"), 403,
                DrsErrorCodes.INVALID_PROJECT_ID.code());
        assertError(send("GET", "another-project", "/v3/{p}/scheduled-jobs", null), 400,
                DdsErrorCodes.INVALID_PROJECT_ID.code());
        assertEquals(403, send("GET", "another-project", "/v1/{p}/instances/i/lf-jobs/j", null).statusCode());
    }

    @Test
    void ddsListScheduledTasks_filtersByNameStatusAndInstance_andPagesWithTheTotalOfEveryMatch() throws IOException {
        emulator.dds().putScheduledTask("t-1");
        emulator.dds().newScheduledTask("t-2").status("Running").instanceId("dds-a").put();
        emulator.dds().newScheduledTask("t-3").instanceId("dds-a").jobName("UPGRADE_DB").put();
        emulator.dds().newScheduledTask("t-4").projectId("another-project").put();

        JsonNode all = body(send("GET", "/v3/{p}/scheduled-jobs", null));
        JsonNode page = body(send("GET", "/v3/{p}/scheduled-jobs", "offset=1&limit=1"));
        JsonNode onInstance = body(send("GET", "/v3/{p}/scheduled-jobs", "instance_id=dds-a&job_status=Pending"));
        JsonNode byName = body(send("GET", "/v3/{p}/scheduled-jobs", "job_name=RESIZE_FLAVOR"));

        assertEquals(3, all.get("total_count").asInt());
        assertEquals(List.of("t-1", "t-2", "t-3"), ids(all));
        JsonNode first = all.get("schedules").get(0);
        assertEquals("Pending", first.get("job_status").asText());
        assertEquals("RESIZE_FLAVOR", first.get("job_name").asText());
        assertFalse(first.has("instance_id"), "a task on no instance names none");
        assertEquals("2026-11-22T10:15:30+0000", first.get("create_time").asText());
        assertEquals(3, page.get("total_count").asInt());
        assertEquals(List.of("t-2"), ids(page));
        assertEquals(List.of("t-3"), ids(onInstance));
        assertEquals(List.of("t-1", "t-2"), ids(byName));
    }

    @Test
    void ddsListScheduledTasks_coversTheLastSevenDaysUnlessTheRequestSaysOtherwise() throws IOException {
        emulator.dds().putScheduledTask("old");
        time.advance(Duration.ofDays(8));
        emulator.dds().putScheduledTask("new");

        assertEquals(List.of("new"), ids(body(send("GET", "/v3/{p}/scheduled-jobs", null))));
        assertEquals(List.of("old"), ids(body(send("GET", "/v3/{p}/scheduled-jobs",
                "start_time=2026-11-22T18:00:00+0800&end_time=2026-11-22T19:00:00+0800"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "offset=-1", "limit=x", "start_time=2026-11-22", "end_time=yesterday"})
    void ddsListScheduledTasks_withAnOutOfRangeOrMalformedParameter_isDbs200001(String query) throws IOException {
        assertError(send("GET", "/v3/{p}/scheduled-jobs", query), 400, DdsErrorCodes.PARAMETER_ERROR.code());
    }

    @Test
    void ddsCancelScheduledTask_onlyOfAPendingTask_theRestIsDbs280042OrNotFound() throws IOException {
        emulator.dds().putScheduledTask("pending");
        emulator.dds().newScheduledTask("running").status("Running").put();
        emulator.dds().newScheduledTask("canceled").status("Canceled").put();

        assertEquals(204, send("DELETE", "/v3/{p}/scheduled-jobs/pending", null).statusCode());
        assertError(send("DELETE", "/v3/{p}/scheduled-jobs/running", null), 403, DdsErrorCodes.INVALID_REQUEST.code());
        assertError(send("DELETE", "/v3/{p}/scheduled-jobs/canceled", null), 404, DdsErrorCodes.RESOURCE_NOT_FOUND.code());
        assertEquals(List.of("running", "canceled"), ids(body(send("GET", "/v3/{p}/scheduled-jobs", null))));
    }

    @Test
    void lakeFormationShowJob_reportsTheStatusWithTheRequestIdInXRequestId_andMissingIs404() throws IOException {
        emulator.lakeFormation().putJob("lf-i", "lf-1", "SUBMITTED");

        SdkHttpResponse shown = send("GET", "/v1/{p}/instances/lf-i/lf-jobs/lf-1", null);
        SdkHttpResponse otherInstance = send("GET", "/v1/{p}/instances/lf-x/lf-jobs/lf-1", null);

        assertEquals(200, shown.statusCode());
        assertEquals("lf-1", body(shown).get("id").asText());
        assertEquals("SUBMITTED", body(shown).get("status").asText());
        assertEquals("2026-11-22T10:15:30.000Z", body(shown).get("create_time").asText());
        assertTrue(shown.headers().names().contains("X-request-id"), "spelled as LakeFormation spells it");
        assertError(otherInstance, 404, LakeFormationErrorCodes.NOT_FOUND.code());
        assertEquals(EmulatedOperation.LAKEFORMATION_SHOW_JOB, emulator.lastCall().orElseThrow().operation());
    }

    @Test
    void lakeFormationDeleteJob_refusesASubmittedOrRunningJob_andDeletesTheOthers() throws IOException {
        for (String status : List.of("CREATED", "SUBMITTED", "RUNNING", "SUCCESS", "FAILED", "STOPPED")) {
            emulator.lakeFormation().putJob("lf-i", status, status);
        }
        for (String status : List.of("CREATED", "SUBMITTED", "RUNNING", "SUCCESS", "FAILED", "STOPPED")) {
            SdkHttpResponse response = send("DELETE", "/v1/{p}/instances/lf-i/lf-jobs/" + status, null);
            if (status.equals("SUBMITTED") || status.equals("RUNNING")) {
                assertError(response, 400, "Emulator.JobRunning");
            } else {
                assertEquals(200, response.statusCode(), status);
            }
        }
        assertEquals(List.of("SUBMITTED", "RUNNING"), emulator.lakeFormation().jobs().stream()
                .map(EmulatedLakeFormation.Job::status).toList());
    }

    @Test
    void facades_refuseAStatusTheServiceDoesNotReport() {
        assertThrows(SdkClientException.class, () -> emulator.drs().putJob("j", "STOPPED"));
        assertThrows(SdkClientException.class, () -> emulator.dds().newScheduledTask("t").status("pending"));
        assertThrows(SdkClientException.class, () -> emulator.lakeFormation().putJob("i", "j", "Running"));
    }

    private static List<String> ids(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.get("schedules").spliterator(), false)
                .map(n -> n.get("job_id").asText()).toList();
    }
}
