package io.polycloud.reliability.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.HttpTransports;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.reliability.support.MadeUpKeys;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An interrupt ends a blocking call through a real client and transport: nothing is sent from an
 * interrupted thread, an interrupt while the answer is awaited returns at once without a retry,
 * and the thread's flag stays set (before: a raw InterruptedException with the flag cleared, or a
 * read timeout 14 s later).
 */
class InterruptTest {

    /** The goal is 100 ms; the rest is margin for a build machine running other builds. */
    private static final long PROMPT_MILLIS = 300;
    private static final DeleteJobRequest DELETE = DeleteJobRequest.builder().jobId("job-1").build();

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).body("{}").headersDelay(10, TimeUnit.SECONDS).build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        Thread.interrupted();
        server.close();
    }

    private DrsClient client(HttpTransport transport) {
        // Retries an unanswered idempotent call three times: one request proves the interrupt ended it.
        return DrsClient.builder().endpointOverride("http://127.0.0.1:" + server.getPort())
                .credentials(MadeUpKeys.huawei()).projectId("proj-1").httpTransport(transport)
                .retryPolicy(RetryPolicy.defaults()).readTimeout(Duration.ofSeconds(30)).build();
    }

    private static HttpTransport transport(String name) {
        return HttpTransports.create(name, HttpTransportSettings.builder().readTimeout(Duration.ofSeconds(30))
                .cleartextOnly(true).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "jdk"})
    void call_onAnInterruptedThread_sendsNothing(String transportName) {
        try (HttpTransport transport = transport(transportName); DrsClient drs = client(transport)) {
            Thread.currentThread().interrupt();
            assertThrows(SdkInterruptedException.class, () -> drs.deleteJob(DELETE));
            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
        }
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "jdk"})
    void call_interruptedWhileAwaitingTheAnswer_returnsAtOnceWithoutRetrying(String transportName) throws Exception {
        Thread caller = Thread.currentThread();
        AtomicLong interruptedAt = new AtomicLong();
        Thread interrupter = new Thread(() -> {
            try {
                server.takeRequest(10, TimeUnit.SECONDS);
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            interruptedAt.set(System.nanoTime());
            caller.interrupt();
        });
        interrupter.setDaemon(true);
        try (HttpTransport transport = transport(transportName); DrsClient drs = client(transport)) {
            interrupter.start();
            SdkInterruptedException e = assertThrows(SdkInterruptedException.class, () -> drs.deleteJob(DELETE));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interruptedAt.get());
            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
            assertTrue(millis <= PROMPT_MILLIS, "returned " + millis + " ms after the interrupt");
            assertEquals(1, e.attempts());
        }
        assertEquals(1, server.getRequestCount(), "not retried");
    }
}
