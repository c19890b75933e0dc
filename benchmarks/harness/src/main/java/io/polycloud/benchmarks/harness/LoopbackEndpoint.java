package io.polycloud.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Where a benchmark JVM finds the loopback server: the port in the system property
 * {@value #PORT_PROPERTY} (the report runner sets it, serving from its own JVM), else a server
 * started in this JVM on first use. JMH's {@code -prof gc} counts every thread of the benchmark
 * JVM, so only the first keeps the server's allocations out of the client's bytes per operation.
 */
public final class LoopbackEndpoint {

    /** The system property holding the loopback server's port. */
    public static final String PORT_PROPERTY = "polycloud.bench.port";

    private LoopbackEndpoint() {
    }

    /**
     * The loopback server's base URL.
     *
     * @return {@code http://127.0.0.1:<port>}
     * @throws NumberFormatException if the property is not a number
     */
    public static URI get() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port != null) {
            return URI.create("http://127.0.0.1:" + Integer.parseInt(port.trim()));
        }
        return InProcess.SERVER.endpoint();
    }

    /** Started on first use only (class initialisation is lazy and thread-safe). */
    private static final class InProcess {
        static final LoopbackServer SERVER = start();

        private static LoopbackServer start() {
            System.err.println("No -D" + PORT_PROPERTY + "=<port>: serving from this JVM, so B/op includes the server's "
                    + "allocations.");
            try {
                return LoopbackServer.start(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
