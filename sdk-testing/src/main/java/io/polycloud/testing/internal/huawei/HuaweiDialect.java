package io.polycloud.testing.internal.huawei;

import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.CloudDialect;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.Json;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Internal: Huawei Cloud's answer shapes. Request ids are 32 lower-case hex digits in
 * {@code X-Request-Id} (LakeFormation spells the header {@code X-request-id}, and the official
 * SDK reads it case-sensitively); errors are {@code {"error_msg","error_code","request_id"}}.
 * Not part of the public API.
 */
public final class HuaweiDialect implements CloudDialect {

    private static final HuaweiDialect STANDARD = new HuaweiDialect("X-Request-Id");
    private static final HuaweiDialect LAKEFORMATION = new HuaweiDialect("X-request-id");

    private final String requestIdHeader;

    private HuaweiDialect(String requestIdHeader) {
        this.requestIdHeader = requestIdHeader;
    }

    /**
     * The dialect of API Gateway, IAM, DRS and DDS.
     *
     * @return the shared instance
     */
    public static HuaweiDialect standard() {
        return STANDARD;
    }

    /**
     * LakeFormation's: the same, with the request id in {@code X-request-id}.
     *
     * @return the shared instance
     */
    public static HuaweiDialect lakeFormation() {
        return LAKEFORMATION;
    }

    @Override
    public String newRequestId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public Answer withRequestId(Exchange exchange, Answer answer) {
        return answer.withHeader(requestIdHeader, exchange.requestId());
    }

    @Override
    public Answer error(Exchange exchange, int status, String code, String message) {
        JsonObject body = Json.object()
                .put("error_msg", message)
                .put("error_code", code)
                .put("request_id", exchange.requestId())
                .build();
        return withRequestId(exchange, Answer.json(status, Json.write(body))).withErrorCode(code);
    }

    /**
     * API Gateway's nested 403 form, as the LakeFormation reference documents it:
     * {@code {"error":{"code":"403","message","title":"Forbidden"},"error_code":"403","error_msg","request_id"}}.
     *
     * @param exchange the request
     * @param message  the message
     * @return the answer
     */
    public Answer forbidden(Exchange exchange, String message) {
        JsonObject body = Json.object()
                .put("error", Json.object().put("code", "403").put("message", message).put("title", "Forbidden").build())
                .put("error_code", "403").put("error_msg", message).put("request_id", exchange.requestId())
                .build();
        return withRequestId(exchange, Answer.json(403, Json.write(body))).withErrorCode("403");
    }

    @Override
    public Answer throttled(Exchange exchange) {
        return error(exchange, 429, "APIG.0308",
                "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second");
    }
}
