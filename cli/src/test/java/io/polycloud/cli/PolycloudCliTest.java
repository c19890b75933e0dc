package io.polycloud.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.PolycloudEmulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a user runs it: against an emulator named by POLYCLOUD_*_ENDPOINT, with keys from
 * the default chains (system properties here), or with --emulator.
 */
class PolycloudCliTest {

    private static final String P = PolycloudEmulator.DEFAULT_HUAWEI_PROJECT_ID;
    private static final String DRS = "huawei://drs/cn-north-4/" + P + "/jobs/";
    private static final Pattern REQUEST_ID = Pattern.compile("[0-9A-Fa-f-]{16,}");

    private static PolycloudEmulator emulator;
    private static Map<String, String> env;

    @BeforeAll
    static void start() {
        emulator = PolycloudEmulator.start();
        env = Map.of("POLYCLOUD_ALIYUN_ENDPOINT", emulator.baseUri().toString(),
                "POLYCLOUD_HUAWEI_ENDPOINT", emulator.baseUri().toString());
        DefaultChainKeys.set(emulator);
    }

    @AfterAll
    static void stop() {
        DefaultChainKeys.clear();
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    private static Run run(String... args) {
        return Run.of(env, "", false, args);
    }

    @Test
    void delete_mixedRefs_printsARowPerRefInOrderNamesEachRefNotGoneAndExits1() {
        String vpcStopped = "aliyun://vpc/cn-hangzhou/failover-test-jobs/"
                + emulator.vpc().newJob("cn-hangzhou").status(FailoverTestJobStatus.STOPPED).create().jobId();
        String vpcTesting = "aliyun://vpc/cn-hangzhou/failover-test-jobs/"
                + emulator.vpc().newJob("cn-hangzhou").status(FailoverTestJobStatus.TESTING).create().jobId();
        emulator.drs().putJob("drs-1", EmulatedDrs.STOPPED);
        emulator.dds().putScheduledTask("dds-1");
        emulator.lakeFormation().putJob("i-1", "lf-1", EmulatedLakeFormation.RUNNING);
        String lf = "huawei://lakeformation/cn-north-4/" + P + "/instances/i-1/lf-jobs/lf-1";

        Run r = run("jobs", "delete", vpcStopped, vpcTesting, DRS + "drs-1", DRS + "missing",
                "huawei://dds/cn-north-4/" + P + "/scheduled-jobs/dds-1", lf);

        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.outLines();
        assertTrue(lines.get(0).matches("OUTCOME +CODE +ATTEMPTS +REQUEST ID +REF"), lines.get(0));
        assertRow(lines.get(1), "DELETED", "-", vpcStopped);
        assertRow(lines.get(2), "NOT_DELETABLE", "IncorrectStatus.OnlyForInitOrStopped", vpcTesting);
        assertRow(lines.get(3), "DELETED", "-", DRS + "drs-1");
        assertRow(lines.get(4), "ALREADY_GONE", "DRS.10000010", DRS + "missing");
        assertRow(lines.get(5), "DELETED", "-", "huawei://dds/cn-north-4/" + P + "/scheduled-jobs/dds-1");
        assertRow(lines.get(6), "NOT_DELETABLE", "-", lf);
        assertTrue(lines.get(7).matches("6 refs in \\d+ ms: 3 deleted, 1 already gone, 2 not deletable"), lines.get(7));
        assertTrue(r.err().contains("polycloud: " + vpcTesting + ": NOT_DELETABLE IncorrectStatus.OnlyForInitOrStopped: "), r.err());
        assertTrue(r.err().contains("polycloud: " + lf + ": NOT_DELETABLE: the job is RUNNING"), r.err());
        assertNoSecret(r);
    }

    private static void assertRow(String line, String outcome, String code, String ref) {
        String[] cells = line.trim().split(" {2,}");
        assertEquals(List.of(outcome, code, ref), List.of(cells[0], cells[1], cells[4]), line);
        assertTrue(REQUEST_ID.matcher(cells[3]).matches(), line);
    }

    @Test
    void delete_jobsAlreadyGone_exits0() {
        emulator.drs().putJob("drs-2", EmulatedDrs.STOPPED);

        Run first = run("jobs", "delete", DRS + "drs-2");
        Run second = run("jobs", "delete", DRS + "drs-2", DRS + "never");

        assertEquals(0, first.exit(), first::toString);
        assertEquals(0, second.exit(), second::toString);
        assertTrue(second.out().contains("2 refs in"), second::toString);
        assertEquals("", second.err());
    }

    @Test
    void delete_jsonOutput_isOneObjectPerRefWithTheSixFields() {
        emulator.drs().putJob("drs-3", EmulatedDrs.RUNNING);

        Run r = run("jobs", "delete", "--output", "json", DRS + "drs-3", DRS + "gone%2Fwith%20%22quotes%22");

        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.outLines();
        assertEquals(2, lines.size(), r::toString);
        assertTrue(Pattern.matches("\\{\"ref\":\"" + Pattern.quote(DRS + "drs-3") + "\",\"outcome\":\"NOT_DELETABLE\","
                + "\"code\":\"DRS.M00304\",\"message\":\"[^\"]+\",\"requestId\":\"[0-9a-f]+\",\"attempts\":1}", lines.get(0)),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"ref\":\"" + DRS + "gone%2Fwith%20%22quotes%22\",\"outcome\":\"ALREADY_GONE\","
                + "\"code\":\"DRS.10000010\","), lines.get(1));
    }

