package io.polycloud.core.internal.protocol.huawei;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.pipeline.ResponseHandler;
import java.io.IOException;
import java.util.Locale;
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

    // The streaming parser, not an ObjectMapper: it checks the shape without building a tree, and a
    // client that never sees an error body never pays for initialising jackson-databind (cold start).
    // Held lazily: most answers are "{}" or empty and never need it.
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

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
                requireObject(body);
            }
        }
        return result.apply(HuaweiRequestIds.fromHeaders(response));
    }

    /** One JSON object and nothing after it; a malformed or cut-off document throws from the parser. */
    // Most of these operations answer "{}": recognising it directly saves creating a parser per call.
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

    private static void requireObject(byte[] body) throws IOException {
        try (JsonParser parser = Json.FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new IOException("expected an empty body or a JSON object, got "
                        + (first == null ? "only whitespace" : "a JSON " + describe(first)));
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new IOException("expected an empty body or a JSON object, got more after the object");
            }
        }
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_ARRAY:
                return "array";
            case VALUE_STRING:
                return "string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name().toLowerCase(Locale.ROOT);
        }
    }
}
