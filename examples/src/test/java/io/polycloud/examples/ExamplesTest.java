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
