package io.polycloud.benchmarks.harness;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers each seeded {@link Operation} with its
 * success response, prepared once as bytes: VPC {@code 200 {"RequestId":…}}, DRS {@code 200 {}},
 * DDS {@code 204}, LakeFormation {@code 200} with {@code X-request-id}. Anything else gets a 404.
 *
 * <p>It does as little as possible per request so the client under test dominates the numbers:
 * read the request head, skip the body ({@code Content-Length} or chunked, as the official Alibaba
 * SDK sends an empty body), match method, path, action and ids, write the prepared bytes. It keeps
 * connections alive, one thread each, at most {@value #MAX_CONNECTIONS} at once; idle ones are
 * closed after two minutes. It verifies no signature.
 *
 * <pre>{@code
 * try (LoopbackServer server = LoopbackServer.start(0)) {
 *     URI endpoint = server.endpoint();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class LoopbackServer implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 512;
    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final int IDLE_TIMEOUT_MILLIS = 120_000;
    private static final byte[] NOT_FOUND = response("404 Not Found", "Content-Type: application/json;charset=UTF-8\r\n",
            "{\"error_code\":\"Loopback.0404\",\"error_msg\":\"no seeded operation matches this request\"}");

    private final ServerSocket serverSocket;
    private final ExecutorService workers;
    private final Semaphore connectionSlots = new Semaphore(MAX_CONNECTIONS);
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Map<Operation, byte[]> responses = new EnumMap<>(Operation.class);
    private final Map<Operation, LongAdder> served = new EnumMap<>(Operation.class);
    private final LongAdder unmatched = new LongAdder();
    private final LongAdder rejectedConnections = new LongAdder();
    private volatile boolean closed;

    private LoopbackServer(ServerSocket serverSocket) {
        this.serverSocket = serverSocket;
        for (Operation op : Operation.values()) {
            responses.put(op, successResponse(op));
            served.put(op, new LongAdder());
        }
        AtomicInteger ids = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Thread acceptor = new Thread(this::acceptLoop, "loopback-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Starts a server on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    public static LoopbackServer start(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 1024);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return new LoopbackServer(socket);
    }

    /**
     * Runs a server until Enter is pressed (or standard input closes), for running a benchmark
     * jar by hand with {@code -Dpolycloud.bench.port=<port>}.
     *
     * @param args optionally the port; default any free one
     * @throws IOException if the port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        try (LoopbackServer server = start(args.length > 0 ? Integer.parseInt(args[0]) : 0)) {
            System.out.println("serving " + server.endpoint() + "; press Enter to stop");
            System.in.read();
        }
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /**
     * The base URL clients should use.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /**
     * How many requests of an operation were answered with its success response.
     *
     * @param op the operation
     * @return the count since start
     */
    public long served(Operation op) {
        return served.get(op).sum();
    }

    /**
     * How many requests matched no operation (and got a 404).
     *
     * @return the count since start
     */
    public long unmatched() {
        return unmatched.sum();
    }

    /**
     * How many connections were closed on accept because {@value #MAX_CONNECTIONS} were open.
     *
     * @return the count since start
     */
    public long rejectedConnections() {
        return rejectedConnections.sum();
    }

    /** Stops accepting and closes every open connection. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        connections.forEach(LoopbackServer::closeQuietly);
        workers.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (!connectionSlots.tryAcquire()) {
                rejectedConnections.increment();
                closeQuietly(socket);
                continue;
            }
            connections.add(socket);
            try {
                workers.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                release(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            RequestReader in = new RequestReader(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            RequestHead head;
            while (!closed && (head = in.readHead()) != null) {
                in.skipBody(head);
                Operation op = head.route();
                if (op == null) {
                    unmatched.increment();
                    out.write(NOT_FOUND);
                } else {
                    served.get(op).increment();
                    out.write(responses.get(op));
                }
                if (head.connectionClose) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client hung up, idled out or sent something this server does not speak: drop it.
        } finally {
            release(socket);
        }
    }

    private void release(Socket socket) {
        connections.remove(socket);
        closeQuietly(socket);
        connectionSlots.release();
    }

    private static byte[] successResponse(Operation op) {
        String id = op.requestId();
        switch (op) {
            case VPC_DELETE_FAILOVER_TEST_JOB:
            case VPC_START_FAILOVER_TEST_JOB:
                return response("200 OK", "Content-Type: application/json;charset=utf-8\r\nx-acs-request-id: " + id + "\r\n",
                        "{\"RequestId\":\"" + id + "\"}");
            case DRS_DELETE_JOB:
                return response("200 OK", "Content-Type: application/json;charset=UTF-8\r\nX-Request-Id: " + id + "\r\n", "{}");
            case DDS_CANCEL_SCHEDULED_TASK:
                // A 204 carries neither body nor Content-Length (RFC 9110 8.6).
                return ("HTTP/1.1 204 No Content\r\nX-Request-Id: " + id + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            case LAKEFORMATION_DELETE_JOB:
                return response("200 OK", "Content-Type: application/json;charset=UTF-8\r\nX-request-id: " + id + "\r\n", "");
            default:
                throw new IllegalArgumentException(op.id());
        }
    }

    private static byte[] response(String status, String headers, String body) {
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + bodyBytes.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bodyBytes.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bodyBytes, 0, all, head.length, bodyBytes.length);
        return all;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    /** The parts of a request head the router needs. */
    private static final class RequestHead {
        String method;
        String target;
        String acsAction;
        long contentLength;
        boolean chunked;
        boolean connectionClose;

        static RequestHead parse(String text) throws IOException {
            RequestHead h = new RequestHead();
            int lineEnd = text.indexOf("\r\n");
            int sp1 = text.indexOf(' ');
            int sp2 = text.lastIndexOf(' ', lineEnd);
            if (lineEnd < 0 || sp1 < 0 || sp2 <= sp1) {
                throw new IOException("malformed request line");
            }
            h.method = text.substring(0, sp1);
            h.target = text.substring(sp1 + 1, sp2);
            int start = lineEnd + 2;
            while (start < text.length()) {
                int end = text.indexOf("\r\n", start);
                if (end <= start) {
                    break;
                }
                int colon = text.indexOf(':', start);
                if (colon > start && colon < end) {
                    String value = text.substring(colon + 1, end).trim();
                    if (isHeader(text, start, colon, "content-length")) {
                        h.contentLength = Long.parseLong(value);
                    } else if (isHeader(text, start, colon, "transfer-encoding")) {
                        h.chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    } else if (isHeader(text, start, colon, "x-acs-action")) {
                        h.acsAction = value;
                    } else if (isHeader(text, start, colon, "connection")) {
                        h.connectionClose = value.equalsIgnoreCase("close");
                    }
                }
                start = end + 2;
            }
            return h;
        }

        private static boolean isHeader(String text, int start, int colon, String name) {
            return colon - start == name.length() && text.regionMatches(true, start, name, 0, name.length());
        }

        /** The operation this request asks for, checking the ids the benchmarks send; null if none. */
        Operation route() {
            int q = target.indexOf('?');
            String path = q < 0 ? target : target.substring(0, q);
            if (method.equals("POST") && path.equals("/")) {
                // V3 requests name the action in a header; RPC v1 (signing benchmark) in the query.
                String action = acsAction != null ? acsAction : queryValue("Action");
                if (!Fixtures.VPC_JOB_ID.equals(queryValue("JobId"))) {
                    return null;
                }
                if ("DeleteFailoverTestJob".equals(action)) {
                    return Operation.VPC_DELETE_FAILOVER_TEST_JOB;
                }
                return "StartFailoverTestJob".equals(action) ? Operation.VPC_START_FAILOVER_TEST_JOB : null;
            }
            if (!method.equals("DELETE") || q >= 0) {
                return null;
            }
            String[] s = path.split("/", -1);
            if (s.length < 5 || !s[2].equals(Fixtures.HUAWEI_PROJECT_ID)) {
                return null;
            }
            if (s.length == 5 && s[1].equals("v5") && s[3].equals("jobs") && s[4].equals(Fixtures.DRS_JOB_ID)) {
                return Operation.DRS_DELETE_JOB;
            }
            if (s.length == 5 && s[1].equals("v3") && s[3].equals("scheduled-jobs") && s[4].equals(Fixtures.DDS_JOB_ID)) {
                return Operation.DDS_CANCEL_SCHEDULED_TASK;
            }
            if (s.length == 7 && s[1].equals("v1") && s[3].equals("instances") && s[4].equals(Fixtures.LAKEFORMATION_INSTANCE_ID)
                    && s[5].equals("lf-jobs") && s[6].equals(Fixtures.LAKEFORMATION_JOB_ID)) {
                return Operation.LAKEFORMATION_DELETE_JOB;
            }
            return null;
        }

        /** A query parameter's raw value; the benchmarks' values need no decoding. */
        private String queryValue(String name) {
            int q = target.indexOf('?');
            if (q < 0) {
                return null;
            }
            for (String pair : target.substring(q + 1).split("&")) {
                if (pair.length() > name.length() && pair.startsWith(name) && pair.charAt(name.length()) == '=') {
                    return pair.substring(name.length() + 1);
                }
            }
            return null;
        }
    }

    /** Reads request heads and skips bodies through one buffer per connection. */
    private static final class RequestReader {
        private final InputStream in;
        private final byte[] buf = new byte[MAX_HEAD_BYTES];
        private int pos;
        private int limit;

        RequestReader(InputStream in) {
            this.in = in;
        }

        /** The next request head, or null if the client closed the connection between requests. */
        RequestHead readHead() throws IOException {
            compact();
            int scanFrom = pos;
            while (true) {
                for (int i = Math.max(scanFrom, pos + 3); i < limit; i++) {
                    if (buf[i] == '\n' && buf[i - 1] == '\r' && buf[i - 2] == '\n' && buf[i - 3] == '\r') {
                        String text = new String(buf, pos, i + 1 - pos, StandardCharsets.ISO_8859_1);
                        pos = i + 1;
                        return RequestHead.parse(text);
                    }
                }
                scanFrom = Math.max(pos, limit);
                if (limit == buf.length) {
                    throw new IOException("request head larger than " + MAX_HEAD_BYTES + " bytes");
                }
                if (!fill()) {
                    if (limit == pos) {
                        return null;
                    }
                    throw new EOFException("connection closed inside a request head");
                }
            }
        }

        void skipBody(RequestHead head) throws IOException {
            if (head.chunked) {
                while (true) {
                    String sizeLine = readLine();
                    int semicolon = sizeLine.indexOf(';');
                    long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                    if (size == 0) {
                        while (!readLine().isEmpty()) {
                            // trailer fields
                        }
                        return;
                    }
                    skip(size);
                    readLine();
                }
            }
            skip(head.contentLength);
        }

        private String readLine() throws IOException {
            while (true) {
                for (int i = pos + 1; i < limit; i++) {
                    if (buf[i] == '\n' && buf[i - 1] == '\r') {
                        String line = new String(buf, pos, i - 1 - pos, StandardCharsets.ISO_8859_1);
                        pos = i + 1;
                        return line;
                    }
                }
                compact();
                if (limit == buf.length) {
                    throw new IOException("line longer than " + MAX_HEAD_BYTES + " bytes");
                }
                if (!fill()) {
                    throw new EOFException("connection closed inside a chunked body");
                }
            }
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                if (pos == limit && !fill()) {
                    throw new EOFException("connection closed inside a body");
                }
                int step = (int) Math.min(n, limit - pos);
                pos += step;
                n -= step;
            }
        }

        private void compact() {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
        }

        private boolean fill() throws IOException {
            if (pos == limit) {
                pos = 0;
                limit = 0;
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                return false;
            }
            limit += n;
            return true;
        }
    }
}
