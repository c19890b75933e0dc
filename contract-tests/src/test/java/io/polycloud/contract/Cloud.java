package io.polycloud.contract;

import java.util.Set;
import mockwebserver3.MockResponse;

/** What differs between the two protocols: the error body, where the request id travels, the headers on the wire. */
enum Cloud {
    /** Alibaba Cloud RPC: POST, parameters in the query, ACS3 signature, errors with HTTP 400 and a JSON body. */
    ALIYUN("aliyun", Set.of("accept-encoding", "authorization", "connection", "content-length", "host", "user-agent",
            "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version")) {
        @Override
        MockResponse error(int status, String code, String message, String requestId) {
            return Fixture.json(status, "{\"RequestId\":\"" + requestId + "\",\"HostId\":\"vpc.aliyuncs.com\",\"Code\":\""
                    + code + "\",\"Message\":\"" + message + "\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q="
                    + code + "\"}");
        }
    },
    /** Huawei Cloud REST: SDK-HMAC-SHA256, request id in {@code X-Request-Id}, {@code error_code}/{@code error_msg} bodies. */
    HUAWEI("huawei", Set.of("accept-encoding", "authorization", "connection", "content-type", "host", "user-agent",
            "x-project-id", "x-sdk-date")) {
        @Override
        MockResponse error(int status, String code, String message, String requestId) {
            return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                    .addHeader("X-Request-Id", requestId)
                    .body("{\n  \"error_code\" : \"" + code + "\",\n  \"error_msg\" : \"" + message + "\"\n}").build();
        }
    };

    final String provider;
    /** Every header on the wire, lower-cased, when the row adds none of its own. */
    final Set<String> wireHeaders;

    Cloud(String provider, Set<String> wireHeaders) {
        this.provider = provider;
        this.wireHeaders = wireHeaders;
    }

    /** An error answer in this cloud's format. */
    abstract MockResponse error(int status, String code, String message, String requestId);
}
