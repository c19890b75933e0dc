package io.polycloud.http.okhttp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;

/**
 * Sockets backed by a {@link SocketChannel}. A thread blocked reading or writing a plain
 * {@link Socket} ignores {@link Thread#interrupt()} until its timeout; on a channel's socket the
 * interrupt closes the channel at once ({@link java.nio.channels.ClosedByInterruptException}, the
 * flag kept), so an interrupted call ends promptly and its connection can never be reused. Since
 * Java 13 both kinds share one implementation, so reads and writes cost the same.
 */
final class InterruptibleSocketFactory extends SocketFactory {

    static final InterruptibleSocketFactory INSTANCE = new InterruptibleSocketFactory();

    private InterruptibleSocketFactory() {
    }

    /** The only method OkHttp calls: it connects the socket itself, with its connect timeout. */
    @Override
    public Socket createSocket() throws IOException {
        return SocketChannel.open().socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        throw connectedSocketsUnsupported();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        throw connectedSocketsUnsupported();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        throw connectedSocketsUnsupported();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        throw connectedSocketsUnsupported();
    }

    private static UnsupportedOperationException connectedSocketsUnsupported() {
        return new UnsupportedOperationException("OkHttp creates unconnected sockets");
    }
}
