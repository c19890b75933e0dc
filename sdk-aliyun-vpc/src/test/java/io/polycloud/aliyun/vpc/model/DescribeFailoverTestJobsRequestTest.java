package io.polycloud.aliyun.vpc.model;

import static io.polycloud.aliyun.vpc.model.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeFailoverTestJobsRequestTest {

    @Test
    void build_empty_listsEverythingWithTheServiceDefaults() {
        DescribeFailoverTestJobsRequest r = DescribeFailoverTestJobsRequest.builder().build();
        assertTrue(r.filters().isEmpty() && r.maxResults().isEmpty() && r.nextToken().isEmpty() && r.regionId().isEmpty());
    }

    @Test
    void maxResults_isBoundedTo1Through100() {
        assertEquals(1, DescribeFailoverTestJobsRequest.builder().maxResults(1).build().maxResults().orElseThrow());
        assertEquals(100, DescribeFailoverTestJobsRequest.builder().maxResults(100).build().maxResults().orElseThrow());
        assertRejected("maxResults", () -> DescribeFailoverTestJobsRequest.builder().maxResults(0).build());
        assertRejected("maxResults", () -> DescribeFailoverTestJobsRequest.builder().maxResults(101).build());
    }

    @Test
    void filters_areAtMostFiveWithDistinctKeys() {
        Filter[] five = {Filter.of(FilterKey.JOB_ID, "ftj-1"), Filter.of(FilterKey.JOB_NAME, "n"),
            Filter.of(FilterKey.JOB_STATUS, "Init"), Filter.of(FilterKey.RESOURCE_ID, "pc-1"),
            Filter.of(FilterKey.RESOURCE_TYPE, "PHYSICALCONNECTION")};
        assertEquals(5, DescribeFailoverTestJobsRequest.builder().filters(five).build().filters().size());
        Filter[] six = Arrays.copyOf(five, 6);
        six[5] = Filter.of(FilterKey.RESOURCE_NAME, "r");
        assertRejected("filters", () -> DescribeFailoverTestJobsRequest.builder().filters(six).build());
        assertRejected("filters", () -> DescribeFailoverTestJobsRequest.builder()
                .filters(Filter.of(FilterKey.JOB_STATUS, "Init"), Filter.of(FilterKey.JOB_STATUS, "Testing")).build());
        assertRejected("filter", () -> DescribeFailoverTestJobsRequest.builder().filters((Filter) null).build());
    }

    @Test
    void filter_holdsOneToFiveUsableValues() {
        assertEquals(List.of("a", "b", "c", "d", "e"), Filter.of(FilterKey.JOB_NAME, "a", "b", "c", "d", "e").values());
        assertRejected("filter JobName", () -> Filter.of(FilterKey.JOB_NAME));
        assertRejected("filter JobName", () -> Filter.of(FilterKey.JOB_NAME, "a", "b", "c", "d", "e", "f"));
        assertRejected("filter JobName value", () -> Filter.of(FilterKey.JOB_NAME, " "));
        assertRejected("filter JobName value", () -> Filter.of(FilterKey.JOB_NAME, "a\nb"));
        assertRejected("filter JobName value", () -> Filter.of(FilterKey.JOB_NAME, "x".repeat(257)));
        assertRejected("filter JobName values", () -> Filter.of(FilterKey.JOB_NAME, (List<String>) null));
        assertRejected("filter key", () -> Filter.of(null, "a"));
        assertRejected("jobId", () -> Filter.of(FilterKey.JOB_ID, "job-1"));
        assertEquals(Filter.of(FilterKey.JOB_ID, "ftj-1"), Filter.of(FilterKey.JOB_ID, List.of("ftj-1")));
        assertEquals("JobStatus=[Init, Testing]", Filter.of(FilterKey.JOB_STATUS, "Init", "Testing").toString());
    }

    @Test
    void nextTokenAndRegion_followTheSharedRules() {
        assertRejected("nextToken", () -> DescribeFailoverTestJobsRequest.builder().nextToken("").build());
        assertRejected("nextToken", () -> DescribeFailoverTestJobsRequest.builder().nextToken("a\u0000").build());
        assertRejected("regionId", () -> DescribeFailoverTestJobsRequest.builder().regionId("x y").build());
    }

    @Test
    void equalsAndToBuilder() {
        DescribeFailoverTestJobsRequest r = DescribeFailoverTestJobsRequest.builder().regionId("cn-hangzhou")
                .filters(Filter.of(FilterKey.JOB_STATUS, "Init")).maxResults(10).nextToken("t").build();
        assertEquals(r, r.toBuilder().build());
        assertEquals(r.hashCode(), r.toBuilder().build().hashCode());
        assertEquals("t2", r.toBuilder().nextToken("t2").build().nextToken().orElseThrow());
        assertEquals("DescribeFailoverTestJobsRequest{regionId=cn-hangzhou, filters=[JobStatus=[Init]], maxResults=10, "
                + "nextToken=t}", r.toString());
    }

    @Test
    void filterKey_fromValue_acceptsOnlyDocumentedKeys() {
        for (FilterKey k : FilterKey.values()) {
            assertEquals(k, FilterKey.fromValue(k.value()));
        }
        assertThrows(SdkClientException.class, () -> FilterKey.fromValue("jobid"));
        assertThrows(SdkClientException.class, () -> FilterKey.fromValue(null));
    }
}
