package io.polycloud.reliability.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets for MockWebServer whose accepted connections send small writes at once
 * (TCP_NODELAY: MockWebServer writes headers and body separately, and Nagle's algorithm against
 * delayed ACKs would add ~40 ms to each answer) and, optionally, end with a TCP reset (SO_LINGER 0)
 * instead of an orderly FIN, so that MockWebServer's "close the socket" effect is a genuine reset.
 */
public final class LoopbackServerSockets extends ServerSocketFactory {

    private final boolean resetOnClose;

    private LoopbackServerSockets(boolean resetOnClose) {
        this.resetOnClose = resetOnClose;
    }

    /** Connections that close normally. */
    public static LoopbackServerSockets fast() {
        return new LoopbackServerSockets(false);
    }

    /** Connections that close with a reset. */
    public static LoopbackServerSockets resetting() {
        return new LoopbackServerSockets(true);
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                Socket socket = super.accept();
                socket.setTcpNoDelay(true);
                if (resetOnClose) {
                    socket.setSoLinger(true, 0);
                }
                return socket;
            }
        };
    }

    @Override
    public ServerSocket createServerSocket(int port) {
        throw new UnsupportedOperationException("MockWebServer binds the unbound socket itself");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) {
        throw new UnsupportedOperationException("MockWebServer binds the unbound socket itself");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
        throw new UnsupportedOperationException("MockWebServer binds the unbound socket itself");
    }
}
