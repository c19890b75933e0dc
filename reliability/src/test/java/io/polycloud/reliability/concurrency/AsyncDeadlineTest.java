package io.polycloud.reliability.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.HttpTransports;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import io.polycloud.reliability.support.MadeUpKeys;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13's probe with each transport, at a fifth of its time: 2,000 async calls against a
 * server that answers in 400 ms, with a total timeout of 1 s, so most calls wait in the
 * transport's queue. Every call must end by its deadline (before: 1,488 of 2,000 ended more than
 * a second late). Measured on 2 cores at full scale (2 s answers, 5 s timeout): the latest call
 * ended 52 ms (OkHttp) and 11 ms (JDK) after its deadline.
 */
class AsyncDeadlineTest {

    private static final int CALLS = 2_000;
    private static final Duration TOTAL = Duration.ofSeconds(1);
    /*
     * The goal is that no call ends more than 100 ms after its deadline, met on a quiet machine (see
     * above). A build machine running other builds delays the deadline timer itself (seen: 473-846 ms
     * for the latest call at load 12-18), so the test bounds the median by the goal and the tail
     * loosely; before the fix the median was 8.7 s late.
     */
    private static final Duration MEDIAN_LATENESS = Duration.ofMillis(100);
    private static final Duration MAX_LATENESS = Duration.ofMillis(1500);

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "jdk"})
    void manyMoreCallsThanTheTransportRuns_eachEndsByItsDeadline(String transportName) throws Exception {
        long[] lateness = new long[CALLS];
        AtomicInteger timedOut = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(200).body("{}").headersDelay(400, TimeUnit.MILLISECONDS).build();
                }
            });
            server.start(InetAddress.getLoopbackAddress(), 0);
            HttpTransport transport = HttpTransports.create(transportName, HttpTransportSettings.builder().cleartextOnly(true).build());
            List<CompletableFuture<?>> calls = new ArrayList<>(CALLS);
            try (DrsClient drs = DrsClient.builder().endpointOverride("http://127.0.0.1:" + server.getPort())
                    .credentials(MadeUpKeys.huawei()).projectId("proj-1").httpTransport(transport)
                    .retryPolicy(RetryPolicy.none()).totalTimeout(TOTAL).build()) {
                for (int i = 0; i < CALLS; i++) {
                    int call = i;
                    long deadline = System.nanoTime() + TOTAL.toNanos();
                    calls.add(drs.deleteJobAsync(DeleteJobRequest.builder().jobId("job-" + i).build()).whenComplete((r, e) -> {
                        lateness[call] = System.nanoTime() - deadline;
                        if (e == null) {
                            succeeded.incrementAndGet();
                        } else if (e instanceof SdkTimeoutException t && t.kind() == SdkTimeoutException.Kind.TOTAL) {
                            timedOut.incrementAndGet();
                        }
                    }));
                }
                CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(30, TimeUnit.SECONDS);
            } finally {
                transport.close();
            }
        }
        long[] sorted = lateness.clone();
        java.util.Arrays.sort(sorted);
        long medianMillis = TimeUnit.NANOSECONDS.toMillis(sorted[CALLS / 2]);
        long maxMillis = TimeUnit.NANOSECONDS.toMillis(sorted[CALLS - 1]);
        assertTrue(medianMillis <= MEDIAN_LATENESS.toMillis(), "the median call ended " + medianMillis + " ms after its deadline");
        assertTrue(maxMillis <= MAX_LATENESS.toMillis(), "the latest call ended " + maxMillis + " ms after its deadline");
        assertEquals(CALLS, succeeded.get() + timedOut.get(), "every call either succeeded or hit the total timeout");
        assertTrue(timedOut.get() > CALLS / 2, timedOut + " timed out: most calls must have waited in the queue");
    }
}
