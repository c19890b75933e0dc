package io.polycloud.core.client;

import io.polycloud.core.internal.pipeline.ClientConfiguration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.HttpTransports;
import io.polycloud.core.testsupport.ScriptedTransport;
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
        assertEquals("JdkHttpTransport", c.transport().getClass().getSimpleName(), "sdk-core alone: the built-in transport");
        c.transport().close();
    }

    @Test
    void build_withAnUnknownTransportProvider_failsNamingTheInstalledOnes() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> new Builder().region("cn-north-4").httpTransportProvider("netty").build());
        assertEquals("no HTTP transport named 'netty' is installed; installed: [jdk]", e.getMessage());
    }

    @Test
    void build_withEndpointOverride_ignoresTheRegionAndABareHostGetsHttps() {
        ClientConfiguration c = new Builder().region("cn-north-4").endpointOverride("vpc.internal:8443")
                .httpTransport(HttpTransports.create("jdk", HttpTransportSettings.defaults())).build();
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

    @Test
    void timeouts_outsideOneMillisecondToOneDay_areRefusedNamingTheFieldAndTheRange() {
        Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
        assertEquals("totalTimeout must be between 1 ms and 24 h, was PT2562047788015215H30M7S",
                assertThrows(SdkClientException.class, () -> new Builder().totalTimeout(forever)).getMessage());
        assertEquals("connectTimeout must be between 1 ms and 24 h, was PT876600H",
                assertThrows(SdkClientException.class, () -> new Builder().connectTimeout(Duration.ofDays(36525))).getMessage());
        assertEquals("readTimeout must be between 1 ms and 24 h, was PT2562047788015215H30M7S",
                assertThrows(SdkClientException.class, () -> new Builder().readTimeout(forever)).getMessage());
        assertEquals("attemptTimeout must be between 1 ms and 24 h, was PT-1S",
                assertThrows(SdkClientException.class, () -> new Builder().attemptTimeout(Duration.ofSeconds(-1))).getMessage());
        assertEquals("attemptTimeout must be between 1 ms and 24 h, was PT0.0005S",
                assertThrows(SdkClientException.class, () -> new Builder().attemptTimeout(Duration.ofNanos(500_000))).getMessage());
        new Builder().totalTimeout(Duration.ofMillis(1)).connectTimeout(Duration.ofHours(24));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://vpc.internal:99999", "http://127.0.0.1:0"})
    void endpointOverride_withAPortOutside1To65535_isRefused(String endpoint) {
        String port = endpoint.substring(endpoint.lastIndexOf(':') + 1);
        assertEquals("endpointOverride port must be between 1 and 65535, was " + port,
                assertThrows(SdkClientException.class, () -> new Builder().endpointOverride(endpoint)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bad_host", "https://-dash.example.com", "https://a234567890123456789012345678901234567890123456789012345678901234.example.com",
            "https://999.1.1.1.", "http://:8080"})
    void endpointOverride_withAHostThatIsNoHostName_isRefused(String endpoint) {
        SdkClientException e = assertThrows(SdkClientException.class, () -> new Builder().endpointOverride(URI.create(endpoint)));
        assertTrue(e.getMessage().startsWith("endpointOverride "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://vpc.cn-shanghai.aliyuncs.com", "http://127.0.0.1:8080", "http://[::1]:8080",
            "https://localhost", "https://xn--fiqs8s.example.com:443"})
    void endpointOverride_withAValidHostAndPort_isAccepted(String endpoint) {
        assertEquals(URI.create(endpoint), new Builder().endpointOverride(endpoint)
                .httpTransport(new ScriptedTransport(r -> null)).build().endpoint());
    }
}
