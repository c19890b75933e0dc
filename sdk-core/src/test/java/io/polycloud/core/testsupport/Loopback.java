package io.polycloud.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import mockwebserver3.MockWebServer;

/**
 * Loopback addresses for tests: a {@link MockWebServer} bound to {@code 127.0.0.1} (never a name
 * that could resolve elsewhere), its URL by address, and a port nothing listens on.
 */
public final class Loopback {

    private Loopback() {
    }

    /** Starts a server on 127.0.0.1 and an ephemeral port. */
    public static MockWebServer start(MockWebServer server) {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>} of a started server. */
    public static URI uri(MockWebServer server) {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** {@code http://127.0.0.1:<port>} of a port that was free a moment ago, so a connect is refused. */
    public static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
