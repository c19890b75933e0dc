package io.polycloud.aliyun.vpc;

import static io.polycloud.aliyun.vpc.VpcTestClients.error;
import static io.polycloud.aliyun.vpc.VpcTestClients.json;
import static io.polycloud.aliyun.vpc.VpcTestClients.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.ServiceException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VpcClientAsyncTest extends LoopbackServerTest {


    @ParameterizedTest
    @EnumSource(Operation.class)
    void operationAsync_sendsTheSameRequestAndParsesTheSameResponse(Operation op) throws Exception {
        server.enqueue(json(200, op.successBody));
        try (VpcClient vpc = client()) {
            assertEquals(op.expectedResponse, op.callAsync(vpc).get(5, TimeUnit.SECONDS));
        }
        assertEquals("/?" + op.query, take(server).getTarget());
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void operationAsync_onServiceError_completesExceptionallyWithTheServiceException(Operation op) {
        server.enqueue(error("IllegalParam.JobId", "The JobId is invalid.", "REQ-async"));
        try (VpcClient vpc = client()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> op.callAsync(vpc).get(5, TimeUnit.SECONDS));
            ServiceException cause = assertInstanceOf(ServiceException.class, e.getCause());
            assertEquals("IllegalParam.JobId", cause.errorCode());
            assertEquals(ErrorCategory.NOT_FOUND, cause.category());
            assertEquals("REQ-async", cause.requestId().orElseThrow());
        }
    }

    @Test
    void everyAsyncMethod_withNullRequest_returnsAFailedFutureInsteadOfThrowing() {
        try (VpcClient vpc = client()) {
            List<Function<VpcClient, CompletableFuture<?>>> calls = List.of(
                    c -> c.createFailoverTestJobAsync(null), c -> c.startFailoverTestJobAsync(null),
                    c -> c.stopFailoverTestJobAsync(null), c -> c.deleteFailoverTestJobAsync(null),
                    c -> c.updateFailoverTestJobAsync(null), c -> c.describeFailoverTestJobsAsync(null));
            for (Function<VpcClient, CompletableFuture<?>> call : calls) {
                CompletableFuture<?> future = call.apply(vpc);
                ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
                assertEquals("request is required but was null", assertInstanceOf(SdkClientException.class, e.getCause()).getMessage());
            }
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void asyncCall_withoutAnyRegion_failsTheFutureBeforeSending() {
        try (VpcClient vpc = VpcClient.builder().endpointOverride("http://127.0.0.1:" + server.getPort())
                .credentials(io.polycloud.core.credentials.aliyun.AliyunCredentials.of(VpcTestClients.AK, VpcTestClients.SK))
                .build()) {
            CompletableFuture<?> start = vpc.startFailoverTestJobAsync(
                    StartFailoverTestJobRequest.builder().jobId(VpcTestClients.JOB).build());
            CompletableFuture<?> describe = vpc.describeFailoverTestJobsAsync(DescribeFailoverTestJobsRequest.builder().build());
            for (CompletableFuture<?> f : List.of(start, describe)) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
                assertInstanceOf(SdkClientException.class, e.getCause());
            }
        }
        assertEquals(0, server.getRequestCount());
    }
}
