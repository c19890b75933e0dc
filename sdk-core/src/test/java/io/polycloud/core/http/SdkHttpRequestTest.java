package io.polycloud.core.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SdkHttpRequestTest {

    private static SdkHttpRequest.Builder at(String endpoint) {
        return SdkHttpRequest.builder().endpoint(URI.create(endpoint));
    }

    @ParameterizedTest(name = "{0} -> Host: {1}")
    @CsvSource({
            "https://vpc.aliyuncs.com, vpc.aliyuncs.com",
            "https://vpc.aliyuncs.com:443, vpc.aliyuncs.com",
            "http://127.0.0.1:80, 127.0.0.1",
            "http://127.0.0.1:8080, 127.0.0.1:8080",
            "https://drs.cn-north-4.myhuaweicloud.com:8443, drs.cn-north-4.myhuaweicloud.com:8443",
            "http://[::1]:8080, [::1]:8080",
            "https://[2001:db8::1], [2001:db8::1]"})
    void hostHeader_addsThePortOnlyWhenItIsNotTheSchemesDefault(String endpoint, String host) {
        assertEquals(host, at(endpoint).build().hostHeader());
    }

    @Test
    void host_ofIpv6Endpoint_isUnbracketed() {
        SdkHttpRequest r = at("http://[::1]:8080").build();
        assertEquals("::1", r.host());
        assertEquals(8080, r.port());
        assertEquals(URI.create("http://[::1]:8080/"), r.uri());
    }

    @Test
    void uri_rendersPathAndQueryWithTheSigningEncoding() {
        SdkHttpRequest r = at("https://vpc.aliyuncs.com").method("post").addQueryParameter("Name", "a b*~")
                .addQueryParameter("Empty", "").addQueryParameter("中", "文").build();
        assertEquals("POST", r.method());
        assertEquals("/", r.encodedPath());
        assertEquals("Name=a%20b%2A~&Empty=&%E4%B8%AD=%E6%96%87", r.encodedQuery());
        assertEquals(URI.create("https://vpc.aliyuncs.com/?Name=a%20b%2A~&Empty=&%E4%B8%AD=%E6%96%87"), r.uri());
        assertEquals(Optional.of("a b*~"), r.queryParameter("Name"));
    }

    @Test
    void toBuilder_sharesNothingMutable_changingTheCopyLeavesTheOriginalAsItWas() {
        SdkHttpRequest original = at("https://vpc.aliyuncs.com").addQueryParameter("A", "1").addHeader("X-A", "1").build();
        SdkHttpRequest copy = original.toBuilder().addQueryParameter("B", "2").removeQueryParameter("A")
                .appendPathSegment("x").setHeader("X-A", "2").build();
        assertEquals("A=1", original.encodedQuery());
        assertEquals("/", original.encodedPath());
        assertEquals(Optional.of("1"), original.headers().first("X-A"));
        assertEquals("B=2", copy.encodedQuery());
        assertEquals("//x", copy.encodedPath());
        assertEquals(Optional.of("2"), copy.headers().first("X-A"));
        assertEquals("A=1", original.toBuilder().build().encodedQuery());
    }

    @Test
    void endpoint_withPath_becomesThePathPrefix() {
        SdkHttpRequest r = at("https://gateway.example.com/proxy/").appendEncodedPath("/v3/auth/tokens").build();
        assertEquals("/proxy/v3/auth/tokens", r.encodedPath());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "job id/../x?y=1#z|/v5/p/jobs/job%20id%2F..%2Fx%3Fy%3D1%23z",
            "..|/v5/p/jobs/..",
            "100%|/v5/p/jobs/100%25",
            "a/b|/v5/p/jobs/a%2Fb",
            "中文|/v5/p/jobs/%E4%B8%AD%E6%96%87"})
    void appendPathSegment_encodesEveryReservedCharacterSoTheSegmentStaysOne(String raw, String path) {
        SdkHttpRequest r = at("https://drs.example.com").appendEncodedPath("/v5").appendPathSegment("p")
                .appendEncodedPath("/jobs").appendPathSegment(raw).build();
        assertEquals(path, r.encodedPath());
        assertEquals("drs.example.com", r.uri().getHost());
        assertEquals(null, r.uri().getRawQuery(), "nothing escaped into the query");
        assertEquals(null, r.uri().getRawFragment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3/no-slash", "/with space", "/with?query", "/with#fragment"})
    void appendEncodedPath_withCharactersThatNeedEncoding_isRejected(String path) {
        assertThrows(IllegalArgumentException.class, () -> at("https://x.example.com").appendEncodedPath(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ftp://user:pw@x.example.com/f|endpoint must be an http or https URL, was 'ftp://***@x.example.com...'",
            "mailto:user@example.com|endpoint must be an http or https URL, was 'mailto:...'",
            "https://user:pw@x.example.com|endpoint must be scheme://host[:port][/path] without user info, query or fragment, "
                    + "was 'https://***@x.example.com...'",
            "https://x.example.com:8443/?token=abc|endpoint must be scheme://host[:port][/path] without user info, query or fragment, "
                    + "was 'https://x.example.com:8443...'",
            "https://x.example.com/#f|endpoint must be scheme://host[:port][/path] without user info, query or fragment, "
                    + "was 'https://x.example.com...'"})
    void endpoint_thatIsNotAPlainHttpUrl_isRejectedWithoutEchoingCredentials(String endpoint, String message) {
        assertEquals(message, assertThrows(SdkClientException.class, () -> at(endpoint)).getMessage());
    }

    @Test
    void body_isCopiedInAndOut() {
        byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest r = at("https://x.example.com").body(bytes).build();
        bytes[0] = 'X';
        byte[] read = r.body();
        read[1] = 'X';
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), r.body());
        assertEquals(2, r.bodyLength());
    }

    @Test
    void toString_redactsCredentialHeadersAndQueryParameters() {
        SdkHttpRequest r = at("https://ecs.aliyuncs.com").method("POST").addQueryParameter("Action", "Describe")
                .addQueryParameter("SecurityToken", "sts-token").addQueryParameter("Signature", "sig")
                .addHeader("Authorization", "ACS3 x").body(new byte[3]).build();
        assertEquals("POST https://ecs.aliyuncs.com/?Action=Describe&SecurityToken=***&Signature=*** "
                + "{Authorization: ***} body=3 bytes", r.toString());
    }
}