    @Test
    void delete_fromStdin_readsOneRefALineSkippingBlanksAndComments() {
        emulator.drs().putJob("drs-4", EmulatedDrs.STOPPED);
        emulator.drs().putJob("drs-5", EmulatedDrs.STOPPED);

        Run r = Run.of(env, "# clean-up after the drill\n\n  " + DRS + "drs-4  \n# " + DRS + "drs-5\n", false,
                "jobs", "delete", "--from-file", "-");

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("1 ref in"), r::toString);
        assertEquals(1, emulator.drs().jobs().size(), "the commented-out job is left alone");
    }

    @Test
    void delete_fromFile_addsItsRefsAfterTheArguments(@TempDir Path dir) throws Exception {
        emulator.drs().putJob("drs-6", EmulatedDrs.STOPPED);
        Path file = Files.writeString(dir.resolve("refs.txt"), DRS + "drs-6\n", StandardCharsets.UTF_8);

        Run r = run("jobs", "delete", "--output", "json", DRS + "first", "--from-file", file.toString());

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.outLines().get(0).contains("first"), r::toString);
        assertTrue(r.outLines().get(1).contains("drs-6"), r::toString);
    }

    @Test
    void delete_aRefThatDoesNotParse_exits2NamingItAndSendsNothing() {
        emulator.drs().putJob("drs-7", EmulatedDrs.STOPPED);

        Run r = Run.of(env, DRS + "drs-7\nhuawei://drs/cn-north-4/p/job/x\n", false,
                "jobs", "delete", DRS + "drs-7", "--from-file", "-");

        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("polycloud: stdin line 2: invalid job ref \"huawei://drs/cn-north-4/p/job/x\": "
                + "expected \"jobs\" where \"job\" is"), r::toString);
        assertTrue(r.err().contains("nothing was sent"), r::toString);
        assertEquals(List.of(), emulator.calls());
    }

    @Test
    void delete_dryRun_sendsNothingAndExits0() {
        emulator.drs().putJob("drs-8", EmulatedDrs.STOPPED);

        Run r = run("jobs", "delete", "--dry-run", "--output", "json", DRS + "drs-8",
                "aliyun://vpc/cn-hangzhou/failover-test-jobs/ftj-dry");

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.outLines().get(0).contains("\"outcome\":\"DRY_RUN\",\"code\":null,\"message\":\"would send DeleteJob to "
                + emulator.baseUri() + "\",\"requestId\":null,\"attempts\":0"), r::toString);
        assertEquals(List.of(), emulator.calls());
        assertEquals(1, emulator.drs().jobs().size());
    }

    @Test
    void help_onEveryCommand_printsUsageAndExits0() {
        // picocli reports a help text it cannot format on the process's own System.err
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(picocliWarnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String[] args : List.of(new String[] {"--help"}, new String[] {"jobs", "--help"},
                    new String[] {"jobs", "delete", "--help"})) {
                Run r = run(args);

                assertEquals(0, r.exit(), r::toString);
                assertTrue(r.out().startsWith("Usage: polycloud"), r::toString);
            }
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", picocliWarnings.toString(java.nio.charset.StandardCharsets.UTF_8));
        Run delete = run("jobs", "delete", "--help");
        for (String option : List.of("--from-file", "--dry-run", "--stop-first", "--concurrency", "--output", "--emulator",
                "--seed", "Exit status", "a '/' in an id is %2F")) {
            assertTrue(delete.out().contains(option), option);
        }
    }

    @Test
    void badUsage_exits2WithAMessage() {
        assertUsage(run(), "name a command: jobs");
        assertUsage(run("jobs"), "name a command: delete");
        assertUsage(run("jobs", "delete"), "give at least one REF, or --from-file FILE");
        assertUsage(run("jobs", "delete", "--seed", "x.json", DRS + "j"), "--seed needs --emulator");
        assertUsage(run("jobs", "delete", "--output", "xml", DRS + "j"), "--output");
        assertUsage(run("jobs", "delete", "--concurrency", "0", DRS + "j"), "1 to 1024, not 0");
        assertUsage(run("jobs", "delete", "--from-file", "/no/such/file", DRS + "j"), "cannot read --from-file /no/such/file");
        assertUsage(Run.of(Map.of("POLYCLOUD_HUAWEI_ENDPOINT", "ftp://x"), "", false, "jobs", "delete", DRS + "j"),
                "POLYCLOUD_HUAWEI_ENDPOINT is not an http(s)://host[:port] endpoint");
        assertEquals(List.of(), emulator.calls());
    }

    private static void assertUsage(Run r, String message) {
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(message), () -> "expected '" + message + "' in " + r);
    }

    @Test
    void progressBar_onlyWhenStandardErrorIsATerminal() {
        emulator.drs().putJob("drs-9", EmulatedDrs.STOPPED);
        emulator.drs().putJob("drs-10", EmulatedDrs.STOPPED);

        Run terminal = Run.of(env, "", true, "jobs", "delete", DRS + "drs-9");
        Run piped = Run.of(env, "", false, "jobs", "delete", DRS + "drs-10");

        assertTrue(terminal.err().contains("\r[##############################] 1/1"), terminal::toString);
        assertFalse(piped.err().contains("\r"), piped::toString);
        assertEquals(terminal.out().lines().count(), piped.out().lines().count());
    }

    @Test
    void emulatorOption_runsOfflineFromASeedFile(@TempDir Path dir) throws Exception {
        Path seed = Files.writeString(dir.resolve("seed.json"), "{\"drs\":{\"jobs\":[{\"jobId\":\"drs-job-1\","
                + "\"status\":\"RELEASE_RESOURCE_COMPLETE\"}]},\"lakeFormation\":{\"jobs\":[{\"instanceId\":\"i\","
                + "\"jobId\":\"lf-1\",\"status\":\"RUNNING\"}]}}", StandardCharsets.UTF_8);

        Run r = Run.of(Map.of(), "", false, "jobs", "delete", "--emulator", "--seed", seed.toString(),
                DRS + "drs-job-1", "huawei://lakeformation/cn-north-4/" + P + "/instances/i/lf-jobs/lf-1");

        assertEquals(1, r.exit(), r::toString);
        assertRow(r.outLines().get(1), "DELETED", "-", DRS + "drs-job-1");
        assertTrue(r.outLines().get(2).startsWith("NOT_DELETABLE"), r::toString);
        assertTrue(r.err().startsWith("polycloud: embedded emulator at http://127.0.0.1:"), r::toString);
        assertNoSecret(r);
    }

    @Test
    void emulatorOption_withABadSeed_exits2() {
        Run r = Run.of(Map.of(), "", false, "jobs", "delete", "--emulator", "--seed", "/no/such/seed.json", DRS + "j");

        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("polycloud: --seed /no/such/seed.json: no such file"), r::toString);
    }

    private static void assertNoSecret(Run r) {
        for (String secret : List.of(emulator.aliyunCredentials().accessKeySecret(), emulator.huaweiCredentials().secretKey(),
                PolycloudEmulator.DEFAULT_ALIYUN_CREDENTIALS.accessKeySecret())) {
            assertFalse(r.out().contains(secret) || r.err().contains(secret), "a secret was printed");
        }
    }
}
