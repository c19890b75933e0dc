package io.polycloud.core.internal.protocol.huawei;

import io.polycloud.core.internal.validation.Validate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.AbstractMap.SimpleImmutableEntry;

/**
 * One Huawei Cloud REST call before it becomes HTTP: method, path template, path parameters,
 * query, extra headers and body. {@code {project_id}} in the template is filled in by
 * {@link HuaweiRestClient}; every other {@code {name}} needs a {@link Builder#pathParameter}.
 * Each parameter becomes exactly one percent-encoded path segment, so {@code /}, {@code ?},
 * {@code #} or {@code %} in an id cannot change which resource is addressed.
 *
 * <pre>{@code
 * HuaweiRestRequest.builder("DeleteJob", "DELETE", "/v5/{project_id}/jobs/{job_id}")
 *         .pathParameter("job_id", jobId)
 *         .header("X-Language", "en-us")
 *         .safeToRepeat(true)
 *         .build();
 * }</pre>
 */
public final class HuaweiRestRequest {

    private final String operation;
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathParameters;
    private final List<Map.Entry<String, String>> queryParameters;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final boolean safeToRepeat;

    private HuaweiRestRequest(Builder b) {
        this.operation = b.operation;
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.pathParameters = Map.copyOf(b.pathParameters);
        this.queryParameters = List.copyOf(b.queryParameters);
        this.headers = List.copyOf(b.headers);
        this.body = b.body;
        this.safeToRepeat = b.safeToRepeat;
    }

    /**
     * A builder.
     *
     * @param operation    the API operation name, for example {@code DeleteJob}
     * @param method       the HTTP method
     * @param pathTemplate for example {@code /v5/{project_id}/jobs/{job_id}}
     * @return the builder
     */
    public static Builder builder(String operation, String method, String pathTemplate) {
        return new Builder(operation, method, pathTemplate);
    }

    /**
     * @return the operation name
     */
    public String operation() {
        return operation;
    }

    /**
     * @return the HTTP method
     */
    public String method() {
        return method;
    }

    /**
     * @return the path template
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * @return path parameter values by name, unencoded
     */
    public Map<String, String> pathParameters() {
        return pathParameters;
    }

    /**
     * @return query parameters in order, unencoded
     */
    public List<Map.Entry<String, String>> queryParameters() {
        return queryParameters;
    }

    /**
     * @return extra headers in order
     */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /**
     * @return a copy of the body, empty for none
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * @return whether sending the call twice has no extra effect
     */
    public boolean safeToRepeat() {
        return safeToRepeat;
    }

    /** Builds {@link HuaweiRestRequest}s. */
    public static final class Builder {
        private final String operation;
        private final String method;
        private final String pathTemplate;
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> queryParameters = new ArrayList<>();
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body = new byte[0];
        private boolean safeToRepeat;

        private Builder(String operation, String method, String pathTemplate) {
            this.operation = Validate.text(operation, "operation", 128);
            this.method = Validate.text(method, "method", 16);
            this.pathTemplate = Validate.text(pathTemplate, "pathTemplate", 1024);
            if (!pathTemplate.startsWith("/")) {
                throw new IllegalArgumentException("pathTemplate must start with '/'");
            }
        }

        /**
         * Fills a {@code {name}} segment of the template.
         *
         * @param name  the placeholder name without braces
         * @param value the raw value; it will be one encoded path segment
         * @return this builder
         */
        public Builder pathParameter(String name, String value) {
            pathParameters.put(Validate.text(name, "path parameter name", 128), Validate.notNull(value, name));
            return this;
        }

        /**
         * Adds a query parameter; a null value is skipped.
         *
         * @param name  the name
         * @param value the raw value, or null
         * @return this builder
         */
        public Builder queryParameter(String name, String value) {
            Validate.text(name, "query parameter name", 256);
            if (value != null) {
                queryParameters.add(new SimpleImmutableEntry<>(name, value));
            }
            return this;
        }

        /**
         * Adds a header; a null value is skipped.
         *
         * @param name  the name
         * @param value the value, or null
         * @return this builder
         */
        public Builder header(String name, String value) {
            Validate.text(name, "header name", 256);
            if (value != null) {
                headers.add(new SimpleImmutableEntry<>(name, value));
            }
            return this;
        }

        /**
         * @param body the JSON body, copied
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = Validate.notNull(body, "body").clone();
            return this;
        }

        /**
         * @param safeToRepeat whether sending the call twice has no extra effect (GET, DELETE, PUT)
         * @return this builder
         */
        public Builder safeToRepeat(boolean safeToRepeat) {
            this.safeToRepeat = safeToRepeat;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public HuaweiRestRequest build() {
            return new HuaweiRestRequest(this);
        }
    }
}
