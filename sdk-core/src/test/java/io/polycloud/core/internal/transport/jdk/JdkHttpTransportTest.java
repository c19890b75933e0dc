package io.polycloud.core.internal.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportContract;
import io.polycloud.core.http.HttpTransportSettings;
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
}
