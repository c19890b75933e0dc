package io.polycloud.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.testing.PolycloudEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the jobs clean-up the way a user would, against the embedded emulator. */
class JobsCleanupTest {

    private static String run(int expectedExit, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = JobsCleanup.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, output);
        return output;
    }

    private static void assertLine(String output, String outcome, String code, String refPart) {
        Pattern line = Pattern.compile("(?m)^" + outcome + " +" + Pattern.quote(code) + " +\\d+ calls? +\\S*" + Pattern.quote(refPart));
        assertTrue(line.matcher(output).find(), () -> "no line '" + outcome + " " + code + " … " + refPart + "' in:\n" + output);
    }

    @Test
    void jobsCleanup_onEmulator_stopsDeletesAndReportsEveryKindThenExits1ForTheRunningJob() {
        String output = run(1);

        assertLine(output, "DELETED", "-", "aliyun://vpc/cn-hangzhou/failover-test-jobs/ftj-");
        assertLine(output, "DELETED", "-", "/jobs/" + Clouds.DEMO_DRS_JOB);
        assertLine(output, "ALREADY_GONE", "DRS.10000010", "/jobs/already-deleted-job");
        assertLine(output, "DELETED", "-", "/scheduled-jobs/" + Clouds.DEMO_DDS_JOB);
        assertLine(output, "DELETED", "-", "/lf-jobs/" + Clouds.DEMO_LF_JOB);
        assertLine(output, "NOT_DELETABLE", "-", "/lf-jobs/0f1e2d3c-still-running");
        assertTrue(output.contains("the job is RUNNING"), output);
        assertTrue(output.contains("7 jobs in "), output);
        assertFalse(output.contains(PolycloudEmulator.DEFAULT_ALIYUN_CREDENTIALS.accessKeySecret()));
    }

    @Test
    void jobsCleanup_withARefThatDoesNotParse_exits2() {
        String output = run(2, "huawei://drs/cn-north-4/p/job/x");

        assertTrue(output.contains("expected \"jobs\" where \"job\" is"), output);
    }
}
