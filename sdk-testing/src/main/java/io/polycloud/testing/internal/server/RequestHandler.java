package io.polycloud.testing.internal.server;

/**
 * Internal: what the server asks of the emulator. Called on the connection's thread. Not part of
 * the public API.
 */
public interface RequestHandler {

    /**
     * Serves a request the server read completely.
     *
     * @param request the request
     * @return what to do with the connection
     */
    Reply handle(ReceivedRequest request);

    /**
     * The answer to a request the server could not read (bad framing, over a size limit). The
     * server sends it with {@code Connection: close} and closes the connection; any delay, drip
     * or truncation in it is ignored.
     *
     * @param status 400, 413 or 503
     * @param reason what was wrong, for the answer's message
     * @return the answer
     */
    Reply.Send refuse(int status, String reason);
}
