package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.protocol.ErrorResponses;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.protocol.aliyun.TestAliyunClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestClient;
import io.polycloud.core.internal.protocol.huawei.HuaweiRestRequest;
import io.polycloud.core.internal.protocol.huawei.RequestIdOnlyHandler;
import io.polycloud.core.internal.protocol.huawei.TestHuaweiClient;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.Loopback;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of error body, sent over HTTP and read through the whole pipeline: the exception
 * always keeps the status and the request id, whatever arrived.
 */
class ErrorMappingTest {

    private static final AliyunRpcRequest DESCRIBE = AliyunRpcRequest.builder("DescribeFailoverTestJobs")
            .parameter("RegionId", "cn-hangzhou").safeToRepeat(true).build();
    private static final HuaweiRestRequest DELETE = HuaweiRestRequest.builder("DeleteJob", "DELETE",
            "/v5/{project_id}/jobs/{job_id}").pathParameter("job_id", "job-1").safeToRepeat(true).build();

    private final MockWebServer server = Loopback.start(new MockWebServer());

    @AfterEach
    void stop() {
        server.close();
    }

    /** One error response and what the caller must see. {@code message} ending in "…" is a prefix. */
    record Case(String cloud, int status, String requestIdHeader, String body, String code, String message,
                String requestId, ErrorCategory category) {
    }

    private static Named<Case> aliyun(String what, int status, String body, String code, String message, String requestId,
                                      ErrorCategory category) {
        return Named.of("aliyun " + what, new Case("aliyun", status, "x-acs-request-id", body, code, message, requestId, category));
    }

    private static Named<Case> huawei(String what, int status, String header, String body, String code, String message,
                                      ErrorCategory category) {
        return Named.of("huawei " + what, new Case("huawei", status, header, body, code, message, "hdr-id", category));
    }

    static Stream<Named<Case>> errors() {
        return Stream.of(
                aliyun("RPC body", 400, "{\"RequestId\":\"body-id\",\"Code\":\"IllegalParam.JobId\",\"Message\":\"bad job id\","
                        + "\"HostId\":\"vpc.aliyuncs.com\",\"Recommend\":\"https://next.api.aliyun.com\"}",
                        "IllegalParam.JobId", "bad job id", "body-id", ErrorCategory.INVALID_PARAMETER),
                aliyun("HTML", 502, ErrorResponses.HTML, "HTTP_502", "HTTP 502 with a non-JSON body (text/html…", "hdr-id",
                        ErrorCategory.SERVER_ERROR),
                aliyun("empty", 503, "", "HTTP_503", "HTTP 503 with an empty body", "hdr-id", ErrorCategory.SERVER_ERROR),
                aliyun("truncated", 403, "{\"RequestId\":\"body-id\",\"Code\":\"Forbidden.RAM\",\"Mess", "Forbidden.RAM",
                        "HTTP 403 with a non-JSON body…", "body-id", ErrorCategory.AUTHORIZATION),
                aliyun("oversized", 500, ErrorResponses.oversized("{\"RequestId\":\"body-id\",\"Code\":\"InternalError\",\"Message\":\""),
                        "InternalError", "HTTP 500 with a truncated body…", "body-id", ErrorCategory.SERVER_ERROR),
                huawei("DRS body", 400, "X-Request-Id", "{\"error_code\":\"DRS.10000010\",\"error_msg\":\"Job status does not support it.\"}",
                        "DRS.10000010", "Job status does not support it.", ErrorCategory.INVALID_PARAMETER),
                huawei("LakeFormation body", 404, "X-request-id", "{\"error_code\":\"LF.00000404\",\"error_msg\":\"No such job.\","
                        + "\"common_error_code\":\"CBC.30000010\",\"solution_msg\":\"Check the job id.\"}",
                        "LF.00000404", "No such job.", ErrorCategory.NOT_FOUND),
                huawei("nested 403", 403, "X-Request-Id", "{\"error\":{\"code\":\"403\",\"message\":\"X-Auth-Token is invalid in the request\","
                        + "\"title\":\"Forbidden\"},\"error_code\":\"403\",\"error_msg\":\"X-Auth-Token is invalid in the request\","
                        + "\"title\":\"Forbidden\"}", "403", "X-Auth-Token is invalid in the request", ErrorCategory.AUTHORIZATION),
                huawei("single-quoted 401", 401, "X-Request-Id", "{ \"error_code\": 'APIG.1002', \"error_msg\": 'Incorrect token or token resolution failed' }",
                        "APIG.1002", "Incorrect token or token resolution failed", ErrorCategory.AUTHENTICATION),
                huawei("HTML", 502, "X-Request-Id", ErrorResponses.HTML, "HTTP_502", "HTTP 502 with a non-JSON body…",
                        ErrorCategory.SERVER_ERROR),
                huawei("empty", 504, "X-request-id", "", "HTTP_504", "HTTP 504 with an empty body", ErrorCategory.TIMEOUT),
                huawei("truncated", 409, "X-Request-Id", "{\"error_code\":\"DRS.10040001\",\"error_m", "DRS.10040001",
                        "HTTP 409 with a non-JSON body…", ErrorCategory.CONFLICT),
                huawei("oversized", 500, "X-Request-Id", ErrorResponses.oversized("{\"error_code\":\"DRS.00000500\",\"error_msg\":\""),
                        "DRS.00000500", "HTTP 500 with a truncated body…", ErrorCategory.SERVER_ERROR));
    }

