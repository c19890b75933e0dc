package io.polycloud.aliyun.vpc.model;

import static io.polycloud.aliyun.vpc.model.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UpdateFailoverTestJobRequestTest {

    private static final String JOB = "ftj-bp1yh6mvi13aq3g8w";

    private static UpdateFailoverTestJobRequest.Builder valid() {
        return UpdateFailoverTestJobRequest.builder().jobId(JOB);
    }

    @Test
    void build_withOnlyJobId_leavesEveryOtherFieldUnset() {
        UpdateFailoverTestJobRequest r = valid().build();
        assertEquals(JOB, r.jobId());
        assertTrue(r.regionId().isEmpty() && r.name().isEmpty() && r.description().isEmpty() && r.resourceIds().isEmpty()
                && r.jobDuration().isEmpty() && r.dryRun().isEmpty() && r.clientToken().isEmpty());
    }

    @Test
    void build_appliesTheSameRulesAsCreate() {
        assertRejected("jobId", () -> UpdateFailoverTestJobRequest.builder().build());
        assertRejected("jobId", () -> UpdateFailoverTestJobRequest.builder().jobId("pc-1").build());
        assertRejected("jobDuration", () -> valid().jobDuration(0).build());
        assertRejected("jobDuration", () -> valid().jobDuration(4321).build());
        assertRejected("resourceIds", () -> valid().resourceIds(List.of()).build());
        assertRejected("resourceIds", () -> valid().resourceIds(IntStream.range(0, 17).mapToObj(i -> "pc-" + i).toList()).build());
        assertRejected("name", () -> valid().name("https://x").build());
        assertRejected("description", () -> valid().description("\u0007").build());
        assertRejected("clientToken", () -> valid().clientToken("a".repeat(65)).build());
    }

    @Test
    void equalsAndToBuilder() {
        UpdateFailoverTestJobRequest r = valid().regionId("cn-beijing").name("n").description("d").resourceIds("pc-a")
                .jobDuration(4320).dryRun(false).clientToken("t").build();
        assertEquals(r, r.toBuilder().build());
        assertEquals(r.hashCode(), r.toBuilder().build().hashCode());
        assertEquals(List.of("pc-a"), r.resourceIds().orElseThrow());
        assertEquals(4320, r.jobDuration().orElseThrow());
        assertTrue(r.toString().startsWith("UpdateFailoverTestJobRequest{regionId=cn-beijing, jobId=" + JOB));
    }
}
