package io.polycloud.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any id a service accepts round-trips through a ref's text; any other text is refused with a message, nothing else. */
class JobRefPropertiesTest {

    /** The characters that break URLs and naive parsers, and text from several scripts. */
    private static final String HOSTILE = "/?#%&=+;:@!$'()*,[]~ .-_éßЖ中文\u00a0\u3000\uFEFFazAZ09";

    @Provide
    Arbitrary<String> hostileIds() {
        Arbitrary<String> chars = Arbitraries.strings().withChars(HOSTILE.toCharArray()).ofMinLength(1).ofMaxLength(36);
        Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDE00", "%2F", "%25", "..", "a/..", "?x=1", "#f", " ")
                .list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(36);
        return Arbitraries.oneOf(chars, emoji, anyUnicode).filter(JobRefPropertiesTest::acceptedByServices);
    }

    @Property(tries = 500)
    void huaweiRefs_roundTripThroughTheirText(@ForAll("hostileIds") String projectId, @ForAll("hostileIds") String instanceId,
                                              @ForAll("hostileIds") String jobId) {
        for (JobRef ref : new JobRef[] {new JobRef.DrsJob("cn-north-4", projectId, jobId),
                new JobRef.DdsScheduledTask("ap-southeast-3", projectId, jobId),
                new JobRef.LakeFormationJob("cn-north-4", projectId, instanceId, jobId)}) {
            String text = ref.toString();

            assertEquals(ref, JobRef.parse(text), text);
            assertEquals(text, JobRef.parse(text).toString());
            assertTrue(text.chars().allMatch(c -> c > 0x20 && c < 0x7F), text);
        }
    }

    @Property(tries = 200)
    void vpcRefs_roundTripThroughTheirText(@ForAll("vpcIds") String jobId) {
        JobRef ref = new JobRef.VpcFailoverTestJob("cn-hangzhou", jobId);

        assertEquals(ref, JobRef.parse(ref.toString()));
    }

    @Provide
    Arbitrary<String> vpcIds() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789".toCharArray()).ofMinLength(1)
                .ofMaxLength(60).map(s -> "ftj-" + s);
    }

    @Property(tries = 1000)
    void parse_anyText_returnsARefOrThrowsSdkClientException(@ForAll("anyText") String text) {
        try {
            JobRef ref = JobRef.parse(text);
            assertEquals(ref, JobRef.parse(ref.toString()));
        } catch (SdkClientException e) {
            assertTrue(e.getMessage().startsWith("invalid job ref \""), e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> prefix = Arbitraries.of("aliyun://vpc/cn-hangzhou/failover-test-jobs/",
                "huawei://drs/cn-north-4/p/jobs/", "huawei://dds/cn-north-4/p/scheduled-jobs/",
                "huawei://lakeformation/cn-north-4/p/instances/i/lf-jobs/", "huawei://", "aliyun://vpc/", "");
        Arbitrary<String> tail = Arbitraries.oneOf(Arbitraries.strings().withChars(HOSTILE.toCharArray()).ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20));
        return prefix.flatMap(p -> tail.map(t -> p + t));
    }

    /** The rules of the Huawei request models: not blank, not . or .., no control character or lone surrogate, at most 36 here. */
    private static boolean acceptedByServices(String id) {
        if (id.isBlank() || id.equals(".") || id.equals("..") || id.length() > 36) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