    private ServiceException callExpectingError(Case c) {
        if (c.cloud().equals("aliyun")) {
            try (AliyunRpcClient client = new TestAliyunClient().endpointOverride(Loopback.uri(server))
                    .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret")).retryPolicy(RetryPolicy.none()).build()) {
                return assertThrows(ServiceException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            }
        }
        try (HuaweiRestClient client = huaweiClient()) {
            return assertThrows(ServiceException.class, () -> client.call(DELETE, RequestIdOnlyHandler.of(id -> id)));
        }
    }

    private HuaweiRestClient huaweiClient() {
        return new TestHuaweiClient().endpointOverride(Loopback.uri(server))
                .credentials(HuaweiCredentials.of("HWAKTEST", "hwSecretTest")).projectId("proj-1")
                .retryPolicy(RetryPolicy.none()).build();
    }

    @ParameterizedTest
    @MethodSource("errors")
    void call_withErrorBody_throwsServiceExceptionKeepingStatusAndRequestId(Case c) {
        MockResponse.Builder response = new MockResponse.Builder().code(c.status()).addHeader(c.requestIdHeader(), "hdr-id").body(c.body());
        if (c.body().startsWith("<html>")) {
            response.addHeader("Content-Type", "text/html");
        }
        server.enqueue(response.build());

        ServiceException e = callExpectingError(c);

        assertEquals(c.status(), e.httpStatus());
        assertEquals(c.code(), e.errorCode());
        if (c.message().endsWith("…")) {
            String prefix = c.message().substring(0, c.message().length() - 1);
            assertTrue(e.errorMessage().startsWith(prefix), e.errorMessage());
        } else {
            assertEquals(c.message(), e.errorMessage());
        }
        assertEquals(c.requestId(), e.requestId().orElseThrow());
        assertEquals(c.category(), e.category());
        assertEquals(1, e.attempts());
        assertTrue(e.rawBody().length() <= ServiceException.MAX_RAW_BODY_CHARS);
        assertEquals(c.body().substring(0, Math.min(c.body().length(), ServiceException.MAX_RAW_BODY_CHARS)), e.rawBody());
    }

    @Test
    void call_with2xxBodyTheHandlerCannotRead_throwsInvalidResponseKeepingStatusAndRequestId() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "hdr-id").body(ErrorResponses.HTML).build());
        try (HuaweiRestClient client = huaweiClient()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.call(DELETE, RequestIdOnlyHandler.of(id -> id)));
            assertEquals(200, e.httpStatus());
            assertEquals("InvalidResponse", e.errorCode());
            assertTrue(e.errorMessage().startsWith("could not read the response: "), e.errorMessage());
            assertEquals("hdr-id", e.requestId().orElseThrow());
            assertEquals(ErrorCategory.UNKNOWN, e.category());
            assertFalse(e.retryable());
            assertNotNull(e.getCause());
        }
    }

    @Test
    void call_with2xxBodyBeyondTheTransportLimit_throwsResponseTooLargeWithoutCallingTheHandler() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("x-acs-request-id", "hdr-id")
                .body(ErrorResponses.oversized("{\"RequestId\":\"")).build());
        try (AliyunRpcClient client = new TestAliyunClient().endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret")).build()) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.call(DESCRIBE, r -> {
                throw new AssertionError("handler must not see a cut body");
            }));
            assertEquals(200, e.httpStatus());
            assertEquals("ResponseTooLarge", e.errorCode());
            assertEquals("hdr-id", e.requestId().orElseThrow());
        }
    }

    @Test
    void call_whenTheHandlerRejectsInputWithAClientException_throwsThatExceptionUnchanged() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        SdkClientException rejection = new SdkClientException("handler says no");
        try (AliyunRpcClient client = new TestAliyunClient().endpointOverride(Loopback.uri(server))
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret")).build()) {
            assertSame(rejection, assertThrows(SdkClientException.class, () -> client.call(DESCRIBE, r -> {
                throw rejection;
            })));
        }
    }
}
