package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.polycloud.core.exception.SdkInterruptedException;
import io.polycloud.core.exception.SdkNetworkException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.http.TransportException;
import io.polycloud.core.http.TransportException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a failed exchange becomes. */
class TransportFailureMapperTest {

    private static final Deadline DEADLINE = Deadline.start(Clock.systemUTC(), Duration.ofSeconds(60));

    private static Object map(Kind kind, boolean cutToDeadline) {
        return TransportFailureMapper.map(new TransportException(kind, true, "boom", null), "aliyun vpc Op", "vpc.example.com",
                2, 20_000, cutToDeadline, DEADLINE);
    }

    @Test
    void eachKind_becomesItsException() {
        assertEquals(SdkTimeoutException.Kind.CONNECT, ((SdkTimeoutException) map(Kind.CONNECT_TIMEOUT, false)).kind());
        assertEquals(SdkTimeoutException.Kind.READ, ((SdkTimeoutException) map(Kind.READ_TIMEOUT, false)).kind());
        assertEquals(SdkTimeoutException.Kind.ATTEMPT, ((SdkTimeoutException) map(Kind.ATTEMPT_TIMEOUT, false)).kind());
        assertEquals(SdkTimeoutException.Kind.TOTAL, ((SdkTimeoutException) map(Kind.ATTEMPT_TIMEOUT, true)).kind());
        assertEquals("aliyun vpc Op was interrupted talking to vpc.example.com",
                assertInstanceOf(SdkInterruptedException.class, map(Kind.INTERRUPTED, false)).getMessage());
        assertEquals("aliyun vpc Op: could not connect to vpc.example.com (boom)",
                assertInstanceOf(SdkNetworkException.class, map(Kind.CONNECT_FAILED, false)).getMessage());
        assertEquals(2, assertInstanceOf(SdkNetworkException.class, map(Kind.IO_ERROR, false)).attempts());
    }

    @Test
    void classify_keepsTransportExceptionsAndTellsInterruptsFromTimeoutsAndOtherFailures() {
        TransportException given = new TransportException(Kind.READ_TIMEOUT, true, "read", null);
        assertSame(given, TransportFailureMapper.classify(given));
        assertEquals(Kind.INTERRUPTED, TransportFailureMapper.classify(new InterruptedIOException()).kind());
        assertEquals(Kind.INTERRUPTED, TransportFailureMapper.classify(new InterruptedException()).kind());
        assertEquals(Kind.IO_ERROR, TransportFailureMapper.classify(new SocketTimeoutException()).kind());
        assertEquals(Kind.IO_ERROR, TransportFailureMapper.classify(new IOException("reset")).kind());
    }
}
