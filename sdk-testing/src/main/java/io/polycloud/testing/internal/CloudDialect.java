package io.polycloud.testing.internal;

/**
 * Internal: how one cloud shapes its answers: request ids, where they travel, error bodies and
 * the throttling answer. Not part of the public API.
 */
public interface CloudDialect {

    /**
     * A fresh request id in the cloud's format.
     *
     * @return the id
     */
    String newRequestId();

    /**
     * Adds the request id header the cloud sends with every answer.
     *
     * @param exchange the request
     * @param answer   the answer
     * @return the answer with the header
     */
    Answer withRequestId(Exchange exchange, Answer answer);

    /**
     * An error answer in the cloud's body shape, with its request id header.
     *
     * @param exchange the request
     * @param status   the HTTP status
     * @param code     the error code
     * @param message  the message
     * @return the answer
     */
    Answer error(Exchange exchange, int status, String code, String message);

    /**
     * The cloud's rate-limit answer: HTTP 429 with its throttling code.
     *
     * @param exchange the request
     * @return the answer
     */
    Answer throttled(Exchange exchange);
}
