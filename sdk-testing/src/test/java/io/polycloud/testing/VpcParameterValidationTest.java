package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.JobType;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.http.okhttp.OkHttpTransport;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.testsupport.FakeTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parameter values the VPC reference does not allow, sent raw (the real client refuses them
 * before sending): the emulator answers with its own codes, {@code Emulator.MissingParameter}
 * and {@code Emulator.InvalidParameter}, naming the parameter.
 */
class VpcParameterValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATE = "CreateFailoverTestJob";
    private static final String DESCRIBE = "DescribeFailoverTestJobs";

    private final FakeTime time = new FakeTime();
    private PolycloudEmulator emulator;
    private OkHttpTransport transport;

    @BeforeEach
    void start() {
        emulator = Fixtures.emulator(time);
        transport = OkHttpTransport.create();
    }

    @AfterEach
    void stop() {
        transport.close();
        emulator.close();
    }

    /** Sends an action with {@code k=v} parameters ({@code &}-separated, values unencoded). */
    private SdkHttpResponse send(String action, String parameters) throws IOException {
        SdkHttpRequest.Builder b = SdkHttpRequest.builder().method("POST").endpoint(emulator.baseUri())
                .addHeader("x-acs-action", action).addHeader("x-acs-version", "2016-04-28");
        for (String pair : parameters.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                b.addQueryParameter(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        SdkHttpRequest signed = Acs3Signer.hmacSha256().sign(b.build(), emulator.aliyunCredentials(), time.now(),
                UUID.randomUUID().toString());
        return transport.execute(signed, Duration.ofSeconds(5));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "CreateFailoverTestJob    | ResourceType=PHYSICALCONNECTION&ResourceId.1=pc-a&JobType=StartNow&JobDuration=5  | Emulator.MissingParameter | RegionId",
        "CreateFailoverTestJob    | RegionId=cn-hangzhou&ResourceId.1=pc-a&JobType=StartNow&JobDuration=5             | Emulator.MissingParameter | ResourceType",
        "CreateFailoverTestJob    | RegionId=cn-hangzhou&ResourceType=VBR&ResourceId.1=pc-a&JobType=StartNow&JobDuration=5 | Emulator.InvalidParameter | ResourceType",
        "CreateFailoverTestJob    | RegionId=cn-hangzhou&ResourceType=PHYSICALCONNECTION&JobType=StartNow&JobDuration=5 | Emulator.MissingParameter | ResourceId.1",
        "CreateFailoverTestJob    | RegionId=cn-hangzhou&ResourceType=PHYSICALCONNECTION&ResourceId.0=pc-a&JobType=StartNow&JobDuration=5 | Emulator.InvalidParameter | ResourceId.0",
        "CreateFailoverTestJob    | RegionId=cn-hangzhou&ResourceType=PHYSICALCONNECTION&ResourceId.1=pc-a&JobType=Later&JobDuration=5 | Emulator.InvalidParameter | JobType",
        "CreateFailoverTestJob    | RegionId=cn-hangzhou&ResourceType=PHYSICALCONNECTION&ResourceId.1=pc-a&JobType=StartNow&JobDuration=0 | Emulator.InvalidParameter | JobDuration",
        "CreateFailoverTestJob    | RegionId=cn-hangzhou&ResourceType=PHYSICALCONNECTION&ResourceId.1=pc-a&JobType=StartNow&JobDuration=4321 | Emulator.InvalidParameter | JobDuration",
        "CreateFailoverTestJob    | RegionId=cn-hangzhou&ResourceType=PHYSICALCONNECTION&ResourceId.1=pc-a&JobType=StartNow&JobDuration=5&DryRun=maybe | Emulator.InvalidParameter | DryRun",
        "StartFailoverTestJob     | RegionId=cn-hangzhou                                                                | Emulator.MissingParameter | JobId",
        "StartFailoverTestJob     | RegionId=cn-hangzhou&JobId=ftj-a&ClientToken=0123456789012345678901234567890123456789012345678901234567890123456789 | Emulator.InvalidParameter | ClientToken",
        "DescribeFailoverTestJobs | RegionId=cn-hangzhou&MaxResults=101                                                 | Emulator.InvalidParameter | MaxResults",
        "DescribeFailoverTestJobs | RegionId=cn-hangzhou&NextToken=not-a-token                                          | Emulator.InvalidParameter | NextToken",
        "DescribeFailoverTestJobs | RegionId=cn-hangzhou&Filter.1.Key=Colour&Filter.1.Value.1=red                        | Emulator.InvalidParameter | Filter.1.Key",
        "DescribeFailoverTestJobs | RegionId=cn-hangzhou&Filter.1.Value.1=ftj-a                                          | Emulator.MissingParameter | Filter.1.Key",
        "DescribeFailoverTestJobs | RegionId=cn-hangzhou&Filter.1.Key=JobId                                              | Emulator.MissingParameter | Filter.1.Value.1",
        "DescribeFailoverTestJobs | RegionId=cn-hangzhou&Filter.1.Key=ResourceId&Filter.1.Value.1=pc-a                   | Emulator.InvalidParameter | Filter.N.Key",
    })
    void disallowedValue_isRefusedWithTheEmulatorsCodeNamingTheParameter(String action, String parameters, String code,
                                                                          String parameter) throws IOException {
        SdkHttpResponse response = send(action, parameters);

        assertEquals(400, response.statusCode(), response.bodyAsString());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(code, body.get("Code").asText());
        assertTrue(body.get("Message").asText().contains("\"" + parameter + "\""), body.get("Message").asText());
        assertTrue(emulator.vpc().jobs().isEmpty());
    }

    @Test
    void seventeenCircuits_areRefusedWithInvalidParameter() throws IOException {
        StringBuilder parameters = new StringBuilder("RegionId=cn-hangzhou&ResourceType=PHYSICALCONNECTION&JobType=StartNow&JobDuration=5");
        for (int i = 1; i <= 17; i++) {
            parameters.append("&ResourceId.").append(i).append("=pc-r").append(i);
        }

        SdkHttpResponse response = send(CREATE, parameters.toString());

        assertEquals("Emulator.InvalidParameter", JSON.readTree(response.body()).get("Code").asText());
    }

    @Test
    void parametersInAFormBody_areReadLikeQueryParameters() throws IOException {
        SdkHttpRequest request = SdkHttpRequest.builder().method("POST").endpoint(emulator.baseUri())
                .addHeader("x-acs-action", DESCRIBE).addHeader("x-acs-version", "2016-04-28")
                .addHeader("Content-Type", "application/x-www-form-urlencoded")
                .body("RegionId=cn-beijing&MaxResults=3".getBytes(StandardCharsets.UTF_8)).build();
        emulator.vpc().newJob("cn-beijing").create();

        SdkHttpResponse response = transport.execute(
                Acs3Signer.hmacSha256().sign(request, emulator.aliyunCredentials(), time.now(), "form"), Duration.ofSeconds(5));

        assertEquals(200, response.statusCode(), response.bodyAsString());
        assertEquals(3, JSON.readTree(response.body()).get("MaxResults").asInt());
        assertEquals(1, JSON.readTree(response.body()).get("TotalCount").asInt());
    }

    @Test
    void badPercentEncoding_isAnsweredWithEmulatorMalformedRequest() throws IOException {
        RawHttp.Response response = RawHttp.send(emulator.port(), "POST /?RegionId=%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 0",
                new byte[0]);

        assertEquals(400, response.status());
        assertEquals("Emulator.MalformedRequest", JSON.readTree(response.body()).get("Code").asText());
    }

    @Test
    void valuesWithReservedAndNonAsciiCharacters_arriveExactlyAsTheClientSentThem() {
        String name = "演练 a+b&c=d/é%*~";
        try (VpcClient vpc = Fixtures.vpc(emulator, time)) {
            vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder().resourceIds("pc-a").jobType(JobType.START_LATER)
                    .jobDuration(5).name(name).description(name).build());
        }

        assertEquals(name, emulator.vpc().jobs().get(0).name().orElseThrow());
        assertEquals(RecordedCall.AuthOutcome.ACCEPTED, emulator.lastCall().orElseThrow().authOutcome());
    }
}
