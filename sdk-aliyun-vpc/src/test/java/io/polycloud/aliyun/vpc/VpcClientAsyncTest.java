package io.polycloud.aliyun.vpc;

import static io.polycloud.aliyun.vpc.VpcTestClients.error;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VpcClientAsyncTest extends LoopbackServerTest {



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
