package io.polycloud.aliyun.vpc;

import static io.polycloud.aliyun.vpc.VpcTestClients.error;
import static io.polycloud.aliyun.vpc.VpcTestClients.json;
import static io.polycloud.aliyun.vpc.VpcTestClients.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsResponse;
import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.ServiceException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class DescribeFailoverTestJobsIterableTest extends LoopbackServerTest {

    private static final DescribeFailoverTestJobsRequest TWO_PER_PAGE = DescribeFailoverTestJobsRequest.builder()
            .maxResults(2).build();


    private static MockResponse page(String requestId, String nextToken, String... jobIds) {
        String jobs = List.of(jobIds).stream().map(id -> "{\"JobId\":\"" + id + "\",\"Status\":\"Init\"}")
                .collect(Collectors.joining(","));
        return json(200, "{\"RequestId\":\"" + requestId + "\",\"TotalCount\":5,\"Count\":" + jobIds.length
                + ",\"MaxResults\":2,\"NextToken\":\"" + nextToken + "\",\"FailoverTestJobList\":[" + jobs + "]}");
    }

    private void enqueueThreePages() {
        server.enqueue(page("p1", "tok+1/a", "ftj-a1", "ftj-a2"));
        server.enqueue(page("p2", "tok 2", "ftj-b1", "ftj-b2"));
        server.enqueue(page("p3", "", "ftj-c1"));
    }

    @Test
    void paginator_overThreePages_followsNextTokenUntilTheLastPage() throws Exception {
        enqueueThreePages();
        try (VpcClient vpc = client()) {
            List<String> requestIds = vpc.describeFailoverTestJobsPaginator(TWO_PER_PAGE).stream()
                    .map(r -> r.requestId().orElseThrow()).toList();
            assertEquals(List.of("p1", "p2", "p3"), requestIds);
        }
        assertEquals("/?RegionId=cn-shanghai&MaxResults=2", take(server).getTarget());
        assertEquals("/?RegionId=cn-shanghai&MaxResults=2&NextToken=tok%2B1%2Fa", take(server).getTarget());
        assertEquals("/?RegionId=cn-shanghai&MaxResults=2&NextToken=tok%202", take(server).getTarget());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void jobs_overThreePages_streamsEveryJobInOrder() {
        enqueueThreePages();
        try (VpcClient vpc = client()) {
            assertEquals(List.of("ftj-a1", "ftj-a2", "ftj-b1", "ftj-b2", "ftj-c1"),
                    vpc.describeFailoverTestJobsPaginator(TWO_PER_PAGE).jobs().map(FailoverTestJob::jobId).toList());
        }
    }

    @Test
    void paginator_isLazy_requestingNothingUntilIteratedAndStoppingWhenTheConsumerDoes() {
        enqueueThreePages();
        try (VpcClient vpc = client()) {
            DescribeFailoverTestJobsIterable pages = vpc.describeFailoverTestJobsPaginator(TWO_PER_PAGE);
            Iterator<DescribeFailoverTestJobsResponse> it = pages.iterator();
            assertEquals(0, server.getRequestCount());
            assertEquals("ftj-a2", pages.jobs().filter(j -> j.jobId().endsWith("2")).findFirst().orElseThrow().jobId());
            assertEquals(1, server.getRequestCount());
            assertTrue(it.hasNext());
            assertEquals(2, server.getRequestCount(), "a second iteration starts again from the first page");
        }
    }

    @Test
    void iterator_afterTheLastPage_hasNoNext() {
        server.enqueue(page("only", "", "ftj-a1"));
        try (VpcClient vpc = client()) {
            Iterator<DescribeFailoverTestJobsResponse> it = vpc.describeFailoverTestJobsPaginator(TWO_PER_PAGE).iterator();
            assertEquals(Optional.of("only"), it.next().requestId());
            assertFalse(it.hasNext());
            assertThrows(NoSuchElementException.class, it::next);
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void paginator_fromARequestWithNextToken_startsThere() throws Exception {
        server.enqueue(page("p2", "", "ftj-b1"));
        try (VpcClient vpc = client()) {
            assertEquals(1, vpc.describeFailoverTestJobsPaginator(TWO_PER_PAGE.toBuilder().nextToken("t2").build()).jobs().count());
        }
        assertEquals("/?RegionId=cn-shanghai&MaxResults=2&NextToken=t2", take(server).getTarget());
    }

    @Test
    void paginator_whenServiceRepeatsTheTokenItWasGiven_stopsInsteadOfLooping() {
        server.enqueue(page("p1", "same", "ftj-a1"));
        server.enqueue(page("p2", "same", "ftj-a2"));
        try (VpcClient vpc = client()) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> vpc.describeFailoverTestJobsPaginator(TWO_PER_PAGE).jobs().count());
            assertTrue(e.getMessage().contains("same NextToken (request id p2)"), e.getMessage());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void paginator_whenAPageFails_throwsTheServiceException() {
        server.enqueue(page("p1", "t1", "ftj-a1"));
        server.enqueue(error("IllegalParam.NextToken", "The NextToken is invalid.", "REQ-p"));
        try (VpcClient vpc = client()) {
            Iterator<DescribeFailoverTestJobsResponse> it = vpc.describeFailoverTestJobsPaginator(TWO_PER_PAGE).iterator();
            it.next();
            ServiceException e = assertThrows(ServiceException.class, it::hasNext);
            assertEquals("IllegalParam.NextToken", e.errorCode());
        }
    }

    @Test
    void paginator_withNullRequest_fails() {
        try (VpcClient vpc = client()) {
            assertThrows(SdkClientException.class, () -> vpc.describeFailoverTestJobsPaginator(null));
        }
    }
}
