package io.polycloud.aliyun.vpc.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsResponse;
import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.aliyun.vpc.model.RequestIdResponse;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobResponse;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.pipeline.ResponseHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Internal: reads the JSON bodies of successful FailoverTestJob responses. A body that is not a
 * JSON object, lacks a required field or has one of the wrong type makes the handler throw; the
 * pipeline turns that into a {@code ServiceException} with code {@code InvalidResponse} that keeps
 * the HTTP status and request id. Not part of the public API.
 */
public final class ResponseHandlers {

    /** {@code {"RequestId":…,"JobId":…}}. */
    public static final ResponseHandler<CreateFailoverTestJobResponse> CREATE = checked(response -> {
        JsonNode body = object(response);
        return CreateFailoverTestJobResponse.builder().requestId(requestId(body, response))
                .jobId(required(body, "JobId")).build();
    });
    /** {@code {"RequestId":…}}. */
    public static final ResponseHandler<StartFailoverTestJobResponse> START = requestIdOnly(StartFailoverTestJobResponse::builder);
    /** {@code {"RequestId":…}}. */
    public static final ResponseHandler<StopFailoverTestJobResponse> STOP = requestIdOnly(StopFailoverTestJobResponse::builder);
    /** {@code {"RequestId":…}}. */
    public static final ResponseHandler<DeleteFailoverTestJobResponse> DELETE =
            requestIdOnly(DeleteFailoverTestJobResponse::builder);
    /** {@code {"RequestId":…}}. */
    public static final ResponseHandler<UpdateFailoverTestJobResponse> UPDATE =
            requestIdOnly(UpdateFailoverTestJobResponse::builder);
    /** {@code {"RequestId","FailoverTestJobList":[…],"NextToken","TotalCount","Count","MaxResults"}}. */
    public static final ResponseHandler<DescribeFailoverTestJobsResponse> DESCRIBE = checked(ResponseHandlers::describe);

    // The four operations that answer only a request id read it by hand when the body is exactly
    // {"RequestId":"..."}, else with the streaming parser; the ObjectMapper serves Create and
    // Describe. Loading Jackson costs a client's first call 50 to 200 ms.
    private static final byte[] REQUEST_ID_PREFIX = "{\"RequestId\":\"".getBytes(StandardCharsets.US_ASCII);

    private ResponseHandlers() {
    }

    private static <R extends RequestIdResponse> ResponseHandler<R> requestIdOnly(
            Supplier<? extends RequestIdResponse.Builder<?, R>> builder) {
        return checked(response -> builder.get().requestId(requestId(response)).build());
    }

    /** The top-level {@code RequestId} of a JSON object body, else the header; no tree is built. */
    private static String requestId(SdkHttpResponse response) throws IOException {
        byte[] body = response.body();
        String simple = onlyRequestId(body);
        if (simple != null) {
            return simple;
        }
        Optional<String> id = Optional.empty();
        try (JsonParser parser = Json.FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("RequestId")) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_STRING) {
                    id = parser.getText().isEmpty() ? Optional.empty() : Optional.of(parser.getText());
                } else if (value == JsonToken.VALUE_NULL) {
                    id = Optional.empty();
                } else {
                    throw new IOException("RequestId is a " + nodeType(value) + " instead of a string");
                }
            }
        }
        return requestId(id, response);
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

    private static String nodeType(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "OBJECT";
            case START_ARRAY:
                return "ARRAY";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "BOOLEAN";
            default:
                return "NUMBER";
        }
    }

    /**
     * A value the model refuses (a control character in an id, say) is the service's fault, not
     * the caller's: report it as an unreadable response rather than as an {@link SdkClientException}.
     */
    private static <T> ResponseHandler<T> checked(ResponseHandler<T> handler) {
        return response -> {
            try {
                return handler.handle(response);
            } catch (SdkClientException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }

    private static DescribeFailoverTestJobsResponse describe(SdkHttpResponse response) throws IOException {
        JsonNode body = object(response);
        List<FailoverTestJob> jobs = new ArrayList<>();
        for (JsonNode item : array(body, "FailoverTestJobList")) {
            if (!item.isObject()) {
                throw new IOException("FailoverTestJobList holds a " + item.getNodeType() + " instead of an object");
            }
            jobs.add(job(item));
        }
        return DescribeFailoverTestJobsResponse.builder()
                .requestId(requestId(body, response))
                .failoverTestJobList(jobs)
                .nextToken(text(body, "NextToken").orElse(null))
                .totalCount(integer(body, "TotalCount").orElse(null))
                .count(integer(body, "Count").orElse(null))
                .maxResults(integer(body, "MaxResults").orElse(null))
                .build();
    }

    private static FailoverTestJob job(JsonNode item) throws IOException {
        List<String> resourceIds = new ArrayList<>();
        for (JsonNode id : array(item, "ResourceId")) {
            if (!id.isTextual()) {
                throw new IOException("ResourceId holds a " + id.getNodeType() + " instead of a string");
            }
            resourceIds.add(id.asText());
        }
        return FailoverTestJob.builder()
                .jobId(required(item, "JobId"))
                .status(required(item, "Status"))
                .name(text(item, "Name").orElse(null))
                .description(text(item, "Description").orElse(null))
                .resourceType(text(item, "ResourceType").orElse(null))
                .resourceIds(resourceIds)
                .jobType(text(item, "JobType").orElse(null))
                // Documented as a string ("60"); a number is read the same way.
                .jobDuration(integer(item, "JobDuration").orElse(null))
                .startTime(instant(item, "StartTime").orElse(null))
                .stopTime(instant(item, "StopTime").orElse(null))
                .build();
    }

    private static JsonNode object(SdkHttpResponse response) throws IOException {
        JsonNode node = Mapper.INSTANCE.readTree(response.body());
        if (node == null || !node.isObject()) {
            throw new IOException("expected a JSON object");
        }
        return node;
    }

    /** The body's {@code RequestId}, else the {@code x-acs-request-id} header. */
    private static String requestId(JsonNode body, SdkHttpResponse response) throws IOException {
        return requestId(text(body, "RequestId"), response);
    }

    private static String requestId(Optional<String> fromBody, SdkHttpResponse response) throws IOException {
        Optional<String> id = fromBody.or(() -> response.header("x-acs-request-id"));
        if (id.isEmpty()) {
            throw new IOException("no RequestId in the body or headers");
        }
        return id.get();
    }

    private static String required(JsonNode node, String field) throws IOException {
        Optional<String> value = text(node, field);
        if (value.isEmpty()) {
            throw new IOException("missing " + field);
        }
        return value.get();
    }

    /** A string field; absent, null or empty reads as empty. */
    private static Optional<String> text(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new IOException(field + " is a " + v.getNodeType() + " instead of a string");
        }
        return v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
    }

    /** An integer field, sent as a number or as a numeric string. */
    private static Optional<Integer> integer(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v != null && v.isIntegralNumber() && v.canConvertToInt()) {
            return Optional.of(v.intValue());
        }
        if (v != null && v.isNumber()) {
            throw new IOException(field + " is not an integer");
        }
        try {
            return text(node, field).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new IOException(field + " is not an integer", e);
        }
    }

    /** An ISO-8601 UTC time; Alibaba Cloud sends it with or without seconds. */
    private static Optional<Instant> instant(JsonNode node, String field) throws IOException {
        try {
            return text(node, field).map(value -> OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw new IOException(field + " is not an ISO-8601 time", e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IOException(field + " is a " + v.getNodeType() + " instead of an array");
        }
        return v;
    }

    /** Created on first use. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    /** Created on first use. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }
}
