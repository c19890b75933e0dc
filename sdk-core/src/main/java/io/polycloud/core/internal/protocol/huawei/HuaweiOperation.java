package io.polycloud.core.internal.protocol.huawei;

import io.polycloud.core.SdkResponse;
import io.polycloud.core.internal.pipeline.ResponseHandler;
import io.polycloud.core.internal.protocol.JsonFields;
import io.polycloud.core.internal.validation.Validate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One Huawei Cloud REST operation as data: its name, method and path template (parsed and
 * checked once, when the descriptor is built), how the fields of its typed request {@code I} bind
 * to path segments, query parameters and headers, whether sending it twice is harmless, and how a
 * 2xx answer becomes its typed response {@code O}. A service client holds one constant per
 * operation and hands it to {@link HuaweiRestClient#call(HuaweiOperation, Object)}.
 *
 * <pre>{@code
 * static final HuaweiOperation<DeleteJobRequest, DeleteJobResponse> DELETE_JOB = HuaweiOperation
 *         .<DeleteJobRequest>builder("DeleteJob", "DELETE", "/v5/{project_id}/jobs/{job_id}")
 *         .path("job_id", DeleteJobRequest::jobId)
 *         .header("X-Language", r -> r.xLanguage().map(Language::value))
 *         .idempotent()
 *         .requestIdOnly(DeleteJobResponse::builder);
 * }</pre>
 *
 * @param <I> the typed request
 * @param <O> the typed response
 */
public final class HuaweiOperation<I, O> {

    private final String name;
    private final String method;
    private final String pathTemplate;
    private final List<Binding<I, String>> path;
    private final List<Binding<I, Optional<?>>> query;
    private final List<Binding<I, Optional<String>>> headers;
    private final boolean idempotent;
    private final ResponseHandler<O> response;

    private HuaweiOperation(Builder<I> b, ResponseHandler<O> response) {
        this.name = b.name;
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.path = List.copyOf(b.path);
        this.query = List.copyOf(b.query);
        this.headers = List.copyOf(b.headers);
        this.idempotent = b.idempotent;
        this.response = response;
    }

    /**
     * A builder.
     *
     * @param name         the API's operation name, for example {@code DeleteJob}
     * @param method       the HTTP method
     * @param pathTemplate for example {@code /v5/{project_id}/jobs/{job_id}}
     * @param <I>          the typed request
     * @return the builder
     */
    public static <I> Builder<I> builder(String name, String method, String pathTemplate) {
        return new Builder<>(name, method, pathTemplate);
    }

    /**
     * The operation name, for errors, logs and metrics.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Binds a request: every path parameter becomes one encoded segment, query parameters and
     * headers are sent in the order declared, empty optional values are left out.
     *
     * @param request the typed request
     * @return the REST call
     * @throws io.polycloud.core.exception.SdkClientException if the request is null
     */
    public HuaweiRestRequest marshal(I request) {
        Validate.notNull(request, "request");
        HuaweiRestRequest.Builder b = HuaweiRestRequest.builder(name, method, pathTemplate).safeToRepeat(idempotent);
        for (Binding<I, String> p : path) {
            b.pathParameter(p.name(), p.value().apply(request));
        }
        for (Binding<I, Optional<?>> q : query) {
            b.queryParameter(q.name(), q.value().apply(request).map(Object::toString).orElse(null));
        }
        for (Binding<I, Optional<String>> h : headers) {
            b.header(h.name(), h.value().apply(request).orElse(null));
        }
        return b.build();
    }

    /**
     * How a 2xx answer is read.
     *
     * @return the handler
     */
    public ResponseHandler<O> response() {
        return response;
    }

    private record Binding<I, V>(String name, Function<I, V> value) {
    }

    /**
     * Reads a JSON object answer.
     *
     * @param <O> the typed response
     */
    @FunctionalInterface
    public interface JsonReader<O> {
        /**
         * Builds the response.
         *
         * @param body      the body, a JSON object
         * @param requestId the {@code X-Request-Id} header in any letter case, empty if none
         * @return the response
         * @throws IOException if a field is missing or of the wrong type
         */
        O read(JsonFields body, Optional<String> requestId) throws IOException;
    }

    /**
     * Builds {@link HuaweiOperation}s; the response binding comes last and builds the descriptor.
     *
     * @param <I> the typed request
     */
    public static final class Builder<I> {
        private final String name;
        private final String method;
        private final String pathTemplate;
        private final List<Binding<I, String>> path = new ArrayList<>();
        private final List<Binding<I, Optional<?>>> query = new ArrayList<>();
        private final List<Binding<I, Optional<String>>> headers = new ArrayList<>();
        private boolean idempotent;

        private Builder(String name, String method, String pathTemplate) {
            this.name = Validate.text(name, "name", 128);
            this.method = Validate.text(method, "method", 16);
            this.pathTemplate = Validate.text(pathTemplate, "pathTemplate", 1024);
        }

        /**
         * Binds a {@code {name}} segment of the template; the value is required.
         *
         * @param name  the placeholder without braces
         * @param value reads it from the request
         * @return this builder
         */
        public Builder<I> path(String name, Function<I, String> value) {
            path.add(new Binding<>(name, value));
            return this;
        }

        /**
         * Binds a query parameter, sent as the value's {@code toString()} when present.
         *
         * @param name  the parameter name
         * @param value reads it from the request
         * @return this builder
         */
        public Builder<I> query(String name, Function<I, Optional<?>> value) {
            query.add(new Binding<>(name, value));
            return this;
        }

        /**
         * Binds a header, sent when present.
         *
         * @param name  the header name
         * @param value reads it from the request
         * @return this builder
         */
        public Builder<I> header(String name, Function<I, Optional<String>> value) {
            headers.add(new Binding<>(name, value));
            return this;
        }

        /**
         * Marks the operation as safe to send twice (a read, or a delete whose repeat changes
         * nothing), so an ambiguous failure is retried.
         *
         * @return this builder
         */
        public Builder<I> idempotent() {
            this.idempotent = true;
            return this;
        }

        /**
         * Finishes with an answer that carries only the request id ({@code 200 {}}, {@code 204},
         * or {@code 200} with the id in a header).
         *
         * @param response a new builder of the typed response
         * @param <O>      the typed response
         * @return the descriptor
         */
        public <O extends SdkResponse> HuaweiOperation<I, O> requestIdOnly(
                Supplier<SdkResponse.Builder<O>> response) {
            return build(RequestIdOnlyHandler.of(id -> {
                SdkResponse.Builder<O> b = response.get();
                id.ifPresent(b::requestId);
                return b.build();
            }));
        }

        /**
         * Finishes with a JSON object answer.
         *
         * @param reader reads the typed response from the body and request id
         * @param <O>    the typed response
         * @return the descriptor
         */
        public <O> HuaweiOperation<I, O> json(JsonReader<O> reader) {
            return build(JsonFields.checked(r -> reader.read(JsonFields.of(r),
                    HuaweiRequestIds.fromHeaders(r))));
        }

        private <O> HuaweiOperation<I, O> build(ResponseHandler<O> response) {
            PathTemplate template = PathTemplate.of(pathTemplate);
            Set<String> placeholders = new HashSet<>();
            for (int i = 0; i < template.parameterCount(); i++) {
                placeholders.add(template.parameter(i));
            }
            Set<String> bound = new HashSet<>(Set.of("project_id"));
            path.forEach(p -> bound.add(p.name()));
            if (!placeholders.equals(bound)) {
                throw new IllegalArgumentException(name + ": path bindings " + bound + " do not match " + pathTemplate);
            }
            return new HuaweiOperation<>(this, response);
        }
    }
}
