package io.polycloud.aliyun.vpc;

import static io.polycloud.aliyun.vpc.VpcTestClients.AK;
import static io.polycloud.aliyun.vpc.VpcTestClients.JOB;
import static io.polycloud.aliyun.vpc.VpcTestClients.SIGNED_HEADERS;
import static io.polycloud.aliyun.vpc.VpcTestClients.assertSignatureVerifies;
import static io.polycloud.aliyun.vpc.VpcTestClients.json;
import static io.polycloud.aliyun.vpc.VpcTestClients.ok;
import static io.polycloud.aliyun.vpc.VpcTestClients.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsResponse;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.JobType;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobRequest;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.testsupport.RecordedRequests;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class VpcClientWireTest extends LoopbackServerTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** What OkHttp adds after signing (Connection, Accept-Encoding, Content-Length of the empty body), and the rest. */
    private static final Set<String> WIRE_HEADERS = new TreeSet<>(Set.of("accept-encoding", "authorization", "connection",
            "content-length", "host", "user-agent", "x-acs-action", "x-acs-content-sha256", "x-acs-date",
            "x-acs-signature-nonce", "x-acs-version"));




    @Test
    void signature_isOverTheSortedQueryAndFailsWithAnotherSecret() throws Exception {
        server.enqueue(json(200, Operation.CREATE.successBody));
        try (VpcClient vpc = client()) {
            Operation.CREATE.call(vpc);
        }
        RecordedRequest r = take(server);
        SignatureDetails signed = assertSignatureVerifies(r);
        String[] canonical = signed.canonicalRequest().split("\n", -1);
        assertEquals("POST", canonical[0]);
        assertEquals("/", canonical[1]);
        assertEquals("ClientToken=" + VpcTestClients.TOKEN + "&Description=%E6%95%85%E9%9A%9C%E6%BC%94%E7%BB%83"
                + "&DryRun=false&JobDuration=60&JobType=StartLater&Name=drill%20a%2Ab~c%2Fd&RegionId=cn-shanghai"
                + "&ResourceId.1=pc-uf66k4e8pq3r00jfqd1x&ResourceId.2=pc-uf6a1b2c3d4e5f6g7h8i&ResourceType=PHYSICALCONNECTION",
                canonical[2]);
        String authorization = r.getHeaders().get("Authorization");
        String withOtherSecret = Acs3Signer.hmacSha256().signature(RecordedRequests.toSdkHttpRequest(r),
                Arrays.asList(SIGNED_HEADERS.split(";")), "another-secret").signature();
        assertNotEquals(authorization.substring(authorization.indexOf("Signature=") + 10), withOtherSecret);
    }

    @Test
    void startFailoverTestJob_withoutClientToken_sendsAGeneratedUuidToken() throws Exception {
        server.enqueue(ok("req-1"));
        server.enqueue(ok("req-2"));
        try (VpcClient vpc = client()) {
            StartFailoverTestJobRequest request = StartFailoverTestJobRequest.builder().jobId(JOB).build();
            vpc.startFailoverTestJob(request);
            vpc.startFailoverTestJob(request);
        }
        String first = take(server).getUrl().queryParameter("ClientToken");
        String second = take(server).getUrl().queryParameter("ClientToken");
        assertTrue(UUID.matcher(first).matches(), first);
        assertTrue(UUID.matcher(second).matches(), second);
        assertNotEquals(first, second, "each call gets its own token");
    }

    @Test
    void createFailoverTestJob_withOnlyRequiredFields_leavesOptionalParametersOut() throws Exception {
        server.enqueue(json(200, Operation.CREATE.successBody));
        try (VpcClient vpc = client()) {
            vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder().resourceIds("pc-a1").jobType(JobType.START_NOW)
                    .jobDuration(1).clientToken("t-1").build());
        }
        assertEquals("/?RegionId=cn-shanghai&ResourceType=PHYSICALCONNECTION&ResourceId.1=pc-a1&JobType=StartNow"
                + "&JobDuration=1&ClientToken=t-1", take(server).getTarget());
    }

    @Test
    void updateFailoverTestJob_withOnlyJobId_sendsJobIdAndToken() throws Exception {
        server.enqueue(ok("req-u"));
        try (VpcClient vpc = client()) {
            vpc.updateFailoverTestJob(UpdateFailoverTestJobRequest.builder().jobId(JOB).clientToken("t-2").build());
        }
        assertEquals("/?RegionId=cn-shanghai&JobId=" + JOB + "&ClientToken=t-2", take(server).getTarget());
    }

    @Test
    void describeFailoverTestJobs_withNoFilters_sendsOnlyTheRegion() throws Exception {
        server.enqueue(json(200, "{\"RequestId\":\"r\",\"FailoverTestJobList\":[]}"));
        try (VpcClient vpc = client()) {
            DescribeFailoverTestJobsResponse page = vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build());
            assertTrue(page.failoverTestJobList().isEmpty());
            assertTrue(page.nextToken().isEmpty());
            assertTrue(page.totalCount().isEmpty());
        }
        assertEquals("/?RegionId=cn-shanghai", take(server).getTarget());
    }

    @Test
    void request_withItsOwnRegion_overridesTheClientRegion() throws Exception {
        server.enqueue(ok("req-d"));
        try (VpcClient vpc = client()) {
            vpc.deleteFailoverTestJob(DeleteFailoverTestJobRequest.builder().regionId("eu-central-1").jobId(JOB)
                    .clientToken("t-3").build());
        }
        assertEquals("/?RegionId=eu-central-1&JobId=" + JOB + "&ClientToken=t-3", take(server).getTarget());
    }

    @Test
    void request_withoutRegionOnClientOrRequest_failsBeforeSending() {
        try (VpcClient vpc = VpcClient.builder().endpointOverride("http://127.0.0.1:" + server.getPort())
                .credentials(AliyunCredentials.of(AK, VpcTestClients.SK)).build()) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(JOB).build()));
            assertTrue(e.getMessage().contains("regionId is required"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void nullRequest_failsBeforeSending() {
        try (VpcClient vpc = client()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> vpc.stopFailoverTestJob(null));
            assertEquals("request is required but was null", e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void temporaryCredentials_sendAndSignTheSecurityToken() throws Exception {
        server.enqueue(ok("req-sts"));
        try (VpcClient vpc = VpcTestClients.builder(server, time)
                .credentials(AliyunCredentials.of(AK, VpcTestClients.SK, "sts-token-example")).build()) {
            vpc.startFailoverTestJob(Operation.Requests.START);
        }
        RecordedRequest r = take(server);
        assertEquals("sts-token-example", r.getHeaders().get("x-acs-security-token"));
        assertTrue(r.getHeaders().get("Authorization").contains(
                ",SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,"));
    }

    @Test
    void response_withRequestIdOnlyInHeader_usesTheHeader() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("x-acs-request-id", "hdr-req-1").body("{}").build());
        try (VpcClient vpc = client()) {
            assertEquals(StartFailoverTestJobResponse.builder().requestId("hdr-req-1").build(),
                    vpc.startFailoverTestJob(Operation.Requests.START));
        }
    }

    @Test
    void response_withHtmlBody_throwsInvalidResponseKeepingStatusAndRequestId() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .addHeader("x-acs-request-id", "hdr-req-2").body("<html><body>gateway</body></html>").build());
        try (VpcClient vpc = client()) {
            ServiceException e = assertThrows(ServiceException.class, () -> vpc.startFailoverTestJob(Operation.Requests.START));
            assertEquals("InvalidResponse", e.errorCode());
            assertEquals(200, e.httpStatus());
            assertEquals("hdr-req-2", e.requestId().orElseThrow());
            assertEquals(ErrorCategory.UNKNOWN, e.category());
        }
    }

    @Test
    void requestIdOnlyResponse_readsTheTopLevelRequestIdOrFallsBackToTheHeader() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("x-acs-request-id", "hdr-req")
                .body("{\"Nested\":{\"RequestId\":\"inner\"},\"List\":[{\"RequestId\":1}],\"RequestId\":\"body-req\"}").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("x-acs-request-id", "hdr-req")
                .body("{\"Nested\":{\"RequestId\":\"inner\"},\"RequestId\":null}").build());
        server.enqueue(json(200, "{\"RequestId\":\"plain-req\"}"));
        server.enqueue(json(200, "{\"RequestId\":\"esc\\\"aped\\u0041\"}"));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("x-acs-request-id", "hdr-req")
                .body("{\"RequestId\":\"\"}").build());
        try (VpcClient vpc = client()) {
            assertEquals(Optional.of("body-req"), vpc.startFailoverTestJob(Operation.Requests.START).requestId());
            assertEquals(Optional.of("hdr-req"), vpc.startFailoverTestJob(Operation.Requests.START).requestId());
            assertEquals(Optional.of("plain-req"), vpc.startFailoverTestJob(Operation.Requests.START).requestId());
            assertEquals(Optional.of("esc\"apedA"), vpc.startFailoverTestJob(Operation.Requests.START).requestId());
            assertEquals(Optional.of("hdr-req"), vpc.startFailoverTestJob(Operation.Requests.START).requestId());
        }
    }

    @Test
    void requestIdOnlyResponse_thatIsNotACompleteObjectWithATextRequestId_throwsInvalidResponse() {
        String[] bodies = {"{\"RequestId\":42}", "{\"RequestId\":[\"r\"]}", "{\"RequestId\":\"r\"", "[]", "", "{}"};
        String[] named = {"RequestId is a NUMBER", "RequestId is a ARRAY", "malformed JSON", "expected a JSON object",
                "expected a JSON object", "no RequestId"};
        try (VpcClient vpc = client()) {
            for (int i = 0; i < bodies.length; i++) {
                server.enqueue(json(200, bodies[i]));
                ServiceException e = assertThrows(ServiceException.class, () -> vpc.deleteFailoverTestJob(Operation.Requests.DELETE));
                assertEquals("InvalidResponse", e.errorCode());
                assertEquals(200, e.httpStatus());
                assertTrue(e.errorMessage().contains(named[i]), e.errorMessage());
            }
        }
    }

    @Test
    void createResponse_withoutJobId_throwsInvalidResponse() {
        server.enqueue(json(200, "{\"RequestId\":\"req-3\"}"));
        try (VpcClient vpc = client()) {
            ServiceException e = assertThrows(ServiceException.class, () -> Operation.CREATE.call(vpc));
            assertEquals("InvalidResponse", e.errorCode());
            assertTrue(e.errorMessage().contains("missing JobId"), e.errorMessage());
        }
    }

    @Test
    void describeResponse_withMalformedFields_throwsInvalidResponseNamingTheField() {
        String[] bodies = {
            "{\"RequestId\":\"r\",\"FailoverTestJobList\":{\"JobId\":\"" + JOB + "\"}}",
            "{\"RequestId\":\"r\",\"FailoverTestJobList\":[{\"Status\":\"Init\"}]}",
            "{\"RequestId\":\"r\",\"FailoverTestJobList\":[{\"JobId\":\"" + JOB + "\",\"Status\":\"Init\",\"JobDuration\":\"sixty\"}]}",
            "{\"RequestId\":\"r\",\"FailoverTestJobList\":[{\"JobId\":\"" + JOB + "\",\"Status\":\"Init\",\"StartTime\":\"yesterday\"}]}",
            "{\"RequestId\":\"r\",\"FailoverTestJobList\":[{\"JobId\":\"" + JOB + "\",\"Status\":\"Init\",\"ResourceId\":[1]}]}",
            "{\"RequestId\":\"r\",\"TotalCount\":1.5}",
            "{\"RequestId\":\"r\",\"FailoverTestJobList\":[{\"JobId\":\"ftj-\\u0001\",\"Status\":\"Init\"}]}",
            "{\"RequestId\":\"" + "r".repeat(300) + "\"}",
        };
        String[] named = {"FailoverTestJobList", "JobId", "JobDuration", "StartTime", "ResourceId", "TotalCount", "jobId",
            "requestId"};
        try (VpcClient vpc = client()) {
            for (int i = 0; i < bodies.length; i++) {
                server.enqueue(json(200, bodies[i]));
                ServiceException e = assertThrows(ServiceException.class,
                        () -> vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build()));
                assertEquals("InvalidResponse", e.errorCode());
                assertTrue(e.errorMessage().contains(named[i]), e.errorMessage());
            }
        }
    }

    @Test
    void describeResponse_withUnknownStatus_keepsTheValue() {
        server.enqueue(json(200, "{\"RequestId\":\"r\",\"FailoverTestJobList\":[{\"JobId\":\"" + JOB
                + "\",\"Status\":\"Deleted\",\"JobType\":\"StartTomorrow\"}]}"));
        try (VpcClient vpc = client()) {
            var job = vpc.describeFailoverTestJobs(DescribeFailoverTestJobsRequest.builder().build()).failoverTestJobList().get(0);
            assertEquals(FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION, job.status());
            assertEquals("Deleted", job.statusAsString());
            assertEquals(JobType.UNKNOWN_TO_SDK_VERSION, job.jobType().orElseThrow());
            assertEquals("StartTomorrow", job.jobTypeAsString().orElseThrow());
        }
    }
}
