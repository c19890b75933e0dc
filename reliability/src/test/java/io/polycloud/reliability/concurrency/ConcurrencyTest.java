package io.polycloud.reliability.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.http.okhttp.OkHttpTransport;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.reliability.support.Await;
import io.polycloud.reliability.support.SecretScan;
import io.polycloud.reliability.support.SeededOperation;
import io.polycloud.reliability.support.ServiceClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many calls at once through the real clients, all five operations mixed, against a loopback
 * server that echoes each request's job id as its request id: no call fails, every answer is the
 * one to its own request, and closing leaves no dispatcher thread and no connection behind. The
 * synchronous run shares one transport (one OkHttp client and pool) between the four service
 * clients; the asynchronous run lets each client own its transport, so {@code close()} must end it.
 */
@ExtendWith(SecretScan.class)
class ConcurrencyTest {

    private static final int THREADS = 64;
    private static final int CALLS_PER_THREAD = 1_000;
    /** The sync run is scanned for secrets in rounds, so the captured TRACE log stays small. */
    private static final int ROUNDS = 4;
    private static final int ASYNC_CALLS = 10_000;
    private static final String DISPATCHER_THREADS = "polycloud-okhttp-";
    private static final Duration CLEANUP = Duration.ofSeconds(10);

    private static final SeededOperation[] OPERATIONS = SeededOperation.values();

    private EchoServer server;

    @BeforeEach
    void start() throws Exception {
        server = new EchoServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void sixtyFourThreadsTimesAThousandMixedCalls_allSucceedWithTheirOwnAnswers_andCloseLeavesNoConnection()
            throws Exception {
        OkHttpTransport transport = OkHttpTransport.builder().maxIdleConnections(THREADS).build();
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);
        try (ServiceClients clients = ServiceClients.builder(server.endpoint(), new FakeTime()).httpTransport(transport).build()) {
            int perRound = CALLS_PER_THREAD / ROUNDS;
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<?>> threads = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    int first = round * perRound;
                    threads.add(callers.submit(() -> {
                        for (int i = first; i < first + perRound; i++) {
                            String jobId = "ftj-t" + thread + "x" + i;
                            String answer = OPERATIONS[(thread + i) % OPERATIONS.length].call(clients, jobId);
                            if (!jobId.equals(answer)) {
                                mismatches.add(jobId + " got " + answer);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : threads) {
                    f.get(60, TimeUnit.SECONDS);
                }
                SecretScan.assertLogsClean();
            }
        } finally {
            callers.shutdownNow();
            transport.close();
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " answers went to the wrong call, e.g. " + mismatches.peek());
        assertEquals((long) THREADS * CALLS_PER_THREAD, server.requests(), "one request per call, no retries");
        Await.until(CLEANUP, "the transport holds no connection", () -> transport.connectionCount() == 0);
        Await.until(CLEANUP, "the server sees every connection closed", () -> server.openConnections() == 0);
    }

    @Test
    void tenThousandAsyncCallsInFlight_allSucceedWithTheirOwnAnswers_andCloseEndsEveryThreadAndConnection()
            throws Exception {
        long dispatchersBefore = Await.liveThreads(DISPATCHER_THREADS);
        long dispatchersWhileRunning;
        List<CompletableFuture<String>> calls = new ArrayList<>(ASYNC_CALLS);
        List<String> jobIds = new ArrayList<>(ASYNC_CALLS);
        try (ServiceClients clients = ServiceClients.builder(server.endpoint(), new FakeTime()).build()) {
            for (int i = 0; i < ASYNC_CALLS; i++) {
                String jobId = "ftj-a" + i;
                jobIds.add(jobId);
                calls.add(OPERATIONS[i % OPERATIONS.length].callAsync(clients, jobId));
            }
            dispatchersWhileRunning = Await.liveThreads(DISPATCHER_THREADS);
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
        }
        long mismatched = 0;
        for (int i = 0; i < ASYNC_CALLS; i++) {
            if (!Objects.equals(jobIds.get(i), calls.get(i).join())) {
                mismatched++;
            }
        }
        assertEquals(0, mismatched, "answers that went to the wrong call");
        assertEquals(ASYNC_CALLS, server.requests(), "one request per call, no retries");
        assertTrue(dispatchersWhileRunning > dispatchersBefore, "the calls ran on the clients' dispatcher threads");
        Await.until(CLEANUP, "no " + DISPATCHER_THREADS + "* thread is alive after close()",
                () -> Await.liveThreads(DISPATCHER_THREADS) == 0);
        Await.until(CLEANUP, "the server sees every connection closed", () -> server.openConnections() == 0);
    }
}
