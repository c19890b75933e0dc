package io.polycloud.core.internal.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportContract;
import io.polycloud.core.http.HttpTransportSettings;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class JdkHttpTransportTest extends HttpTransportContract {

    @Override
    protected HttpTransport create(HttpTransportSettings settings) {
        return new JdkHttpTransportProvider().create(settings);
    }

    @Override
    protected HttpTransport createWithOneAsyncSlot(HttpTransportSettings settings) {
        return new JdkHttpTransport(settings, 1);
    }

    @Test
    void execute_withAHostHeaderThatMatchesTheUrl_sendsIt() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());
        transport.execute(request("GET").addHeader("host", "127.0.0.1:" + server.getPort()).build(), TIMEOUT);
        assertEquals("127.0.0.1:" + server.getPort(), server.takeRequest().getHeaders().get("Host"));
    }

    @Test
    void execute_withAHostHeaderTheJdkWouldNotSend_isRefusedBeforeSending() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> transport.execute(request("GET").addHeader("Host", "other.example.com").build(), TIMEOUT));
        assertEquals("the Host header differs from the one the jdk HTTP transport sends (127.0.0.1:" + server.getPort()
                + "); remove it or use the okhttp transport", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void execute_withAConnectionHeader_isRefusedBeforeSending() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> transport.execute(request("GET").addHeader("Connection", "close").build(), TIMEOUT));
        assertEquals("the jdk HTTP transport cannot send a Connection header; use the okhttp transport", e.getMessage());
    }

    @Test
    void noTlsContext_refusesEveryTlsOperation() {
        NoTlsContext context = new NoTlsContext();
        assertThrows(UnsupportedOperationException.class, context::createSSLEngine);
        assertThrows(UnsupportedOperationException.class, context::getSocketFactory);
        assertThrows(UnsupportedOperationException.class, context::getClientSessionContext);
    }

    @Test
    void close_ofTheLastTransportOnAClient_endsItsSelectorThread() throws Exception {
        Set<Thread> before = selectorThreads();
        // A connect timeout no other test uses, so this transport's HTTP client is its own.
        HttpTransport own = create(HttpTransportSettings.builder().connectTimeout(Duration.ofMillis(4321)).build());
        server.enqueue(new MockResponse.Builder().code(200).build());
        own.execute(request("GET").build(), TIMEOUT);
        Set<Thread> started = new HashSet<>(selectorThreads());
        started.removeAll(before);
        assertEquals(1, started.size(), "one selector thread for the new client: " + started);

        own.close();

        // A thread waiting in native code delays the JVM's exit by up to 300 ms, so it must end now.
        for (Thread t : started) {
            t.join(2_000);
            assertTrue(!t.isAlive(), t.getName() + " still runs after close");
        }
    }

    private static Set<Thread> selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().endsWith("-SelectorManager"))
                .collect(Collectors.toSet());
    }
}
