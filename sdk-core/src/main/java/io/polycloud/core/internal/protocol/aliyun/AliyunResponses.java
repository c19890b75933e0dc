package io.polycloud.core.internal.protocol.aliyun;

import io.polycloud.core.SdkResponse;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.pipeline.ResponseHandler;
import io.polycloud.core.internal.protocol.JsonFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the request id of an Alibaba Cloud RPC answer: the body's top-level {@code RequestId},
 * else the {@code x-acs-request-id} header; an answer with neither is unreadable.
 */
public final class AliyunResponses {

    // Most request-id-only answers are exactly {"RequestId":"..."}: read by hand, else as a JSON object.
    private static final byte[] REQUEST_ID_PREFIX = "{\"RequestId\":\"".getBytes(StandardCharsets.US_ASCII);

    private AliyunResponses() {
    }

    /**
     * A handler for an answer that carries only the request id.
     *
     * @param builder a new builder of the typed response
     * @param <R>     the typed response
     * @return the handler
     */
    public static <R extends SdkResponse> ResponseHandler<R> requestIdOnly(Supplier<SdkResponse.Builder<R>> builder) {
        return JsonFields.checked(response -> builder.get().requestId(requestId(response)).build());
    }

    /**
     * The request id: the one found in the body, else the header.
     *
     * @param fromBody the body's {@code RequestId}, if any
     * @param response the response
     * @return the request id
     * @throws IOException if neither has one
     */
    public static String requestId(Optional<String> fromBody, SdkHttpResponse response) throws IOException {
        Optional<String> id = fromBody.or(() -> AliyunRequestIds.fromHeaders(response));
        if (id.isEmpty()) {
            throw new IOException("no RequestId in the body or headers");
        }
        return id.get();
    }

    private static String requestId(SdkHttpResponse response) throws IOException {
        String simple = onlyRequestId(response.body());
        return simple != null ? simple : requestId(JsonFields.of(response).text("RequestId"), response);
    }

    /** The id if the body is exactly {"RequestId":"id"} with a non-empty id needing no unescaping, else null. */
    private static String onlyRequestId(byte[] body) {
        int end = body.length - 2;
        if (end <= REQUEST_ID_PREFIX.length || body[end] != '"' || body[end + 1] != '}'
                || !Arrays.equals(body, 0, REQUEST_ID_PREFIX.length, REQUEST_ID_PREFIX, 0, REQUEST_ID_PREFIX.length)) {
            return null;
        }
        for (int i = REQUEST_ID_PREFIX.length; i < end; i++) {
            byte b = body[i];
            if (b < 0x20 || b >= 0x7F || b == '"' || b == '\\') {
                return null;
            }
        }
        return new String(body, REQUEST_ID_PREFIX.length, end - REQUEST_ID_PREFIX.length, StandardCharsets.US_ASCII);
    }
}
