package io.polycloud.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobRefTest {

    private static final String PROJECT = "0123456789abcdef0123456789abcdef";

    @Test
    void parse_vpcRef_readsRegionAndJob() {
        JobRef ref = JobRef.parse("aliyun://vpc/cn-hangzhou/failover-test-jobs/ftj-bp1yh6mvi13aq3g8w");

        assertEquals(new JobRef.VpcFailoverTestJob("cn-hangzhou", "ftj-bp1yh6mvi13aq3g8w"), ref);
        assertEquals(JobKind.VPC_FAILOVER_TEST_JOB, ref.kind());
        assertEquals("aliyun://vpc/cn-hangzhou/failover-test-jobs/ftj-bp1yh6mvi13aq3g8w", ref.toString());
    }

    @Test
    void parse_eachHuaweiKind_readsEveryPart() {
        assertEquals(new JobRef.DrsJob("cn-north-4", PROJECT, "job-1"),
                JobRef.parse("huawei://drs/cn-north-4/" + PROJECT + "/jobs/job-1"));
        assertEquals(new JobRef.DdsScheduledTask("cn-north-4", PROJECT, "task-1"),
                JobRef.parse("huawei://dds/cn-north-4/" + PROJECT + "/scheduled-jobs/task-1"));
        assertEquals(new JobRef.LakeFormationJob("cn-north-4", PROJECT, "inst-1", "job-1"),
                JobRef.parse("huawei://lakeformation/cn-north-4/" + PROJECT + "/instances/inst-1/lf-jobs/job-1"));
    }

    @Test
    void toString_percentEncodesEverythingButUnreserved() {
        JobRef ref = new JobRef.DrsJob("cn-north-4", PROJECT, "a/../b?x=1#y %é");

        assertEquals("huawei://drs/cn-north-4/" + PROJECT + "/jobs/a%2F..%2Fb%3Fx%3D1%23y%20%25%C3%A9", ref.toString());
        assertEquals(ref, JobRef.parse(ref.toString()));
    }

    @Test
    void parse_acceptsLowerCaseHexAndLiteralSubDelimiters() {
        JobRef ref = JobRef.parse("huawei://dds/cn-north-4/" + PROJECT + "/scheduled-jobs/a%2fb:c@d+e");

        assertEquals("a/b:c@d+e", ref.jobId());
        assertEquals("huawei://dds/cn-north-4/" + PROJECT + "/scheduled-jobs/a%2Fb%3Ac%40d%2Be", ref.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ftp://vpc/cn-hangzhou/failover-test-jobs/ftj-1 | unknown scheme \"ftp\": expected aliyun or huawei",
            "vpc/cn-hangzhou/failover-test-jobs/ftj-1 | no scheme",
            "Aliyun://vpc/cn-hangzhou/failover-test-jobs/ftj-1 | unknown scheme \"Aliyun\"",
            "aliyun://drs/cn-north-4/p/jobs/j | unknown aliyun service \"drs\": expected vpc",
            "huawei://vpc/cn-north-4/p/jobs/j | unknown huawei service \"vpc\": expected drs, dds or lakeformation",
            "huawei:// | no service after huawei://",
            "aliyun://vpc/cn-hangzhou/jobs/ftj-1 | expected \"failover-test-jobs\" where \"jobs\" is",
            "aliyun://vpc/cn-hangzhou/failover-test-jobs/ftj-1/ | a vpc ref has 4 path parts after the scheme, this one 5",
            "huawei://drs/cn-north-4/jobs/j | a drs ref has 5 path parts after the scheme, this one 4",
            "huawei://lakeformation/cn-north-4/p/instances/i/jobs/j | expected \"lf-jobs\" where \"jobs\" is",
            "huawei://drs/cn-north-4/p/jobs/ | empty jobId",
            "huawei://drs//p/jobs/j | empty region",
            "huawei://drs/cn-north-4//jobs/j | empty projectId",
            "huawei://lakeformation/cn-north-4/p/instances//lf-jobs/j | empty instanceId",
            "huawei://drs/cn-north-4/p/jobs/a%2 | bad percent escape in jobId at index 1",
            "huawei://drs/cn-north-4/p/jobs/a%zz | bad percent escape in jobId at index 1",
            "huawei://drs/cn-north-4/p/jobs/%C3%28 | jobId is not UTF-8 once its percent escapes are decoded",
            "huawei://drs/cn-north-4/p/jobs/a b | jobId holds U+0020 at index 1: percent-encode it (%20 in UTF-8)",
            "huawei://drs/cn-north-4/p/jobs/é | jobId holds 'é' (U+00E9) at index 0: percent-encode it (%C3%A9 in UTF-8)",
            "huawei://drs/cn-north-4/p/jobs/a?b | a job ref has no query or fragment ('?' at index 32)",
            "huawei://drs/cn-north-4/p/jobs/a#b | a job ref has no query or fragment ('#' at index 32)",
            "huawei://drs/CN-NORTH-4/p/jobs/j | region must be lower-case letters, digits and dashes",
            "huawei://drs/cn-north-4/p/jobs/%2E%2E | jobId must not be '.' or '..'",
            "huawei://drs/cn-north-4/p/jobs/a%0Ab | jobId must not contain control characters (found U+000A at index 1)",
            "aliyun://vpc/cn-hangzhou/failover-test-jobs/job-1 | jobId must start with 'ftj-'",
            "aliyun://vpc/cn_hangzhou/failover-test-jobs/ftj-1 | regionId must be lower-case letters, digits and dashes",
            "huawei://lakeformation/cn-north-4/p/instances/i/lf-jobs/0123456789012345678901234567890123456 | jobId must be at most 36 characters, was 37",
    })
    void parse_whenAPartIsWrong_namesThatPart(String text, String expected) {
        SdkClientException e = assertThrows(SdkClientException.class, () -> JobRef.parse(text));

        assertTrue(e.getMessage().startsWith("invalid job ref \"" + text + "\": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void parse_null_throwsNamingTheRef() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> JobRef.parse(null));

        assertEquals("job ref is required but was null", e.getMessage());
    }

    @Test
    void parse_errorMessage_escapesControlCharactersAndCutsLongText() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> JobRef.parse("ftp://\r\n" + "x".repeat(500)));

        assertTrue(e.getMessage().startsWith("invalid job ref \"ftp://\\u000D\\u000A"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }

    @Test
    void constructor_appliesTheServiceRules() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> new JobRef.DdsScheduledTask("cn-north-4", PROJECT, "x".repeat(65)));

        assertEquals("invalid dds job ref: jobId must be at most 64 characters, was 65", e.getMessage());
        assertEquals("invalid vpc job ref: regionId is required but was null",
                assertThrows(SdkClientException.class, () -> new JobRef.VpcFailoverTestJob(null, "ftj-1")).getMessage());
        assertEquals("invalid drs job ref: projectId must not be blank",
                assertThrows(SdkClientException.class, () -> new JobRef.DrsJob("cn-north-4", " ", "j")).getMessage());
    }

    @Test
    void kinds_knowTheirCloudServiceAndTemplate() {
        JobRef lf = JobRef.parse("huawei://lakeformation/cn-north-4/p/instances/i/lf-jobs/j");

        assertInstanceOf(JobRef.LakeFormationJob.class, lf);
        assertEquals("huawei", lf.kind().cloud());
        assertEquals("lakeformation", lf.kind().service());
        assertEquals("huawei://lakeformation/{region}/{projectId}/instances/{instanceId}/lf-jobs/{jobId}", lf.kind().template());
    }
}
