package io.polycloud.core.internal.protocol.huawei;

import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.pipeline.ResponseHandler;
import io.polycloud.core.internal.protocol.JsonFields;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the 2xx answer of a Huawei Cloud operation whose only result is the request id, such as
 * a delete: {@code 200 {}}, {@code 204} with no body, or {@code 200} with the id in a header.
 * The request id comes from {@code X-Request-Id} in any letter case (LakeFormation spells it
 * {@code X-request-id}). A body must be empty or a JSON object; anything else (an HTML page from
 * a proxy, a cut-off document) fails, and the pipeline reports it as an {@code InvalidResponse}
 * {@link io.polycloud.core.exception.ServiceException} that keeps the status and request id.
 *
 * <pre>{@code
 * rest.call(request, RequestIdOnlyHandler.of(id -> new DeleteJobResponse(id)));
 * }</pre>
 *
 * @param <T> the typed response
 */
public final class RequestIdOnlyHandler<T> implements ResponseHandler<T> {

    private final Function<Optional<String>, T> result;

    private RequestIdOnlyHandler(Function<Optional<String>, T> result) {
        this.result = result;
    }

    /**
     * A handler.
     *
     * @param result builds the typed response from the request id, empty when the service sent none
     * @param <T>    the typed response
     * @return the handler
     */
    public static <T> RequestIdOnlyHandler<T> of(Function<Optional<String>, T> result) {
        return new RequestIdOnlyHandler<>(Objects.requireNonNull(result, "result"));
    }

    /**
     * Checks the body and builds the result.
     *
     * @param response a 2xx response
     * @return the typed response
     * @throws IOException if the body is neither empty nor a JSON object
     */
    @Override
    public T handle(SdkHttpResponse response) throws IOException {
        if (response.bodyLength() > 0) {
            byte[] body = response.body();
            if (!isEmptyObject(body)) {
                JsonFields.object(body);
            }
        }
        return result.apply(HuaweiRequestIds.fromHeaders(response));
    }

    // Most of these operations answer "{}": recognising it directly saves parsing it.
    private static boolean isEmptyObject(byte[] body) {
        int i = 0;
        int end = body.length;
        while (i < end && isJsonWhitespace(body[i])) {
            i++;
        }
        while (end > i && isJsonWhitespace(body[end - 1])) {
            end--;
        }
        return end - i == 2 && body[i] == '{' && body[i + 1] == '}';
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
