package io.polycloud.core.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server that reads requests and never answers, and reports when a client closes the
 * connection: what a test of an aborted exchange needs to see ("the connection is not reused").
 */
public final class StallingServer implements AutoCloseable {

    private final ServerSocket server;
    private final Thread acceptor;
    private final CountDownLatch requestSeen = new CountDownLatch(1);
    private final BlockingQueue<Long> closedAtNanos = new LinkedBlockingQueue<>();

    public StallingServer() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptLoop, "stalling-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Waits until a request's first bytes arrived. */
    public boolean awaitRequest(long millis) throws InterruptedException {
        return requestSeen.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Waits until a client closed a connection; its {@link System#nanoTime()}, or null on timeout. */
    public Long awaitClientClose(long millis) throws InterruptedException {
        return closedAtNanos.poll(millis, TimeUnit.MILLISECONDS);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> drain(s), "stalling-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void drain(Socket s) {
        try (s; InputStream in = s.getInputStream()) {
            byte[] buf = new byte[8192];
            while (in.read(buf) >= 0) {
                requestSeen.countDown();
            }
        } catch (IOException reset) {
            // a reset is a close too
        }
        closedAtNanos.add(System.nanoTime());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
