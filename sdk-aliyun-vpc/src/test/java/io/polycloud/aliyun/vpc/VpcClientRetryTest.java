package io.polycloud.aliyun.vpc;

import static io.polycloud.aliyun.vpc.VpcTestClients.json;
import static io.polycloud.aliyun.vpc.VpcTestClients.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.exception.ServiceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VpcClientRetryTest extends LoopbackServerTest {


    static Stream<Operation> operationsWithClientToken() {
        return Operation.withClientToken().stream();
    }

    /** 503 (not processed), a reset after the request arrived (may have been processed), then success. */
    private void enqueueTwoFailuresThenSuccess(Operation op) {
        server.enqueue(json(503, "{\"RequestId\":\"r-503\",\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"));
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, op.successBody));
    }

    private List<RecordedRequest> takeAll(int n) throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(take(server));
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("operationsWithClientToken")
    void operation_retriedAfter503AndReset_sendsTheCallersClientTokenOnEveryAttempt(Operation op) throws Exception {
        enqueueTwoFailuresThenSuccess(op);
        try (VpcClient vpc = client()) {
            assertEquals(op.expectedResponse, op.call(vpc));
        }
        Set<String> nonces = new HashSet<>();
        for (RecordedRequest r : takeAll(3)) {
            assertEquals("/?" + op.query, r.getTarget(), "identical parameters, the caller's token included");
            nonces.add(r.getHeaders().get("x-acs-signature-nonce"));
            VpcTestClients.assertSignatureVerifies(r);
        }
        assertEquals(3, nonces.size(), "every attempt is signed with a fresh nonce");
        // Full jitter fixed at 0.5: half of 100 ms, then half of 200 ms; the fake clock only moved.
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.sleeps());
    }

    @ParameterizedTest
    @MethodSource("operationsWithClientToken")
    void operationAsync_retriedAfter503AndReset_sendsTheCallersClientTokenOnEveryAttempt(Operation op) throws Exception {
        enqueueTwoFailuresThenSuccess(op);
        try (VpcClient vpc = client()) {
            assertEquals(op.expectedResponse, op.callAsync(vpc).get(5, TimeUnit.SECONDS));
        }
        for (RecordedRequest r : takeAll(3)) {
            assertEquals("/?" + op.query, r.getTarget());
        }
    }

    @Test
    void generatedClientToken_isCreatedOncePerCallAndRepeatedOnEveryRetry() throws Exception {
        server.enqueue(json(503, "{\"RequestId\":\"r-1\",\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"));
        server.enqueue(json(500, "{\"RequestId\":\"r-2\",\"Code\":\"InternalError\",\"Message\":\"oops\"}"));
        server.enqueue(json(200, "{\"RequestId\":\"r-3\"}"));
        server.enqueue(json(200, "{\"RequestId\":\"r-4\"}"));
        try (VpcClient vpc = client()) {
            StartFailoverTestJobRequest request = StartFailoverTestJobRequest.builder().jobId(VpcTestClients.JOB).build();
            vpc.startFailoverTestJob(request);
            vpc.startFailoverTestJob(request);
        }
        List<RecordedRequest> sent = takeAll(4);
        String token = sent.get(0).getUrl().queryParameter("ClientToken");
        assertEquals(token, sent.get(1).getUrl().queryParameter("ClientToken"));
        assertEquals(token, sent.get(2).getUrl().queryParameter("ClientToken"));
        assertNotEquals(token, sent.get(3).getUrl().queryParameter("ClientToken"), "a new call gets a new token");
    }

    @Test
    void describe_isRetriedAfterAResetAlthoughItCarriesNoToken() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, Operation.DESCRIBE.successBody));
        try (VpcClient vpc = client()) {
            assertEquals(Operation.DESCRIBE.expectedResponse, Operation.DESCRIBE.call(vpc));
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void retries_stopAfterMaxAttemptsAndReportThem() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(503, "{\"RequestId\":\"r-" + i + "\",\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"));
        }
        try (VpcClient vpc = client()) {
            ServiceException e = assertThrows(ServiceException.class, () -> Operation.DELETE.call(vpc));
            assertEquals(503, e.httpStatus());
            assertEquals(4, e.attempts());
            assertEquals("r-3", e.requestId().orElseThrow());
        }
    }
}
