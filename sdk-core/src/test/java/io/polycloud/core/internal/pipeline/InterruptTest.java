package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.interceptor.CallOutcome;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.protocol.aliyun.TestAliyunClient;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.ScriptedTransport;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An interrupt ends a call promptly as {@link SdkInterruptedException}, sends nothing more, and
 * leaves the thread's interrupt flag set, however the transport reports it.
 */
class InterruptTest {

    private static final AliyunRpcRequest DESCRIBE = AliyunRpcRequest.builder("DescribeFailoverTestJobs")
            .parameter("RegionId", "cn-hangzhou").safeToRepeat(true).build();
    /** Would retry an I/O failure three times, so a single attempt proves the interrupt was not retried. */
    private static final RetryPolicy RETRIES = RetryPolicy.builder().jitter(() -> 0.5).build();

    private final List<CallOutcome> calls = new CopyOnWriteArrayList<>();

    @AfterEach
    void clearTheFlag() {
        Thread.interrupted();
    }

    private AliyunRpcClient client(ScriptedTransport transport, RetryPolicy policy) {
        return new TestAliyunClient().endpointOverride("http://127.0.0.1:9")
                .credentials(AliyunCredentials.of("TESTAKTestAccessKeyId", "testSecret"))
                .httpTransport(transport).retryPolicy(policy)
                .addInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void afterCall(CallOutcome outcome) {
                        calls.add(outcome);
                    }
                }).build();
    }

    @Test
    void call_onAnInterruptedThread_sendsNothingAndKeepsTheFlag() {
        ScriptedTransport transport = new ScriptedTransport(r -> ScriptedTransport.response(200, "{}"));
        try (AliyunRpcClient client = client(transport, RETRIES)) {
            Thread.currentThread().interrupt();
            long start = System.nanoTime();
            SdkInterruptedException e = assertThrows(SdkInterruptedException.class,
                    () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
            assertEquals("aliyun vpc DescribeFailoverTestJobs was interrupted before sending anything", e.getMessage());
            assertEquals(0, e.attempts());
            assertTrue(millis < 100, "returned after " + millis + " ms");
        }
        assertEquals(List.of(), transport.sent());
        assertEquals(e(calls), List.of(SdkInterruptedException.class));
    }

    @Test
    void call_interruptedDuringBackoff_returnsPromptlyWithoutAnotherAttempt() {
        AtomicLong interruptedAt = new AtomicLong();
        Thread caller = Thread.currentThread();
        ScriptedTransport transport = new ScriptedTransport(r -> {
            // Interrupts once the caller sleeps in its backoff, at most 5 s from now.
            Thread interrupter = new Thread(() -> {
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (caller.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < giveUp) {
                    Thread.onSpinWait();
                }
                interruptedAt.set(System.nanoTime());
                caller.interrupt();
            });
            interrupter.setDaemon(true);
            interrupter.start();
            return ScriptedTransport.response(503, "");
        });
        // A 10 s base delay: the first backoff is 5 s, far longer than the test.
        try (AliyunRpcClient client = client(transport, RETRIES.toBuilder().baseDelay(Duration.ofSeconds(10)).build())) {
            SdkInterruptedException e = assertThrows(SdkInterruptedException.class,
                    () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interruptedAt.get());

            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
            assertEquals("aliyun vpc DescribeFailoverTestJobs was interrupted after 1 attempt", e.getMessage());
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertEquals(1, e.attempts());
            assertTrue(millis < 100, "returned " + millis + " ms after the interrupt");
        }
        assertEquals(1, transport.sent().size());
    }

    static Stream<Named<ScriptedTransport.Exchange>> interruptedExchanges() {
        return Stream.of(
                Named.of("TransportException INTERRUPTED, flag left set", r -> {
                    Thread.currentThread().interrupt();
                    throw new TransportException(TransportException.Kind.INTERRUPTED, true, "interrupted reading", null);
                }),
                Named.of("TransportException INTERRUPTED, flag cleared", r -> {
                    throw new TransportException(TransportException.Kind.INTERRUPTED, false, "interrupted connecting", null);
                }),
                Named.of("a raw InterruptedIOException", r -> {
                    throw new InterruptedIOException("interrupted");
                }),
                Named.of("a checked InterruptedException thrown without being declared", r -> {
                    throw new InterruptedException("sleep interrupted");
                }));
    }

    @ParameterizedTest
    @MethodSource("interruptedExchanges")
    void call_whenTheTransportReportsAnInterrupt_isNotRetriedAndKeepsTheFlag(ScriptedTransport.Exchange exchange) {
        ScriptedTransport transport = new ScriptedTransport(exchange);
        try (AliyunRpcClient client = client(transport, RETRIES)) {
            SdkInterruptedException e = assertThrows(SdkInterruptedException.class,
                    () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
            assertTrue(Thread.currentThread().isInterrupted(), "the flag is set when the call returns");
            assertTrue(e.getMessage().startsWith("aliyun vpc DescribeFailoverTestJobs was interrupted talking to 127.0.0.1:9"),
                    e.getMessage());
            assertEquals(TransportException.Kind.INTERRUPTED, assertInstanceOf(TransportException.class, e.getCause()).kind());
            assertEquals(1, e.attempts());
        }
        assertEquals(1, transport.sent().size(), "never retried");
        assertEquals(e(calls), List.of(SdkInterruptedException.class));
    }

    @Test
    void call_whenTheTransportThrowsASocketTimeout_treatsItAsAnIoFailureNotAnInterrupt() {
        ScriptedTransport transport = new ScriptedTransport(r -> {
            throw new SocketTimeoutException("Read timed out");
        });
        try (AliyunRpcClient client = client(transport, RetryPolicy.none())) {
            assertThrows(SdkNetworkException.class, () -> client.call(DESCRIBE, SdkHttpResponse::bodyAsString));
        }
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void callAsync_whenTheTransportReportsAnInterrupt_failsWithoutRetryAndLeavesTheCallerAlone() throws Exception {
        ScriptedTransport transport = new ScriptedTransport(r -> {
            throw new TransportException(TransportException.Kind.INTERRUPTED, true, "interrupted reading", null);
        });
        try (AliyunRpcClient client = client(transport, RETRIES)) {
            CompletableFuture<String> future = client.callAsync(DESCRIBE, SdkHttpResponse::bodyAsString);
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            assertInstanceOf(SdkInterruptedException.class, e.getCause());
        }
        assertEquals(1, transport.sent().size());
        assertFalse(Thread.currentThread().isInterrupted(), "an async call never interrupts the thread that made it");
    }

    private static List<Class<?>> e(List<CallOutcome> calls) {
        return calls.stream().<Class<?>>map(c -> c.failure().orElseThrow().getClass()).toList();
    }
}
