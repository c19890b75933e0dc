package io.polycloud.http.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportContract;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.HttpTransports;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class OkHttpTransportTest extends HttpTransportContract {

    @Override
    protected HttpTransport create(HttpTransportSettings settings) {
        return new OkHttpTransportProvider().create(settings);
    }

    @Override
    protected HttpTransport createWithOneAsyncSlot(HttpTransportSettings settings) {
        return OkHttpTransport.builder().readTimeout(settings.readTimeout()).maxConcurrentRequests(1).build();
    }

    @Test
    void automaticSelection_prefersOkHttpWhenItRuns() {
        assertEquals(java.util.List.of("okhttp", "jdk"), HttpTransports.available());
        try (HttpTransport t = HttpTransports.create(HttpTransportSettings.defaults())) {
            assertTrue(t instanceof OkHttpTransport, t.getClass().getName());
        }
    }

    @Test
    void close_ofATransportWithItsOwnPool_releasesPooledConnections() throws Exception {
        try (OkHttpTransport own = OkHttpTransport.builder().readTimeout(Duration.ofSeconds(1)).build()) {
            server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
            own.execute(request("GET").build(), TIMEOUT);
            assertEquals(1, own.connectionCount(), "kept alive for reuse");
            own.close();
            assertEquals(0, own.connectionCount());
        }
    }

    @Test
    void transportsFromCreate_shareConnections() throws Exception {
        try (OkHttpTransport a = OkHttpTransport.create(HttpTransportSettings.builder().cleartextOnly(true).build());
             OkHttpTransport b = OkHttpTransport.create(HttpTransportSettings.builder().cleartextOnly(true).build())) {
            server.enqueue(new MockResponse.Builder().code(200).build());
            server.enqueue(new MockResponse.Builder().code(200).build());
            a.execute(request("GET").build(), TIMEOUT);
            b.execute(request("GET").build(), TIMEOUT);
            server.takeRequest();
            assertEquals(1, server.takeRequest().getExchangeIndex(), "the second client reused the first one's connection");
        }
    }
}
