package io.polycloud.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import io.polycloud.huawei.lakeformation.model.ShowJobRequest;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.RecordedCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the command sends is what the service modules send: the same jobs deleted once by
 * {@code polycloud jobs delete} and once by the service clients, both recorded by one loopback
 * emulator, compare equal request by request: method, raw path, query, every header and the
 * body, and the set of signed headers. Only what must differ between two requests is masked:
 * timestamps, nonces, signatures and the ClientToken (random per call, whoever sends it).
 */
class CliWireTest {

    private static final String P = PolycloudEmulator.DEFAULT_HUAWEI_PROJECT_ID;
    private static final String VPC_JOB = "ftj-wire0001";
    private static final String DRS_JOB = "wire/job ?#%1";   // travels as one percent-encoded segment
    private static final String DDS_JOB = "3861199d-c196-4791-bcd0-b45fde754f50";
    private static final String LF_INSTANCE = "2180518f-42b8-4947-b20b-adfc53981a25";
    private static final String LF_JOB = "0c4f1b2e-8a4d-4d6f-9e1a-5b7c3d2e1f00";
    private static final List<String> MASKED_HEADERS = List.of("authorization", "x-acs-date", "x-acs-signature-nonce", "x-sdk-date");
    private static final Pattern SIGNED_HEADERS = Pattern.compile("SignedHeaders=([^,]+)");

    private static PolycloudEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = PolycloudEmulator.start();
        DefaultChainKeys.set(emulator);
    }

    @AfterAll
    static void stop() {
        DefaultChainKeys.clear();
        emulator.close();
    }

    @Test
    void cliRequests_equalTheServiceClientsRequests() {
        seed();
        Run cli = Run.of(Map.of("POLYCLOUD_ALIYUN_ENDPOINT", emulator.baseUri().toString(),
                        "POLYCLOUD_HUAWEI_ENDPOINT", emulator.baseUri().toString()), "", false, "jobs", "delete",
                "aliyun://vpc/cn-hangzhou/failover-test-jobs/" + VPC_JOB,
                "huawei://drs/cn-north-4/" + P + "/jobs/wire%2Fjob%20%3F%23%251",
                "huawei://dds/cn-north-4/" + P + "/scheduled-jobs/" + DDS_JOB,
                "huawei://lakeformation/cn-north-4/" + P + "/instances/" + LF_INSTANCE + "/lf-jobs/" + LF_JOB);
        assertEquals(0, cli.exit(), cli::toString);
        List<String> fromCli = wire(emulator.calls());

        seed();
        try (VpcClient vpc = emulator.configure(VpcClient.builder()).region("cn-hangzhou").build();
             DrsClient drs = emulator.configure(DrsClient.builder()).region("cn-north-4").build();
             DdsClient dds = emulator.configure(DdsClient.builder()).region("cn-north-4").build();
             LakeFormationClient lf = emulator.configure(LakeFormationClient.builder()).region("cn-north-4").build()) {
            vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().regionId("cn-hangzhou").jobId(VPC_JOB).build());
            drs.deleteJob(DeleteJobRequest.builder().jobId(DRS_JOB).build());
            dds.cancelScheduledTask(CancelScheduledTaskRequest.builder().jobId(DDS_JOB).build());
            lf.showJob(new ShowJobRequest(LF_INSTANCE, LF_JOB));
            lf.deleteJob(io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                    .instanceId(LF_INSTANCE).jobId(LF_JOB).build());
        }
        List<String> fromClients = wire(emulator.calls());

        assertEquals(5, fromClients.size());
        assertEquals(fromClients, fromCli);
    }

    private static void seed() {
        emulator.reset();
        emulator.vpc().newJob("cn-hangzhou").jobId(VPC_JOB).status(FailoverTestJobStatus.STOPPED).create();
        emulator.drs().putJob(DRS_JOB, EmulatedDrs.STOPPED);
        emulator.dds().putScheduledTask(DDS_JOB);
        emulator.lakeFormation().putJob(LF_INSTANCE, LF_JOB, EmulatedLakeFormation.STOPPED);
    }

    /** Each request as text, masked where two sends must differ, sorted (the command sends concurrently). */
    private static List<String> wire(List<RecordedCall> calls) {
        List<String> requests = new ArrayList<>();
        for (RecordedCall call : calls) {
            StringBuilder text = new StringBuilder(call.operation() + "\n" + call.method() + " " + call.path() + "\n");
            call.queryParameters().forEach(q -> text.append("query ").append(q.name()).append('=')
                    .append(q.name().equals("ClientToken") ? "<token>" : q.value()).append('\n'));
            Map<String, List<String>> headers = new TreeMap<>();
            call.headers().forEach((name, value) -> headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .add(MASKED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<masked>" : value));
            headers.forEach((name, values) -> text.append("header ").append(name).append(": ").append(values).append('\n'));
            Matcher signed = SIGNED_HEADERS.matcher(call.headers().first("Authorization").orElse(""));
            text.append("signed ").append(signed.find() ? signed.group(1) : "-").append('\n');
            text.append("body ").append(call.bodyAsString()).append('\n');
            requests.add(text.toString());
        }
        requests.sort(Comparator.naturalOrder());
        return requests;
    }
}
