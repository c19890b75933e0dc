package io.polycloud.testing.internal;

/**
 * Internal: a request the emulator cannot even decode (a bad percent escape, an unreadable JSON
 * body). Not part of the public API.
 */
public final class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be read
     */
    public MalformedRequestException(String message) {
        super(message);
    }
}
