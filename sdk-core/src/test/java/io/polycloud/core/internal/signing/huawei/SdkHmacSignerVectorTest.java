package io.polycloud.core.internal.signing.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.internal.signing.Vectors;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SdkHmacSignerVectorTest {

    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    static Stream<Named<JsonNode>> vectors() {
        return Vectors.cases("huawei-sdk-hmac.json").stream().map(c -> Named.of(c.path("name").asText(), c));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void sign_matchesVectorByteForByte(JsonNode vector) {
        JsonNode in = vector.path("input");
        JsonNode expected = vector.path("expected");
        SdkHmacSigner signer = "SDK-HMAC-SM3".equals(in.path("algorithm").asText())
                ? SdkHmacSigner.hmacSm3() : SdkHmacSigner.hmacSha256();
        SdkHttpRequest.Builder b = SdkHttpRequest.builder()
                .method(in.path("method").asText())
                .endpoint(URI.create("https://" + in.path("host").asText()))
                .appendEncodedPath(in.path("path").asText());
        in.path("query").properties().forEach(e -> b.addQueryParameter(e.getKey(), e.getValue().asText()));
        String date = null;
        String token = null;
        for (var h : in.path("headers").properties()) {
            switch (h.getKey()) {
                case "X-Sdk-Date": date = h.getValue().asText(); break;
                case "X-Security-Token": token = h.getValue().asText(); break;
                default: b.addHeader(h.getKey(), h.getValue().asText());
            }
        }
        HuaweiCredentials credentials = HuaweiCredentials.builder().accessKey(in.path("accessKey").asText())
                .secretKey(in.path("secretKey").asText()).securityToken(token).build();

        SdkHttpRequest signed = signer.sign(b.build(), credentials, SDK_DATE.parse(date, Instant::from));
        SignatureDetails details = signer.signature(signed, signer.defaultSignedHeaders(signed), credentials.secretKey());

        assertEquals(expected.path("canonicalRequest").asText(), details.canonicalRequest());
        assertEquals(expected.path("stringToSign").asText(), details.stringToSign());
        assertEquals(expected.path("signedHeaders").asText(), details.signedHeaders());
        assertEquals(expected.path("signature").asText(), details.signature());
        assertEquals(expected.path("authorization").asText(), signed.headers().first("Authorization").orElseThrow());
    }
}
