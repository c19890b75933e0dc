package io.polycloud.aliyun.vpc.model;

import static io.polycloud.aliyun.vpc.model.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CreateFailoverTestJobRequestTest {

    private static CreateFailoverTestJobRequest.Builder valid() {
        return CreateFailoverTestJobRequest.builder().resourceIds("pc-a").jobType(JobType.START_NOW).jobDuration(60);
    }

    private static List<String> ids(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "pc-" + i).toList();
    }

    @Test
    void build_withRequiredFields_defaultsResourceTypeAndLeavesOptionalsEmpty() {
        CreateFailoverTestJobRequest r = valid().build();
        assertEquals(ResourceType.PHYSICALCONNECTION, r.resourceType());
        assertEquals(List.of("pc-a"), r.resourceIds());
        assertEquals(JobType.START_NOW, r.jobType());
        assertEquals(60, r.jobDuration());
        assertTrue(r.regionId().isEmpty() && r.name().isEmpty() && r.description().isEmpty() && r.dryRun().isEmpty()
                && r.clientToken().isEmpty());
    }

    @Test
    void build_withMissingRequiredField_isRejectedNamingIt() {
        assertRejected("resourceIds", () -> valid().resourceIds((List<String>) null).build());
        assertRejected("jobType", () -> valid().jobType(null).build());
        assertRejected("jobDuration", () -> valid().jobDuration(null).build());
        assertRejected("resourceType", () -> valid().resourceType(null).build());
    }

    @Test
    void build_withUnknownEnumConstant_isRejected() {
        assertRejected("jobType", () -> valid().jobType(JobType.UNKNOWN_TO_SDK_VERSION).build());
        assertRejected("resourceType", () -> valid().resourceType(ResourceType.UNKNOWN_TO_SDK_VERSION).build());
    }

    @Test
    void jobDuration_isBoundedTo1Through4320Minutes() {
        assertEquals(1, valid().jobDuration(1).build().jobDuration());
        assertEquals(4320, valid().jobDuration(4320).build().jobDuration());
        for (int bad : new int[] {0, -1, 4321, Integer.MAX_VALUE}) {
            assertRejected("jobDuration", () -> valid().jobDuration(bad).build());
        }
    }

    @Test
    void resourceIds_holdOneToSixteenUsableIds() {
        assertEquals(16, valid().resourceIds(ids(16)).build().resourceIds().size());
        assertRejected("resourceIds", () -> valid().resourceIds(ids(17)).build());
        assertRejected("resourceIds", () -> valid().resourceIds(List.of()).build());
        assertRejected("resourceIds[1]", () -> valid().resourceIds(Arrays.asList("pc-a", null)).build());
        assertRejected("resourceIds[0]", () -> valid().resourceIds(" ").build());
        assertRejected("resourceIds[0]", () -> valid().resourceIds("pc-a\n").build());
        assertRejected("resourceIds[0]", () -> valid().resourceIds("p".repeat(129)).build());
    }

    @Test
    void resourceIds_areCopied() {
        List<String> mutable = new ArrayList<>(List.of("pc-a"));
        CreateFailoverTestJobRequest r = valid().resourceIds(mutable).build();
        mutable.add("pc-b");
        assertEquals(List.of("pc-a"), r.resourceIds());
        assertThrows(UnsupportedOperationException.class, () -> r.resourceIds().add("pc-c"));
    }

    @Test
    void nameAndDescription_followTheDocumentedLengthAndUrlRules() {
        assertEquals("", valid().name("").build().name().orElseThrow());
        assertEquals(128, valid().name("n".repeat(128)).build().name().orElseThrow().length());
        assertEquals(256, valid().description("d".repeat(256)).build().description().orElseThrow().length());
        assertRejected("name", () -> valid().name("n".repeat(129)).build());
        assertRejected("name", () -> valid().name("http://example.com").build());
        assertRejected("name", () -> valid().name("line\nbreak").build());
        assertRejected("description", () -> valid().description("d".repeat(257)).build());
        assertRejected("description", () -> valid().description("https://example.com").build());
        assertEquals("故障演练", valid().description("故障演练").build().description().orElseThrow());
    }

    @Test
    void otherFields_followTheSharedRules() {
        assertRejected("clientToken", () -> valid().clientToken("tøken").build());
        assertRejected("regionId", () -> valid().regionId("Hangzhou").build());
    }

    @Test
    void equalsHashCodeToStringAndToBuilder() {
        CreateFailoverTestJobRequest r = valid().regionId("cn-hangzhou").resourceIds("pc-a", "pc-b").name("n")
                .description("d").dryRun(true).clientToken("tok").jobType(JobType.START_LATER).build();
        assertEquals(r, r.toBuilder().build());
        assertEquals(r.hashCode(), r.toBuilder().build().hashCode());
        assertEquals(valid().build(), valid().build());
        assertEquals(true, r.dryRun().orElseThrow());
        assertEquals("CreateFailoverTestJobRequest{regionId=cn-hangzhou, resourceType=PHYSICALCONNECTION, "
                + "resourceIds=[pc-a, pc-b], jobType=StartLater, jobDuration=60, name=n, description=d, dryRun=true, "
                + "clientToken=tok}", r.toString());
        assertTrue(!r.equals(r.toBuilder().resourceIds(Collections.singletonList("pc-a")).build()));
    }

    @Test
    void response_requiresRequestIdAndJobId() {
        CreateFailoverTestJobResponse ok = CreateFailoverTestJobResponse.builder().requestId("r").jobId("ftj-1").build();
        assertEquals("ftj-1", ok.jobId());
        assertEquals(ok, CreateFailoverTestJobResponse.builder().requestId("r").jobId("ftj-1").build());
        assertRejected("requestId", () -> CreateFailoverTestJobResponse.builder().jobId("ftj-1").build());
        assertRejected("jobId", () -> CreateFailoverTestJobResponse.builder().requestId("r").build());
    }
}
