package io.polycloud.reliability.faults;

import io.polycloud.reliability.support.SeededOperation;
import mockwebserver3.MockResponse;

/**
 * What each operation's service answers, in its own dialect: where the request id goes (Alibaba
 * {@code x-acs-request-id} and the body; Huawei {@code X-Request-Id}, spelled {@code X-request-id}
 * by LakeFormation) and what a success and an error look like.
 */
final class Answers {

    private Answers() {
    }

    /** The documented success: VPC 200 with the id in the body, DRS 200 {@code {}}, DDS 204, LakeFormation 200 with no body. */
    static MockResponse success(SeededOperation op, String requestId) {
        MockResponse.Builder b = withRequestId(op, requestId).code(successStatus(op));
        switch (op) {
            case VPC_DELETE_FAILOVER_TEST_JOB, VPC_START_FAILOVER_TEST_JOB ->
                    b.addHeader("Content-Type", "application/json;charset=utf-8").body("{\"RequestId\":\"" + requestId + "\"}");
            case DRS_DELETE_JOB -> b.addHeader("Content-Type", "application/json").body("{}");
            default -> { }
        }
        return b.build();
    }

    static int successStatus(SeededOperation op) {
        return op == SeededOperation.DDS_CANCEL_SCHEDULED_TASK ? 204 : 200;
    }

    /** A JSON error body in the cloud's format, with the request id where that cloud puts it. */
    static MockResponse.Builder error(SeededOperation op, int status, String code, String message, String requestId) {
        String body = op.cloud() == SeededOperation.Cloud.ALIYUN
                ? "{\"RequestId\":\"" + requestId + "\",\"HostId\":\"vpc.aliyuncs.com\",\"Code\":\"" + code
                        + "\",\"Message\":\"" + message + "\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=" + code + "\"}"
                : "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}";
        return withRequestId(op, requestId).code(status).addHeader("Content-Type", "application/json;charset=utf-8").body(body);
    }

    /** A response carrying the request id in the operation's header. */
    static MockResponse.Builder withRequestId(SeededOperation op, String requestId) {
        return new MockResponse.Builder().addHeader(requestIdHeader(op), requestId);
    }

    private static String requestIdHeader(SeededOperation op) {
        return switch (op) {
            case VPC_DELETE_FAILOVER_TEST_JOB, VPC_START_FAILOVER_TEST_JOB -> "x-acs-request-id";
            case LAKEFORMATION_DELETE_JOB -> "X-request-id";
            default -> "X-Request-Id";
        };
    }
}
