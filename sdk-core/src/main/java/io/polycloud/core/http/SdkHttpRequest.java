package io.polycloud.core.http;

import io.polycloud.core.internal.http.PercentEncoding;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.logging.Redaction;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as the SDK will send it: method, target, ordered query parameters, headers and
 * body. Immutable; every pipeline stage that changes it (signing, user agent, interceptors) makes
 * a modified copy with {@link #toBuilder()}.
 *
 * <p>The path is kept percent-encoded and the query parameters decoded; {@link #uri()} renders
 * both with {@link PercentEncoding}, the same encoding the signers use.
 */
public final class SdkHttpRequest {

    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final String scheme;
    private final String host;
    private final int port;
    private final String encodedPath;
    private final List<QueryParameter> queryParameters;
    private final HttpHeaders headers;
    private final byte[] body;

    private SdkHttpRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        this.scheme = Objects.requireNonNull(b.scheme, "scheme (set an endpoint)");
        this.host = Objects.requireNonNull(b.host, "host (set an endpoint)");
        this.port = b.port;
        String path = b.pathBuilder != null ? b.pathBuilder.toString() : b.encodedPath;
        this.encodedPath = path.isEmpty() ? "/" : path;
        this.queryParameters = b.queryShared ? b.queryParameters : List.copyOf(b.queryParameters);
        this.headers = b.headers.build();
        this.body = b.body;
    }

    /**
     * A builder for a new request.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding a copy of this request.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.method = method;
        b.scheme = scheme;
        b.host = host;
        b.port = port;
        b.encodedPath = encodedPath;
        b.queryParameters = queryParameters;
        b.queryShared = true;
        b.headers = headers.toBuilder();
        b.body = body;
        return b;
    }

    /**
     * The HTTP method, upper case.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * {@code http} or {@code https}.
     *
     * @return the scheme
     */
    public String scheme() {
        return scheme;
    }

    /**
     * The host name or address, without port. IPv6 literals are not bracketed.
     *
     * @return the host
     */
    public String host() {
        return host;
    }

    /**
     * The port, or -1 for the scheme's default.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * The value of the {@code Host} header as HTTP clients send it: the host, with
     * {@code :port} when the port is not the scheme's default.
     *
     * @return the host header value
     */
    public String hostHeader() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        int effective = effectivePort();
        return effective == defaultPort(scheme) ? h : h + ":" + effective;
    }

    /**
     * The percent-encoded path, starting with {@code /}.
     *
     * @return the path
     */
    public String encodedPath() {
        return encodedPath;
    }

    /**
     * The query parameters, decoded, in insertion order.
     *
     * @return an unmodifiable list
     */
    public List<QueryParameter> queryParameters() {
        return queryParameters;
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the parameter name, case-sensitive
     * @return the decoded value, empty if absent
     */
    public Optional<String> queryParameter(String name) {
        for (QueryParameter p : queryParameters) {
            if (p.name().equals(name)) {
                return Optional.of(p.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The query string as sent, {@code k=v} pairs in insertion order joined by {@code &}, each
     * part encoded with {@link PercentEncoding}; empty when there are no parameters.
     *
     * @return the encoded query
     */
    public String encodedQuery() {
        if (queryParameters.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (QueryParameter p : queryParameters) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(PercentEncoding.encode(p.name())).append('=').append(PercentEncoding.encode(p.value()));
        }
        return sb.toString();
    }

    /**
     * The headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The body; empty for a body-less request.
     *
     * @return a copy of the body bytes
     */
    public byte[] body() {
        return body.length == 0 ? NO_BODY : body.clone();
    }

    /**
     * Body length in bytes, without copying it.
     *
     * @return the length
     */
    public int bodyLength() {
        return body.length;
    }

    /**
     * The full URL as sent.
     *
     * @return the URI
     */
    public URI uri() {
        String query = encodedQuery();
        return URI.create(scheme + "://" + hostHeaderForUri() + encodedPath + (query.isEmpty() ? "" : "?" + query));
    }

    private String hostHeaderForUri() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port == -1 ? h : h + ":" + port;
    }

    private int effectivePort() {
        return port == -1 ? defaultPort(scheme) : port;
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    /** Method, URL and headers, with credential values redacted; the body is summarised by length. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(scheme).append("://")
                .append(hostHeaderForUri()).append(encodedPath);
        if (!queryParameters.isEmpty()) {
            sb.append('?').append(Redaction.query(queryParameters));
        }
        return sb.append(' ').append(headers).append(" body=").append(body.length).append(" bytes").toString();
    }

    /** Builds {@link SdkHttpRequest}s. */
    public static final class Builder {
        private String method = "GET";
        private String scheme;
        private String host;
        private int port = -1;
        private String encodedPath = "";
        // Created on the first append, so a copy that never changes its path never copies it.
        private StringBuilder pathBuilder;
        // A builder from toBuilder() shares the request's immutable list until it changes it:
        // signing copies every request on every attempt and rarely touches the query.
        private List<QueryParameter> queryParameters = new ArrayList<>();
        private boolean queryShared;
        private HttpHeaders.Builder headers = HttpHeaders.builder();
        private byte[] body = NO_BODY;

        private Builder() {
        }

        /**
         * @param method the HTTP method; upper-cased
         * @return this builder
         */
        public Builder method(String method) {
            this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            return this;
        }

        /**
         * Sets scheme, host and port from an endpoint; a path on the endpoint becomes the path prefix.
         *
         * @param endpoint an absolute {@code http} or {@code https} URI without query or fragment
         * @return this builder
         * @throws SdkClientException if the endpoint is not such a URI
         */
        public Builder endpoint(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            String s = endpoint.getScheme();
            if (s == null || !(s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"))) {
                throw new SdkClientException("endpoint must be an http or https URL, was '" + withoutSecrets(endpoint) + "'");
            }
            if (endpoint.getHost() == null || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null
                    || endpoint.getRawUserInfo() != null) {
                throw new SdkClientException("endpoint must be scheme://host[:port][/path] without user info, query or fragment, was '"
                        + withoutSecrets(endpoint) + "'");
            }
            this.scheme = s.toLowerCase(Locale.ROOT);
            String h = endpoint.getHost();
            this.host = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
            this.port = endpoint.getPort();
            String path = endpoint.getRawPath();
            this.encodedPath = path == null || path.isEmpty() || path.equals("/") ? ""
                    : path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            this.pathBuilder = null;
            return this;
        }

        // User info, query and fragment may carry credentials: a message shows where, not what.
        private static String withoutSecrets(URI endpoint) {
            if (endpoint.getHost() == null) {
                return endpoint.getScheme() == null ? "..." : endpoint.getScheme() + ":...";
            }
            return endpoint.getScheme() + "://" + (endpoint.getRawUserInfo() == null ? "" : "***@") + endpoint.getHost()
                    + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort()) + "...";
        }

        /**
         * Appends one path segment, percent-encoding every reserved character, so that
         * {@code /}, {@code ?}, {@code #} or {@code %} inside it cannot change the URL's meaning.
         *
         * @param rawSegment the unencoded segment, not null
         * @return this builder
         */
        public Builder appendPathSegment(String rawSegment) {
            Objects.requireNonNull(rawSegment, "path segment");
            path().append('/').append(PercentEncoding.encode(rawSegment));
            return this;
        }

        /**
         * Appends an already-encoded path such as {@code /v3/auth/tokens}.
         *
         * @param encoded starts with {@code /}; only unreserved characters, {@code /} and {@code %XX}
         * @return this builder
         * @throws IllegalArgumentException if it holds other characters
         */
        public Builder appendEncodedPath(String encoded) {
            if (!encoded.startsWith("/")) {
                throw new IllegalArgumentException("encoded path must start with '/'");
            }
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || "-_.~/%".indexOf(c) >= 0;
                if (!ok) {
                    throw new IllegalArgumentException("encoded path has a character that needs encoding at index " + i);
                }
            }
            path().append(encoded);
            return this;
        }

        /**
         * Appends a query parameter.
         *
         * @param name  the decoded name
         * @param value the decoded value
         * @return this builder
         */
        public Builder addQueryParameter(String name, String value) {
            ownQuery().add(new QueryParameter(name, value));
            return this;
        }

        /**
         * Removes every query parameter of that name.
         *
         * @param name the name, case-sensitive
         * @return this builder
         */
        public Builder removeQueryParameter(String name) {
            ownQuery().removeIf(p -> p.name().equals(name));
            return this;
        }

        /**
         * Appends a header.
         *
         * @param name  the name
         * @param value the value
         * @return this builder
         * @throws SdkClientException if the name or value is invalid
         */
        public Builder addHeader(String name, String value) {
            headers.add(name, value);
            return this;
        }

        /**
         * Replaces a header.
         *
         * @param name  the name
         * @param value the value
         * @return this builder
         * @throws SdkClientException if the name or value is invalid
         */
        public Builder setHeader(String name, String value) {
            headers.set(name, value);
            return this;
        }

        /**
         * Removes a header.
         *
         * @param name the name, any case
         * @return this builder
         */
        public Builder removeHeader(String name) {
            headers.remove(name);
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body the bytes, copied; null or empty for no body
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = body == null || body.length == 0 ? NO_BODY : body.clone();
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws NullPointerException if no endpoint was set
         */
        public SdkHttpRequest build() {
            return new SdkHttpRequest(this);
        }

        private StringBuilder path() {
            if (pathBuilder == null) {
                pathBuilder = new StringBuilder(encodedPath.length() + 96).append(encodedPath);
            }
            return pathBuilder;
        }

        private List<QueryParameter> ownQuery() {
            if (queryShared) {
                queryParameters = new ArrayList<>(queryParameters);
                queryShared = false;
            }
            return queryParameters;
        }
    }
}
