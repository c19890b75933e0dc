package io.polycloud.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The emulator's own HTTP/1.1 server, spoken to byte by byte: what it reads (keep-alive,
 * {@code Content-Length}, chunked bodies), what it refuses (400 and a closed connection for
 * anything it cannot read, 413 over the size limit), the socket effects faults rely on (a real
 * TCP reset, a stall that ends with the client), and load (1,000 connections at once, malformed
 * input on many more). Every read is bounded, so a hung socket fails the test instead of hanging it.
 */
class HttpServerTest {

    private static final int READ_TIMEOUT_MILLIS = 5_000;

    private final PolycloudEmulator emulator = PolycloudEmulator.builder().maxRequestBytes(4096).start();

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** An answer as read off the socket, and whether the server closed the connection after it. */
    private record Answer(int status, String head, String body, boolean closed) {
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", emulator.port());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    private static void write(Socket socket, String bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads one answer (its Content-Length body), then checks whether the connection closed. */
    private static Answer read(Socket socket, boolean checkClosed) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("closed before the end of the head: " + head);
            }
            head.append((char) c);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        boolean closed = false;
        if (checkClosed) {
            socket.setSoTimeout(1_000);
            try {
                closed = in.read() < 0;
            } catch (SocketException e) {
                closed = true;
            }
        }
        return new Answer(Integer.parseInt(head.substring(9, 12)), head.toString(), body, closed);
    }

    private Answer exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            write(socket, request);
            return read(socket, true);
        }
    }

    @Test
    void keepAlive_servesManyRequestsOnOneConnection_bodiesFramedByLengthOrChunks() throws IOException {
        try (Socket socket = connect()) {
            write(socket, "GET /_emulator HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(200, read(socket, false).status());
            write(socket, "POST /_emulator/drs/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: 15\r\n\r\n{\"jobId\":\"j-1\"}");
            assertEquals(200, read(socket, false).status());
            write(socket, "POST /_emulator/drs/jobs HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;ext=1\r\n{\"job\r\na\r\nId\":\"j-2\"}\r\n0\r\nX-Trailer: t\r\n\r\n");
            Answer last = read(socket, false);
            assertEquals(200, last.status());
            assertTrue(last.body().contains("\"j-2\""), last.body());
        }
        assertEquals(List.of("j-1", "j-2"), emulator.drs().jobs().stream().map(EmulatedDrs.Job::jobId).toList());
    }

    @Test
    void connectionClose_andHttp10_endTheConnectionAfterTheAnswer() throws IOException {
        Answer close = exchange("GET /_emulator HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        Answer http10 = exchange("GET /_emulator HTTP/1.0\r\n\r\n");

        assertEquals(200, close.status());
        assertTrue(close.head().contains("Connection: close") && close.closed(), close.head());
        assertEquals(200, http10.status());
        assertTrue(http10.closed());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
            "GET / HTTP/2.0\r\n\r\n",
            "GET /\r\n\r\n",
            "GET  / HTTP/1.1\r\n\r\n",
            "G(T / HTTP/1.1\r\n\r\n",
            "GET nopath HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nno colon here\r\n\r\n",
            "GET / HTTP/1.1\r\nHost : x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\n folded: line\r\n\r\n",
            "GET / HTTP/1.1\r\nX-Bad: a\u0001b\r\n\r\n",
            "GET /?a=\rb HTTP/1.1\r\n\r\n"})
    void unreadableRequest_isAnswered400WithConnectionClose_andTheConnectionCloses(String request) throws Exception {
        Answer answer = exchange(request);

        assertEquals(400, answer.status(), answer.head());
        assertTrue(answer.head().contains("Connection: close"), answer.head());
        assertEquals("Emulator.MalformedRequest", Fixtures.json(answer.body()).get("Code").asText());
        assertTrue(answer.closed(), "the connection is closed");
    }

    @Test
    void headOverTheLimit_isAnswered400AndTheConnectionCloses() throws Exception {
        Answer answer = exchange("GET / HTTP/1.1\r\nX-Big: " + "a".repeat(70 * 1024) + "\r\n\r\n");

        assertEquals(400, answer.status());
        assertTrue(Fixtures.json(answer.body()).get("Message").asText().contains("larger than 65536 bytes"));
        assertTrue(answer.closed());
    }

    @Test
    void bodyOverTheLimit_isAnswered413BeforeItIsRead_andTheConnectionCloses() throws Exception {
        Answer declared = exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" + "a".repeat(5000));
        Answer chunked = exchange("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "800\r\n" + "a".repeat(2048) + "\r\n800\r\n" + "a".repeat(2048) + "\r\n800\r\n");
        Answer huge = exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n");

        for (Answer a : List.of(declared, chunked, huge)) {
            assertEquals(413, a.status(), a.head());
            assertEquals("Emulator.RequestTooLarge", Fixtures.json(a.body()).get("Code").asText());
            assertTrue(a.closed());
        }
    }

    @Test
    void expect100Continue_isAnsweredBeforeTheBodyIsSent() throws IOException {
        try (Socket socket = connect()) {
            write(socket, "POST /_emulator/dds/scheduled-tasks HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 15\r\n\r\n");
            assertEquals(100, read(socket, false).status());
            write(socket, "{\"jobId\":\"t-1\"}");
            assertEquals(200, read(socket, false).status());
        }
    }

    @Test
    void reset_closesTheConnectionWithATcpReset() throws IOException {
        emulator.inject(Fault.reset());
        try (Socket socket = connect()) {
            write(socket, "GET /v5/p/jobs/1 HTTP/1.1\r\nHost: x\r\n\r\n");
            SocketException e = assertThrows(SocketException.class, () -> socket.getInputStream().read());
            assertTrue(e.getMessage().contains("reset"), e.getMessage());
        }
    }

    @Test
    void stall_holdsTheConnectionUntilTheClientLeaves_andCloseEndsItAtOnce() throws Exception {
        emulator.inject(Fault.stall().times(2));
        try (Socket first = connect(); Socket second = connect()) {
            write(first, "GET /v5/p/jobs/1 HTTP/1.1\r\nHost: x\r\n\r\n");
            write(second, "GET /v5/p/jobs/2 HTTP/1.1\r\nHost: x\r\n\r\n");
            first.setSoTimeout(300);
            assertThrows(java.net.SocketTimeoutException.class, () -> first.getInputStream().read(), "nothing comes");
            first.close();
            Fixtures.await(Duration.ofSeconds(5), () -> emulator.openConnections() == 1, "the first stall ended with its client");

            long t0 = System.nanoTime();
            emulator.close();
            assertEquals(-1, second.getInputStream().read(), "closing the emulator closes the stalled connection");
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
        }
    }

    @Test
    void aThousandConcurrentConnections_areAllServedWhileAllStayOpen() throws Exception {
        int connections = 1_000;
        List<Socket> sockets = new ArrayList<>();
        try {
            long t0 = System.nanoTime();
            for (int i = 0; i < connections; i++) {
                Socket socket = connect();
                sockets.add(socket);
                write(socket, "GET /_emulator HTTP/1.1\r\nHost: x\r\n\r\n");
            }
            for (Socket socket : sockets) {
                assertEquals(200, read(socket, false).status());
            }
            Fixtures.await(Duration.ofSeconds(5), () -> emulator.openConnections() == connections,
                    "every connection is open at once");
            // A second round on the same connections: all of them were kept alive.
            for (Socket socket : sockets) {
                write(socket, "GET /_emulator HTTP/1.1\r\nHost: x\r\n\r\n");
            }
            for (Socket socket : sockets) {
                assertEquals(200, read(socket, false).status());
            }
            System.out.printf("1,000 concurrent keep-alive connections, 2,000 requests: %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        Fixtures.await(Duration.ofSeconds(10), () -> emulator.openConnections() == 0, "the server saw every client leave");
    }

    @Test
    void garbageOnManyConnections_getsAnAnswerOrAClose_neverAHang() throws Exception {
        Random random = new Random(42);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] garbage = new byte[1 + random.nextInt(2048)];
            random.nextBytes(garbage);
            // Half of them start like a request, so the head parser, not only the request line, meets the garbage.
            if (i % 2 == 0) {
                byte[] prefix = "POST /?Action=x HTTP/1.1\r\nContent-Length: ".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(prefix, 0, garbage, 0, Math.min(prefix.length, garbage.length));
            }
            inputs.add(garbage);
        }
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (byte[] garbage : inputs) {
                outcomes.add(clients.submit(() -> {
                    try (Socket socket = connect()) {
                        socket.getOutputStream().write(garbage);
                        socket.shutdownOutput();
                        ByteArrayOutputStream answer = new ByteArrayOutputStream();
                        socket.getInputStream().transferTo(answer);
                        String text = answer.toString(StandardCharsets.ISO_8859_1);
                        return text.isEmpty() ? 0 : Integer.parseInt(text.substring(9, 12));
                    } catch (SocketException e) {
                        return -1;
                    }
                }));
            }
            for (Future<Integer> outcome : outcomes) {
                int status = outcome.get(30, TimeUnit.SECONDS);
                assertTrue(status == 400 || status == 413 || status == 0 || status == -1, "status " + status);
            }
        } finally {
            clients.shutdownNow();
        }
        Fixtures.await(Duration.ofSeconds(10), () -> emulator.openConnections() == 0, "no connection is left open");
        assertEquals(200, exchange("GET /_emulator HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status(),
                "the emulator still serves");
    }
}
