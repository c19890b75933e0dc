package io.polycloud.reliability.concurrency;

import io.polycloud.core.internal.http.PercentEncoding;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 keep-alive server on loopback that answers the five seeded operations with
 * their documented success, echoing the job id of each request as its request id, so a client
 * can prove every answer belongs to its own request. A thread per connection and no parsing
 * beyond the request line and headers: fast enough for tens of thousands of calls, and it
 * counts what the tests need: requests, open connections, and requests per signing key or token.
 */
final class EchoServer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "echo-server-connection");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> byCredential = new ConcurrentHashMap<>();

    EchoServer() throws IOException {
        serverSocket = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "echo-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort());
    }

    long requests() {
        return requests.get();
    }

    /** Connections currently open from the server's side. */
    int openConnections() {
        return open.size();
    }

    /**
     * Requests received with this credential: the access key of an Alibaba or Huawei signature,
     * or an {@code X-Auth-Token} value.
     */
    long requestsWith(String credential) {
        AtomicLong n = byCredential.get(credential);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket s : open) {
            s.close();
        }
        connections.shutdownNow();
    }

    private void accept() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                socket.setTcpNoDelay(true);
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            String requestLine;
            while ((requestLine = readLine(in)) != null) {
                String credential = null;
                long contentLength = 0;
                String header;
                while ((header = readLine(in)) != null && !header.isEmpty()) {
                    int colon = header.indexOf(':');
                    String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = header.substring(colon + 1).trim();
                    if (name.equals("content-length")) {
                        contentLength = Long.parseLong(value);
                    } else if (name.equals("authorization")) {
                        credential = signingKey(value);
                    } else if (name.equals("x-auth-token")) {
                        credential = value;
                    }
                }
                in.skipNBytes(contentLength);
                requests.incrementAndGet();
                if (credential != null) {
                    byCredential.computeIfAbsent(credential, k -> new AtomicLong()).incrementAndGet();
                }
                out.write(answer(requestLine.split(" ")[1]));
                out.flush();
            }
        } catch (IOException e) {
            // The client went away; the connection is over either way.
        } finally {
            open.remove(socket);
        }
    }

    /** The operation's success, with the job id as the request id. */
    private static byte[] answer(String target) {
        String status;
        String headers;
        String body;
        if (target.startsWith("/?")) {
            String jobId = queryParameter(target, "JobId");
            status = "200 OK";
            headers = "Content-Type: application/json\r\n";
            body = "{\"RequestId\":\"" + jobId + "\"}";
        } else {
            String jobId = PercentEncoding.decode(target.substring(target.lastIndexOf('/') + 1));
            if (target.startsWith("/v3/")) {
                status = "204 No Content";
                headers = "X-Request-Id: " + jobId + "\r\n";
                body = "";
            } else if (target.startsWith("/v1/")) {
                status = "200 OK";
                headers = "X-request-id: " + jobId + "\r\n";
                body = "";
            } else {
                status = "200 OK";
                headers = "X-Request-Id: " + jobId + "\r\nContent-Type: application/json\r\n";
                body = "{}";
            }
        }
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\n" + headers
                + (status.startsWith("204") ? "" : "Content-Length: " + content.length + "\r\n") + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + content.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        return all;
    }

    private static String queryParameter(String target, String name) {
        for (String pair : target.substring(2).split("&")) {
            if (pair.startsWith(name + "=")) {
                return PercentEncoding.decode(pair.substring(name.length() + 1));
            }
        }
        return "";
    }

    /** {@code Credential=<ak>,} (Alibaba) or {@code Access=<ak>,} (Huawei). */
    private static String signingKey(String authorization) {
        for (String marker : new String[] {"Credential=", "Access="}) {
            int at = authorization.indexOf(marker);
            if (at >= 0) {
                int end = authorization.indexOf(',', at);
                return authorization.substring(at + marker.length(), end < 0 ? authorization.length() : end);
            }
        }
        return null;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int n = line.size();
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, n > 0 && bytes[n - 1] == '\r' ? n - 1 : n, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return null;
    }
}
