package io.polycloud.testing.internal;

import io.polycloud.core.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Internal: the HTTP answer a service handler computed, before any fault shapes how it travels.
 * Immutable. Not part of the public API.
 */
public final class Answer {

    private static final byte[] NO_BODY = new byte[0];

    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;
    private final String errorCode;

    private Answer(int status, HttpHeaders headers, byte[] body, String errorCode) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.errorCode = errorCode;
    }

    /**
     * An answer without headers or body.
     *
     * @param status the HTTP status
     * @return the answer
     */
    public static Answer status(int status) {
        return new Answer(status, HttpHeaders.empty(), NO_BODY, null);
    }

    /**
     * A JSON answer.
     *
     * @param status the HTTP status
     * @param json   the document
     * @return the answer, with {@code Content-Type: application/json;charset=UTF-8}
     */
    public static Answer json(int status, String json) {
        return status(status).withBody("application/json;charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * This answer with a header added.
     *
     * @param name  the name
     * @param value the value
     * @return a new answer
     */
    public Answer withHeader(String name, String value) {
        return new Answer(status, headers.toBuilder().add(name, value).build(), body, errorCode);
    }

    /**
     * This answer with a body and its content type.
     *
     * @param contentType the {@code Content-Type}
     * @param bytes       the body
     * @return a new answer
     */
    public Answer withBody(String contentType, byte[] bytes) {
        return new Answer(status, headers.toBuilder().set("Content-Type", contentType).build(), bytes.clone(), errorCode);
    }

    /**
     * This answer marked as the error it reports, for the request log.
     *
     * @param code the error code in the body
     * @return a new answer
     */
    public Answer withErrorCode(String code) {
        return new Answer(status, headers, body, code);
    }

    /**
     * @return the HTTP status
     */
    public int status() {
        return status;
    }

    /**
     * @return the headers, without transport headers such as {@code Content-Length}
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * @return a copy of the body
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * @return the error code the body reports, if this is an error answer
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }
}
