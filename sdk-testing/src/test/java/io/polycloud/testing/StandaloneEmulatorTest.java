package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.testing.standalone.EmulatorMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone launcher, run in-process on a free port, and the admin API it offers to other languages. */
class StandaloneEmulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = """
            {
              "vpc": {
                "physicalConnections": [{"regionId": "cn-hangzhou", "resourceId": "pc-vlan0", "condition": "VPCONN_WITH_VLAN0"}],
                "jobs": [{"regionId": "cn-hangzhou", "jobId": "ftj-seeded0001", "status": "Init", "name": "seeded",
                          "resourceIds": ["pc-seeded"], "jobDuration": 30}]
              },
              "drs": {"jobs": [{"jobId": "drs-seeded", "state": "STOPPED"}]},
              "dds": {"scheduledTasks": [{"projectId": "p-other", "jobId": "dds-seeded"}]},
              "lakeFormation": {"jobs": [{"instanceId": "i-1", "jobId": "lf-seeded", "state": "RUNNING"}]}
            }
            """;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PolycloudEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private PolycloudEmulator launch(String... args) {
        emulator = EmulatorMain.start(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return emulator;
    }

    private JsonNode admin(String method, String path, String body, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/_emulator" + path))
                .timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void launcher_printsItsUrlAndCredentials_andAcceptsTheCredentialsGivenByFlag(@TempDir Path dir) throws IOException {
        Path seed = Files.writeString(dir.resolve("jobs.json"), SEED);

        launch("--port", "0", "--aliyun-credentials", "TESTAKFlagKey:flag-secret", "--huawei-credentials", "FLAGAK:flag-sk",
                "--huawei-project-id", "flagproject", "--transition-seconds", "0", "--seed", seed.toString());

        String banner = printed.toString(StandardCharsets.UTF_8);
        assertTrue(banner.startsWith("Polycloud emulator listening on " + emulator.baseUri()), banner);
        assertTrue(banner.contains("access key id TESTAKFlagKey  access key secret flag-secret"), banner);
        assertTrue(banner.contains("AK FLAGAK  SK flag-sk"), banner);
        assertTrue(banner.contains("project id flagproject"), banner);
        assertTrue(banner.contains(emulator.baseUri() + "/_emulator/"), banner);
        try (VpcClient vpc = VpcClient.builder().region("cn-hangzhou").endpointOverride(emulator.baseUri())
                .credentials(AliyunCredentials.of("TESTAKFlagKey", "flag-secret")).build();
             VpcClient withDefaultKeys = VpcClient.builder().region("cn-hangzhou").endpointOverride(emulator.baseUri())
                     .credentials(PolycloudEmulator.DEFAULT_ALIYUN_CREDENTIALS).retryPolicy(RetryPolicy.none()).build();
             DrsClient drs = DrsClient.builder().region("cn-north-4").endpointOverride(emulator.baseUri())
                     .credentials(HuaweiCredentials.of("FLAGAK", "flag-sk")).projectId("flagproject").build()) {
            vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId("ftj-seeded0001").build());
            drs.deleteJob(DeleteJobRequest.builder().jobId("drs-seeded").build());
            ServiceException e = assertThrows(ServiceException.class,
                    () -> withDefaultKeys.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build()));
            assertEquals("InvalidAccessKeyId.NotFound", e.errorCode());
        }
        assertEquals(FailoverTestJobStatus.TESTING, emulator.vpc().job("ftj-seeded0001").orElseThrow().status(),
                "--transition-seconds 0 makes Starting last no time");
        assertTrue(emulator.drs().jobs().isEmpty());
        assertEquals("p-other", emulator.dds().scheduledTasks().get(0).projectId());
        assertEquals(EmulatedLakeFormation.RUNNING, emulator.lakeFormation().jobs().get(0).status());
    }

    @Test
    void launcher_refusesBadFlags_andPrintsUsageForHelp() {
        assertThrows(IllegalArgumentException.class, () -> launch("--bogus", "1"));
        assertThrows(IllegalArgumentException.class, () -> launch("--port"));
        assertThrows(IllegalArgumentException.class, () -> launch("--port", "eighty"));
        assertThrows(IllegalArgumentException.class, () -> launch("--aliyun-credentials", "no-colon"));
        assertThrows(SdkClientException.class, () -> launch("--port", "70000"));
        for (String flag : List.of("--aliyun-credentials", "--huawei-credentials")) {
            for (String value : List.of("K1D", "K1D:", ":S3CR3T", "K1D:S3CR3T:", "K1D::T0K3N", "K1D:S3CR3T:T0K3N:M0R3", "")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> launch(flag, value),
                        flag + " " + value);
                assertTrue(e.getMessage().startsWith(flag + " must be AK:SK or AK:SK:TOKEN"), e.getMessage());
                assertFalse(e.getMessage().matches(".*(S3CR3T|T0K3N|M0R3).*"), "the message never repeats a secret");
            }
        }

        assertNull(launch("--help"));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("--aliyun-credentials AK:SK[:TOKEN]"));
    }

    @Test
    void launcher_registersTemporaryHuaweiCredentials_fromAkSkToken() {
        launch("--huawei-credentials", "TEMPAK:temp-sk:temp-token");

        HuaweiCredentials registered = emulator.huaweiCredentials();
        assertEquals("TEMPAK", registered.accessKey());
        assertEquals("temp-sk", registered.secretKey());
        assertEquals("temp-token", registered.securityToken().orElseThrow());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("AK TEMPAK  SK temp-sk  security token temp-token"));
        emulator.drs().putJob("job-1", EmulatedDrs.STOPPED);
        try (DrsClient withToken = DrsClient.builder().region("cn-north-4").endpointOverride(emulator.baseUri())
                     .credentials(registered).projectId(emulator.huaweiProjectId()).build();
             DrsClient withoutToken = DrsClient.builder().region("cn-north-4").endpointOverride(emulator.baseUri())
                     .credentials(HuaweiCredentials.of("TEMPAK", "temp-sk")).projectId(emulator.huaweiProjectId())
                     .retryPolicy(RetryPolicy.none()).build()) {
            ServiceException refused = assertThrows(ServiceException.class,
                    () -> withoutToken.deleteJob(DeleteJobRequest.builder().jobId("job-1").build()));
            assertEquals("APIG.0301", refused.errorCode());
            withToken.deleteJob(DeleteJobRequest.builder().jobId("job-1").build());
        }
        assertTrue(emulator.drs().jobs().isEmpty());
    }

    @Test
    void launcher_refusesAnInvalidSeedFile(@TempDir Path dir) throws IOException {
        Path seed = Files.writeString(dir.resolve("bad.json"), "{\"vpc\":{\"jobs\":[{\"regionId\":\"cn-hangzhou\",\"status\":\"Flying\"}]}}");

        SdkClientException e = assertThrows(SdkClientException.class, () -> launch("--seed", seed.toString()));

        assertTrue(e.getMessage().contains("status must be one of"), e.getMessage());
    }

    @Test
    void adminApi_putsJobsSetsStatusesAndAdvancesTime() throws Exception {
        launch();

        JsonNode info = admin("GET", "", null, 200);
        assertEquals(emulator.baseUri().toString(), info.get("baseUrl").asText());
        assertEquals(PolycloudEmulator.DEFAULT_ALIYUN_CREDENTIALS.accessKeySecret(),
                info.get("aliyunCredentials").get(0).get("accessKeySecret").asText());
        assertEquals(emulator.iamUser().password(), info.get("iamUser").get("password").asText());

        JsonNode job = admin("POST", "/vpc/jobs", "{\"regionId\":\"cn-hangzhou\",\"status\":\"Starting\"}", 200);
        String jobId = job.get("jobId").asText();
        assertEquals("Starting", job.get("status").asText());
        admin("POST", "/time/advance", "{\"seconds\":3}", 200);
        assertEquals("Testing", admin("GET", "/vpc/jobs", null, 200).get(0).get("status").asText());
        assertEquals("Stopping", admin("POST", "/vpc/jobs/" + jobId + "/status", "{\"status\":\"Stopping\"}", 200)
                .get("status").asText());
        assertEquals("Stopped", admin("POST", "/vpc/complete-transitions", null, 200).get(0).get("status").asText());
        admin("POST", "/vpc/physical-connections", "{\"regionId\":\"cn-hangzhou\",\"resourceId\":\"pc-x\","
                + "\"condition\":\"INCORRECT_STATUS\"}", 200);

        assertEquals("INCRE_TRANSFER_STARTED", admin("POST", "/drs/jobs", "{\"jobId\":\"d1\",\"state\":\"RUNNING\"}", 200)
                .get("status").asText(), "the older RUNNING|STOPPED state maps to the service's status");
        assertEquals("FULL_TRANSFER_STARTED", admin("POST", "/drs/jobs",
                "{\"jobId\":\"d2\",\"status\":\"FULL_TRANSFER_STARTED\"}", 200).get("status").asText());
        assertEquals("Running", admin("POST", "/dds/scheduled-tasks", "{\"jobId\":\"t2\",\"jobStatus\":\"Running\","
                + "\"instanceId\":\"dds-1\"}", 200).get("jobStatus").asText());
        assertEquals(emulator.huaweiProjectId(), admin("POST", "/dds/scheduled-tasks", "{\"jobId\":\"t1\"}", 200)
                .get("projectId").asText());
        admin("POST", "/lakeformation/jobs", "{\"instanceId\":\"i1\",\"jobId\":\"l1\"}", 200);
        assertEquals(2, admin("GET", "/drs/jobs", null, 200).size());
        assertEquals(2, admin("GET", "/dds/scheduled-tasks", null, 200).size());
        assertEquals("STOPPED", admin("GET", "/lakeformation/jobs", null, 200).get(0).get("status").asText());
        assertEquals(5, admin("POST", "/seed", SEED, 200).get("applied").asInt());

        admin("POST", "/reset", null, 200);
        assertEquals(0, admin("GET", "/vpc/jobs", null, 200).size());
        assertEquals(0, admin("GET", "/drs/jobs", null, 200).size());
    }

    @Test
    void adminApi_injectsFaults_andListsRedactedRequests() throws Exception {
        launch();
        admin("POST", "/faults", "{\"type\":\"error\",\"status\":503,\"code\":\"ServiceUnavailable\",\"message\":\"busy\","
                + "\"times\":1,\"operations\":[\"DescribeFailoverTestJobs\"]}", 200);
        assertEquals("error 503 ServiceUnavailable times=1 onlyFor=[VPC_DESCRIBE_FAILOVER_TEST_JOBS]",
                admin("GET", "/faults", null, 200).get(0).get("fault").asText());

        try (VpcClient vpc = VpcClient.builder().region("cn-hangzhou").endpointOverride(emulator.baseUri())
                .credentials(emulator.aliyunCredentials()).retryPolicy(RetryPolicy.none()).build()) {
            ServiceException e = assertThrows(ServiceException.class,
                    () -> vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build()));
            assertEquals("ServiceUnavailable", e.errorCode());
            vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
        }

        JsonNode requests = admin("GET", "/requests", null, 200);
        assertEquals(2, requests.size());
        JsonNode first = requests.get(0);
        assertEquals("VPC_DESCRIBE_FAILOVER_TEST_JOBS", first.get("operation").asText());
        assertEquals("DescribeFailoverTestJobs", first.get("apiName").asText());
        assertEquals(503, first.get("status").asInt());
        assertEquals("NOT_CHECKED", first.get("authOutcome").asText());
        assertEquals("ACCEPTED", requests.get(1).get("authOutcome").asText());
        assertFalse(requests.toString().contains(emulator.aliyunCredentials().accessKeySecret()));
        for (JsonNode header : requests.get(1).get("headers")) {
            if (header.get("name").asText().equalsIgnoreCase("Authorization")) {
                assertEquals("***", header.get("value").asText());
            }
        }

        admin("DELETE", "/requests", null, 200);
        assertEquals(0, admin("GET", "/requests", null, 200).size());
        admin("POST", "/faults", "{\"type\":\"throttle\",\"retryAfterSeconds\":1,\"times\":3}", 200);
        admin("DELETE", "/faults", null, 200);
        assertEquals(0, admin("GET", "/faults", null, 200).size());
    }

    @Test
    void adminApi_answersBadInputWith400AndUnknownPathsWith404() throws Exception {
        launch();

        assertTrue(admin("POST", "/faults", "{\"type\":\"explode\"}", 400).get("error").asText().contains("fault type"));
        assertTrue(admin("POST", "/vpc/jobs", "not json", 400).get("error").asText().contains("not valid JSON"));
        assertTrue(admin("POST", "/vpc/jobs/ftj-none/status", "{\"status\":\"Testing\"}", 400).get("error").asText()
                .contains("names no emulated failover test job"));
        admin("GET", "/nothing-here", null, 404);
        assertTrue(emulator.calls().isEmpty(), "admin calls are not recorded");
    }
}
