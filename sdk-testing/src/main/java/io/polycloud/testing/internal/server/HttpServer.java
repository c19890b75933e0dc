package io.polycloud.testing.internal.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Internal: a small HTTP/1.1 server on 127.0.0.1, built on JDK sockets so the emulator brings no
 * HTTP library onto a test class path. One thread per open connection, up to
 * {@link Limits#maxConnections()}; beyond that a new connection is answered 503 and closed.
 * Connections are kept alive between requests until the client closes them, asks to, or stays
 * idle for {@link Limits#idleTimeout()}. Thread-safe. Not part of the public API.
 *
 * <p>Every connection ends cleanly: a request that cannot be read is answered (400, or 413 over
 * the body limit) with {@code Connection: close} and the connection closed; a client silent
 * mid-request is dropped after the idle timeout; {@link #close()} closes every connection, which
 * also ends delays, drips and stalls in progress.
 */
public final class HttpServer implements AutoCloseable {

    /** How long a refused connection's unread request is drained, so the client reads the answer before a reset. */
    private static final int DRAIN_MILLIS = 500;
    private static final long DRAIN_BYTES = 16L * 1024 * 1024;

    /**
     * The server's bounds.
     *
     * @param maxHeadBytes   the largest request line and headers, together
     * @param maxBodyBytes   the largest request body
     * @param maxConnections how many connections are served at once
     * @param idleTimeout    how long a connection may stay silent, between or inside requests
     */
    public record Limits(int maxHeadBytes, long maxBodyBytes, int maxConnections, Duration idleTimeout) {
    }

    private final ServerSocket serverSocket;
    private final RequestHandler handler;
    private final Limits limits;
    private final ThreadPoolExecutor connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closed = new CountDownLatch(1);

    private HttpServer(ServerSocket serverSocket, RequestHandler handler, Limits limits) {
        this.serverSocket = serverSocket;
        this.handler = handler;
        this.limits = limits;
        String name = "polycloud-emulator-" + serverSocket.getLocalPort();
        AtomicInteger count = new AtomicInteger();
        this.connections = new ThreadPoolExecutor(0, limits.maxConnections(), 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> daemon(r, name + "-connection-" + count.incrementAndGet()));
        daemon(this::acceptLoop, name + "-accept").start();
    }

    /**
     * Starts listening on 127.0.0.1.
     *
     * @param port    the port; 0 for a free one
     * @param handler serves the requests
     * @param limits  the bounds
     * @return the running server
     * @throws IOException if the port cannot be opened
     */
    public static HttpServer start(int port, RequestHandler handler, Limits limits) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1024);
        return new HttpServer(socket, handler, limits);
    }

    /**
     * The port it listens on.
     *
     * @return the port
     */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /**
     * Connections open right now, from the server's side.
     *
     * @return the count
     */
    public int openConnections() {
        return open.size();
    }

    /** Stops listening and closes every connection, ending any wait in progress. Idempotent. */
    @Override
    public void close() {
        closed.countDown();
        try {
            serverSocket.close();
        } catch (IOException e) {
            // Closing is all that was asked; a failure to close leaves nothing to do.
        }
        open.forEach(HttpServer::closeQuietly);
        connections.shutdownNow();
        try {
            connections.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (closed.getCount() > 0) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return;
            }
            open.add(socket);
            try {
                connections.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                refuseAtOnce(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, limits.idleTimeout().toMillis()));
            InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            RequestReader reader = new RequestReader(in, out, limits.maxHeadBytes(), limits.maxBodyBytes());
            while (closed.getCount() > 0) {
                ReceivedRequest request;
                try {
                    request = reader.next();
                } catch (RequestRejected e) {
                    refuse(socket, in, out, e.status(), e.getMessage());
                    return;
                }
                if (request == null || !answer(socket, in, out, request)) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away or fell silent; the connection is over either way.
        } finally {
            open.remove(socket);
        }
    }

    /** Acts on one request; false when the connection must close. */
    private boolean answer(Socket socket, InputStream in, OutputStream out, ReceivedRequest request) throws IOException {
        Reply reply;
        try {
            reply = handler.handle(request);
        } catch (RuntimeException e) {
            refuse(socket, in, out, 500, "the emulator failed: " + e);
            return false;
        }
        if (reply instanceof Reply.Reset) {
            // SO_LINGER 0: close() sends RST instead of FIN, the genuine "connection reset by peer".
            socket.setSoLinger(true, 0);
            return false;
        }
        if (reply instanceof Reply.Stall stall) {
            stall(socket, in, stall.limit());
            return false;
        }
        Reply.Send send = (Reply.Send) reply;
        boolean keepAlive = request.keepAlive() && !send.truncated();
        return ReplyWriter.write(out, send, !keepAlive, request.method().equals("HEAD"), this::await) && keepAlive;
    }

    /** Says nothing until the client closes, the server closes (the socket is closed under us), or the limit passes. */
    private static void stall(Socket socket, InputStream in, Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        byte[] discard = new byte[8192];
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return;
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            try {
                if (in.read(discard) < 0) {
                    return;
                }
            } catch (SocketTimeoutException e) {
                return;
            }
        }
    }

    private void refuse(Socket socket, InputStream in, OutputStream out, int status, String reason) throws IOException {
        ReplyWriter.write(out, plain(handler.refuse(status, reason)), true, false, this::await);
        socket.shutdownOutput();
        // Read what the client is still sending, so the kernel does not answer it with a reset
        // that could destroy the answer before the client reads it.
        socket.setSoTimeout(DRAIN_MILLIS);
        try {
            long drained = 0;
            byte[] discard = new byte[8192];
            for (int n = in.read(discard); n >= 0 && drained < DRAIN_BYTES; n = in.read(discard)) {
                drained += n;
            }
        } catch (IOException e) {
            // Drained as much as the client sent in time.
        }
    }

    /** Over the connection limit: a 503 from the accepting thread, which must not wait for the client. */
    private void refuseAtOnce(Socket socket) {
        try (socket) {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            ReplyWriter.write(out, plain(handler.refuse(503, "the emulator serves at most " + limits.maxConnections()
                    + " connections at once")), true, false, this::await);
        } catch (IOException e) {
            // The client went away first.
        } finally {
            open.remove(socket);
        }
    }

    /** A refusal goes out at once and whole, whatever the handler put in it. */
    private static Reply.Send plain(Reply.Send send) {
        return new Reply.Send(send.status(), send.headers(), send.body(), Duration.ZERO, null, false);
    }

    private boolean await(Duration duration) {
        try {
            return !closed.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed, or the peer is gone.
        }
    }
}
