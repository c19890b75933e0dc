package io.polycloud.reliability.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.reliability.support.MadeUpKeys;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A thousand clients that each make one synchronous and one asynchronous call and are dropped
 * without {@code close()}: the default transports share their pool, threads and (JDK) HTTP
 * client, so the process ends up holding what one client holds, not a thousand sockets and
 * threads (before: 200 dropped clients held 234 descriptors and 211 threads).
 */
class DroppedClientsTest {

    private static final int CLIENTS = 1_000;
    /** Allowance for what one client and the loopback server legitimately hold, and JVM noise. */
    private static final int MAX_EXTRA_THREADS = 20;
    private static final int MAX_EXTRA_DESCRIPTORS = 20;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private EchoServer server;

    @BeforeEach
    void start() throws Exception {
        server = new EchoServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "jdk"})
    void aThousandDroppedClients_holdAboutWhatOneClientHolds(String transport) throws Exception {
        useAndDrop(transport, 0); // first use creates the shared pool, threads and timer
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long descriptorsBefore = openDescriptors();
        long deadline = System.nanoTime() + LIMIT.toNanos();

        for (int i = 1; i <= CLIENTS && System.nanoTime() < deadline; i++) {
            useAndDrop(transport, i);
        }

        int threads = ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore;
        long descriptors = openDescriptors() - descriptorsBefore;
        assertEquals(2L * CLIENTS + 2, server.requests(), "every client made both calls within " + LIMIT);
        record(transport + ": after " + CLIENTS + " dropped clients: +" + threads + " threads, +" + descriptors
                + " file descriptors, " + server.openConnections() + " connections open at the server");
        assertTrue(threads <= MAX_EXTRA_THREADS, transport + ": " + threads + " more threads");
        assertTrue(descriptors <= MAX_EXTRA_DESCRIPTORS, transport + ": " + descriptors + " more file descriptors");
    }

    @SuppressWarnings("resource") // dropped on purpose
    private void useAndDrop(String transport, int i) throws Exception {
        VpcClient vpc = VpcClient.builder().region("cn-hangzhou").endpointOverride(server.endpoint())
                .credentials(MadeUpKeys.aliyun()).httpTransportProvider(transport).build();
        DeleteFailoverTestJobRequest request = DeleteFailoverTestJobRequest.builder().jobId("ftj-dropped" + i).build();
        vpc.deleteFailoverTestJob(request);
        vpc.deleteFailoverTestJobAsync(request).get(10, TimeUnit.SECONDS);
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static void record(String line) throws IOException {
        Files.writeString(Path.of("target", "dropped-clients.txt"), line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
