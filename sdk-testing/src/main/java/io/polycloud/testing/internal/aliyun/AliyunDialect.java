package io.polycloud.testing.internal.aliyun;

import io.polycloud.core.internal.http.PercentEncoding;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.CloudDialect;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.Json;
import java.util.Locale;
import java.util.UUID;

/**
 * Internal: Alibaba Cloud's answer shapes. Request ids are upper-case UUIDs in
 * {@code x-acs-request-id} and in the body; errors are
 * {@code {"RequestId","HostId","Code","Message","Recommend"}}. Not part of the public API.
 */
public final class AliyunDialect implements CloudDialect {

    /** The header carrying the request id. */
    public static final String REQUEST_ID_HEADER = "x-acs-request-id";

    private static final AliyunDialect INSTANCE = new AliyunDialect();

    private AliyunDialect() {
    }

    /**
     * The dialect.
     *
     * @return the shared instance
     */
    public static AliyunDialect instance() {
        return INSTANCE;
    }

    @Override
    public String newRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    @Override
    public Answer withRequestId(Exchange exchange, Answer answer) {
        return answer.withHeader(REQUEST_ID_HEADER, exchange.requestId());
    }

    /**
     * A {@code 200} answer: the body with {@code RequestId} first.
     *
     * @param exchange the request
     * @param fields   the operation's result fields
     * @return the answer
     */
    public Answer success(Exchange exchange, JsonObject fields) {
        JsonObject.Builder body = Json.object().put("RequestId", exchange.requestId());
        fields.members().forEach(body::put);
        return withRequestId(exchange, Answer.json(200, Json.write(body.build())));
    }

    @Override
    public Answer error(Exchange exchange, int status, String code, String message) {
        String host = exchange.request().host().isEmpty() ? "vpc.aliyuncs.com" : exchange.request().host();
        JsonObject body = Json.object()
                .put("RequestId", exchange.requestId())
                .put("HostId", host)
                .put("Code", code)
                .put("Message", message)
                .put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + PercentEncoding.encode(code)
                        + "&product=Vpc&requestId=" + exchange.requestId()).build();
        return withRequestId(exchange, Answer.json(status, Json.write(body))).withErrorCode(code);
    }

    @Override
    public Answer throttled(Exchange exchange) {
        return error(exchange, 429, "Throttling", "Request was denied due to request throttling.");
    }
}
