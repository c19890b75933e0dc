package io.polycloud.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.PolycloudEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples with {@code --target real}: a run that would start, stop or delete what it is
 * given prints that plan and sends nothing unless {@code --yes} is given. "The real clouds" here is
 * an emulator on a loopback port, reached through the examples' endpoint variables and found by
 * the default credential chains (system properties), so the test sees every request that leaves.
 */
class RealTargetTest {

    private static final List<String> CREDENTIAL_PROPERTIES = List.of("alibabacloud.accessKeyId",
            "alibabacloud.accessKeySecret", "huaweicloud.sdk.ak", "huaweicloud.sdk.sk", "huaweicloud.sdk.projectId");

    private PolycloudEmulator emulator;
    private UnaryOperator<String> env;
    private String vpcJob;

    private record Run(int exitCode, String output) {
    }

    @BeforeEach
    void startTheCloud() {
        emulator = PolycloudEmulator.builder().transitionDurations(Duration.ZERO, Duration.ZERO).start();
        Map<String, String> variables = Map.of("POLYCLOUD_ALIYUN_ENDPOINT", emulator.baseUri().toString(),
                "POLYCLOUD_HUAWEI_ENDPOINT", emulator.baseUri().toString());
        env = variables::get;
        vpcJob = emulator.vpc().newJob("cn-shanghai").create().jobId();
        emulator.drs().putJob("drs-job-1", EmulatedDrs.STOPPED);
        emulator.dds().putScheduledTask("dds-task-1");
        emulator.lakeFormation().putJob("lf-instance-1", "lf-job-1", EmulatedLakeFormation.STOPPED);
    }

    @AfterEach
    void stopTheCloud() {
        CREDENTIAL_PROPERTIES.forEach(System::clearProperty);
        emulator.close();
    }

    private void credentialsInTheDefaultChains() {
        System.setProperty("alibabacloud.accessKeyId", emulator.aliyunCredentials().accessKeyId());
        System.setProperty("alibabacloud.accessKeySecret", emulator.aliyunCredentials().accessKeySecret());
        System.setProperty("huaweicloud.sdk.ak", emulator.huaweiCredentials().accessKey());
        System.setProperty("huaweicloud.sdk.sk", emulator.huaweiCredentials().secretKey());
        System.setProperty("huaweicloud.sdk.projectId", emulator.huaweiProjectId());
    }

    private Run tour(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--target", "real", "--region", "cn-shanghai",
                "--vpc-job", vpcJob, "--drs-job", "drs-job-1", "--dds-job", "dds-task-1",
                "--lf-instance", "lf-instance-1", "--lf-job", "lf-job-1"));
        args.addAll(List.of(extra));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = Tour.run(args.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8), env);
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private Run jobsCleanup(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = JobsCleanup.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), env);
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tour_withoutYes_printsWhatItWouldDoToEachIdAndSendsNothing() {
        credentialsInTheDefaultChains();

        Run r = tour();

        assertEquals(2, r.exitCode(), r.output());
        assertTrue(r.output().contains("This run changes resources on the real clouds:\n"
                + "  Alibaba Cloud VPC, region cn-shanghai: start failover test job " + vpcJob
                + ", stop it once it is Testing, then DELETE it\n"
                + "  Huawei Cloud DRS, region cn-north-4: DELETE job drs-job-1\n"
                + "  Huawei Cloud DDS, region cn-north-4: CANCEL scheduled task dds-task-1\n"
                + "  Huawei Cloud LakeFormation, region cn-north-4: DELETE job lf-job-1 of instance lf-instance-1\n"
                + "Nothing was sent. Run again with --yes to do this."), r.output());
        assertEquals(List.of(), emulator.calls(), "no request may reach the cloud without --yes");
        assertEquals(FailoverTestJobStatus.INIT, emulator.vpc().job(vpcJob).orElseThrow().status());
    }

    @Test
    void tour_withYes_doesWhatThePlanSaid() {
        credentialsInTheDefaultChains();

        Run r = tour("--yes");

        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Going ahead (--yes)."), r.output());
        assertFalse(emulator.calls().isEmpty());
        assertTrue(emulator.vpc().job(vpcJob).isEmpty(), "the drill deleted the job it was given");
        assertTrue(emulator.drs().jobs().isEmpty());
        assertTrue(emulator.dds().scheduledTasks().isEmpty());
        assertTrue(emulator.lakeFormation().jobs().isEmpty());
    }

    @Test
    void jobsCleanup_withRefsButWithoutYes_printsThePlanAndSendsNothing() {
        credentialsInTheDefaultChains();
        String ref = "huawei://drs/cn-north-4/" + emulator.huaweiProjectId() + "/jobs/drs-job-1";

        Run refused = jobsCleanup(ref);

        assertEquals(2, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("  DELETE " + ref + "\nNothing was sent."), refused.output());
        assertEquals(List.of(), emulator.calls());

        Run confirmed = jobsCleanup("--yes", ref);

        assertEquals(0, confirmed.exitCode(), confirmed.output());
        assertTrue(emulator.drs().jobs().isEmpty());
    }

    @Test
    void tour_whoseOutcomeSpansLines_keepsOneLinePerRowWithin120Columns() {
        // No credentials anywhere: the drill's first call fails with the chain's multi-line message.
        Run r = tour("--yes");

        assertEquals(1, r.exitCode(), r.output());
        SummaryTable table = SummaryTable.in(r.output());
        for (String line : table.lines()) {
            assertTrue(line.length() <= CallLog.TABLE_WIDTH, () -> line.length() + " columns: " + line + "\n" + r.output());
        }
        assertEquals(new SummaryTable.Row("CLIENT: no Alibaba Cloud credentials found; tried: …", "-", 0),
                table.rows().get("VPC StartFailoverTestJob"), r.output());
        assertTrue(table.lines().size() <= 2 + 3 * table.rows().size(), r.output());
        assertEquals(0, emulator.calls().size(), "without credentials nothing is sent");
    }
}
