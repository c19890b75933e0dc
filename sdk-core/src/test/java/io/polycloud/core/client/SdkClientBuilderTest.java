package io.polycloud.core.client;

import io.polycloud.core.internal.pipeline.ClientConfiguration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.okhttp.OkHttpTransport;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdkClientBuilderTest {

    /** The smallest concrete builder: exposes the resolved configuration. */
    private static final class Builder extends SdkClientBuilder<Builder> {
        ClientConfiguration build() {
            return buildConfiguration(region -> URI.create("https://svc." + region + ".example.com"));
        }
    }

    @Test
    void build_withRegion_usesTheRegionsEndpointAndOwnsANewTransport() {
        ClientConfiguration c = new Builder().region("cn-north-4").build();
        assertEquals(URI.create("https://svc.cn-north-4.example.com"), c.endpoint());
        assertTrue(c.ownsTransport());
        assertTrue(c.transport() instanceof OkHttpTransport);
        c.transport().close();
    }

    @Test
    void build_withEndpointOverride_ignoresTheRegionAndABareHostGetsHttps() {
        ClientConfiguration c = new Builder().region("cn-north-4").endpointOverride("vpc.internal:8443")
                .httpTransport(OkHttpTransport.create()).build();
        assertEquals(URI.create("https://vpc.internal:8443"), c.endpoint());
        assertFalse(c.ownsTransport(), "a given transport is the caller's to close");
        c.transport().close();
    }

    @Test
    void build_withoutRegionOrEndpoint_failsNamingBoth() {
        assertEquals("region is required when no endpointOverride is set",
                assertThrows(SdkClientException.class, () -> new Builder().build()).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN-NORTH-4", "cn_north_4", "cn-north-4/../x", "-cn"})
    void region_thatIsNotLowerCaseLettersDigitsAndDashes_isRejected(String region) {
        assertEquals("region must be lower-case letters, digits and dashes, like cn-shanghai",
                assertThrows(SdkClientException.class, () -> new Builder().region(region)).getMessage());
    }

    @Test
    void endpointOverride_thatIsNoUrl_failsWithoutEchoingOrChainingTheInput() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> new Builder().endpointOverride("https://user:pw@host name"));
        assertEquals("endpointOverride is not a valid URL: Illegal character in authority at index 8", e.getMessage());
        assertNull(e.getCause());
        assertEquals("endpointOverride must be http(s)://host[:port] without user info, query or fragment",
                assertThrows(SdkClientException.class, () -> new Builder().endpointOverride("https://user:pw@host")).getMessage());
    }

    @Test
    void timeouts_mustBePositive() {
        assertEquals("totalTimeout must be between 1 ms and 24 h, was 0 ms",
                assertThrows(SdkClientException.class, () -> new Builder().totalTimeout(Duration.ZERO)).getMessage());
        assertEquals("readTimeout is required but was null",
                assertThrows(SdkClientException.class, () -> new Builder().readTimeout(null)).getMessage());
    }

    @Test
    void userAgentSuffix_mustBePrintableAscii() {
        assertThrows(SdkClientException.class, () -> new Builder().userAgentSuffix("app/1.0\r\nX-Injected: 1"));
    }
}
