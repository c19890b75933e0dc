package io.polycloud.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs each program the way a user would, against the embedded emulator. */
class ExamplesTest {

    private static final Pattern DONE_ROW = Pattern.compile("(?m)^%s\\s+%s.*\\s+1$");

    private record Run(int exitCode, String output) {
    }

    private static Run run(BiFunction<String[], PrintStream, Integer> program, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = program.apply(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private static void assertRow(String output, String operation, String outcomeStart) {
        Pattern row = Pattern.compile(String.format(DONE_ROW.pattern(), Pattern.quote(operation), Pattern.quote(outcomeStart)));
        assertTrue(row.matcher(output).find(), () -> "no table row '" + operation + "  " + outcomeStart + "…  1' in:\n" + output);
    }

    @Test
    void vpcFailoverDrill_onEmulator_runsCreateToDeleteAndExitsZero() {
        Run r = run(VpcFailoverDrill::run);

        assertEquals(0, r.exitCode(), r.output());
        assertRow(r.output(), "VPC CreateFailoverTestJob", "created ftj-");
        assertRow(r.output(), "VPC StartFailoverTestJob", "started ftj-");
        assertRow(r.output(), "VPC StartFailoverTestJob (again)", "as expected: INVALID_STATE IncorrectStatus.OnlyForInit");
        assertRow(r.output(), "VPC wait until Testing", "ftj-");
        assertRow(r.output(), "VPC StopFailoverTestJob", "stopping ftj-");
        assertRow(r.output(), "VPC wait until Stopped", "ftj-");
        assertRow(r.output(), "VPC DeleteFailoverTestJob", "deleted ftj-");
    }

    @Test
    void huaweiCleanup_onEmulator_deletesAllThreeAndShowsMissingJobAndAuthFailure() {
        Run r = run(HuaweiCleanup::run);

        assertEquals(0, r.exitCode(), r.output());
        assertRow(r.output(), "DRS DeleteJob", "deleted " + Clouds.DEMO_DRS_JOB);
        assertRow(r.output(), "DDS CancelScheduledTask", "cancelled " + Clouds.DEMO_DDS_JOB);
        assertRow(r.output(), "LakeFormation DeleteJob", "deleted " + Clouds.DEMO_LF_JOB);
        assertRow(r.output(), "DRS DeleteJob (already deleted)", "as expected: NOT_FOUND DRS.10000010");
        assertRow(r.output(), "DRS DeleteJob (wrong secret key)", "as expected: AUTHENTICATION APIG.0301");
        assertFalse(r.output().contains("not-the-secret-key"), "the wrong secret must not be printed");
    }

    @Test
    void tour_onEmulator_runsBothAndPrintsTheTable() {
        Run r = run(Tour::run);

        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("operation"), r.output());
        assertTrue(r.output().contains("request id"), r.output());
        assertRow(r.output(), "VPC DeleteFailoverTestJob", "deleted ftj-");
        assertRow(r.output(), "LakeFormation DeleteJob", "deleted ");
        assertFalse(r.output().contains(io.polycloud.testing.PolycloudEmulator.DEFAULT_ALIYUN_CREDENTIALS.accessKeySecret()));
    }

    @Test
    void tour_withTrace_printsEveryCallsSpan() {
        Run r = run(Tour::run, "--trace");

        assertEquals(0, r.exitCode(), r.output());
        assertTrue(Pattern.compile("(?m)^  span vpc\\.StartFailoverTestJob \\(CLIENT, [0-9.]+ ms, UNSET\\) trace [0-9a-f]{32}$")
                .matcher(r.output()).find(), r.output());
        assertTrue(r.output().contains("    cloud.provider=huawei_cloud, cloud.region=cn-north-4, http.response.status_code=200, "
                + "polycloud.attempts=1, polycloud.request_id="), r.output());
        assertTrue(r.output().contains("  span lakeformation.DeleteJob (CLIENT, "), r.output());
        assertTrue(Pattern.compile("(?m)^  span drs\\.DeleteJob \\(CLIENT, [0-9.]+ ms, ERROR: huawei drs DeleteJob failed: HTTP 401 APIG\\.0301")
                .matcher(r.output()).find(), r.output());
        assertTrue(Pattern.compile("(?m)^    event polycloud\\.attempt at \\+[0-9.]+ ms: http\\.response\\.status_code=200, "
                + "polycloud\\.attempt\\.duration_ms=[0-9.E-]+, polycloud\\.attempt\\.number=1, polycloud\\.attempt\\.throttled=false, "
                + "polycloud\\.request_id=").matcher(r.output()).find(), r.output());
        assertRow(r.output(), "VPC DeleteFailoverTestJob", "deleted ftj-");
        assertFalse(r.output().contains(io.polycloud.testing.PolycloudEmulator.DEFAULT_ALIYUN_CREDENTIALS.accessKeySecret()));
        assertFalse(r.output().contains("not-the-secret-key"));
    }

    @Test
    void tour_onRealTargetWithoutIds_skipsEveryStepWithoutSendingAnything() {
        Run r = run(Tour::run, "--target", "real", "--region", "cn-shanghai");

        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("VPC failover drill"), r.output());
        assertTrue(r.output().contains("skipped: no --vpc-job"), r.output());
        assertTrue(r.output().contains("skipped: no --drs-job"), r.output());
        assertTrue(r.output().contains("skipped: needs --lf-instance and --lf-job"), r.output());
        assertFalse(r.output().contains("created ftj-"), r.output());
        assertFalse(Pattern.compile("(?m)^(VPC|DRS|DDS|LakeFormation) .*\\s[1-9]\\d*$").matcher(r.output()).find(),
                () -> "a row reports attempts, so a request was sent:\n" + r.output());
    }

    @Test
    void tour_withUnknownFlag_exitsTwoWithUsage() {
        Run r = run(Tour::run, "--bogus", "x");

        assertEquals(2, r.exitCode());
        assertTrue(r.output().contains("unknown argument --bogus"), r.output());
    }
}
