package io.polycloud.testing.internal;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.internal.http.PercentEncoding;
import io.polycloud.core.http.QueryParameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Internal: one HTTP request as the emulator received it, decoded once. Not part of the public API.
 *
 * <p>Query parameters (and, for a form-encoded body, the body's parameters after them) are read
 * the way the official SDKs write them: {@code +} is a space, then {@code %XX} as UTF-8. Path
 * segments are split on {@code /} before decoding, so an encoded {@code %2F} stays inside its
 * segment.
 */
public final class IncomingRequest {

    private final String method;
    private final String rawPath;
    private final List<String> pathSegments;
    private final List<QueryParameter> queryParameters;
    private final List<QueryParameter> parameters;
    private final HttpHeaders headers;
    private final byte[] body;

    private IncomingRequest(String method, String rawPath, List<String> pathSegments,
                            List<QueryParameter> queryParameters, List<QueryParameter> parameters, HttpHeaders headers,
                            byte[] body) {
        this.method = method;
        this.rawPath = rawPath;
        this.pathSegments = pathSegments;
        this.queryParameters = queryParameters;
        this.parameters = parameters;
        this.headers = headers;
        this.body = body;
    }

    /**
     * Decodes a request.
     *
     * @param method  the method from the request line
     * @param target  the request target as sent, {@code /path?query}
     * @param headers the headers as received
     * @param body    the body, empty if none
     * @return the request
     * @throws MalformedRequestException if the target or a form body has a bad percent escape
     */
    public static IncomingRequest of(String method, String target, HttpHeaders headers, byte[] body) {
        int q = target.indexOf('?');
        String rawPath = q < 0 ? target : target.substring(0, q);
        List<QueryParameter> query = new ArrayList<>();
        if (q >= 0) {
            parseForm(target.substring(q + 1), query);
        }
        List<QueryParameter> parameters = new ArrayList<>(query);
        String contentType = headers.first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/x-www-form-urlencoded") && body.length > 0) {
            parseForm(new String(body, StandardCharsets.UTF_8), parameters);
        }
        return new IncomingRequest(method.toUpperCase(Locale.ROOT), rawPath, segments(rawPath),
                Collections.unmodifiableList(query), Collections.unmodifiableList(parameters), headers, body);
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        if (!path.isEmpty()) {
            for (String s : path.split("/", -1)) {
                segments.add(decode(s, false));
            }
        }
        return Collections.unmodifiableList(segments);
    }

    private static void parseForm(String form, List<QueryParameter> into) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            into.add(new QueryParameter(decode(name, true), decode(value, true)));
        }
    }

    private static String decode(String value, boolean form) {
        try {
            return form ? PercentEncoding.decodeForm(value) : PercentEncoding.decode(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequestException("bad percent-encoding in the request target: " + e.getMessage());
        }
    }

    /**
     * The method, upper case.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * The path as sent, still percent-encoded.
     *
     * @return the raw path
     */
    public String rawPath() {
        return rawPath;
    }

    /**
     * The decoded path segments; {@code /v5/p/jobs/a%2Fb} is {@code [v5, p, jobs, a/b]}.
     *
     * @return the segments, empty for {@code /}
     */
    public List<String> pathSegments() {
        return pathSegments;
    }

    /**
     * The query string's parameters, decoded, in the order received.
     *
     * @return the parameters
     */
    public List<QueryParameter> queryParameters() {
        return queryParameters;
    }

    /**
     * Every parameter, query first, then a form body's, decoded, in the order received.
     *
     * @return the parameters
     */
    public List<QueryParameter> parameters() {
        return parameters;
    }

    /**
     * The first value of a parameter.
     *
     * @param name the name, case-sensitive
     * @return the value
     */
    public Optional<String> parameter(String name) {
        for (QueryParameter p : parameters) {
            if (p.name().equals(name)) {
                return Optional.of(p.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The headers as received.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The first value of a header.
     *
     * @param name any case
     * @return the value
     */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /**
     * The {@code Host} header, or empty.
     *
     * @return the host as the client addressed it
     */
    public String host() {
        return headers.first("Host").orElse("");
    }

    /**
     * The body bytes.
     *
     * @return a copy
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Whether the path is {@code /_emulator} or below it.
     *
     * @return true for the admin API
     */
    public boolean isAdmin() {
        return !pathSegments.isEmpty() && pathSegments.get(0).equals("_emulator");
    }
}
