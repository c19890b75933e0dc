package io.polycloud.core.internal.signing.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.internal.signing.Vectors;
import java.net.URI;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Acs3SignerVectorTest {

    static Stream<Named<JsonNode>> vectors() {
        return Vectors.cases("aliyun-acs3.json").stream().map(c -> Named.of(c.path("name").asText(), c));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void sign_matchesVectorByteForByte(JsonNode vector) {
        JsonNode in = vector.path("input");
        JsonNode expected = vector.path("expected");
        SdkHttpRequest.Builder b = SdkHttpRequest.builder()
                .method(in.path("method").asText())
                .endpoint(URI.create("https://" + in.path("host").asText()))
                .setHeader("x-acs-action", in.path("action").asText())
                .setHeader("x-acs-version", in.path("version").asText());
        in.path("query").properties().forEach(e -> b.addQueryParameter(e.getKey(), e.getValue().asText()));
        String token = Vectors.text(in, "securityToken");
        AliyunCredentials credentials = token == null
                ? AliyunCredentials.of(in.path("accessKeyId").asText(), in.path("accessKeySecret").asText())
                : AliyunCredentials.of(in.path("accessKeyId").asText(), in.path("accessKeySecret").asText(), token);

        SdkHttpRequest signed = Acs3Signer.hmacSha256().sign(b.build(), credentials,
                Instant.parse(in.path("date").asText()), in.path("nonce").asText());
        SignatureDetails details = Acs3Signer.hmacSha256().signature(signed,
                Acs3Signer.hmacSha256().defaultSignedHeaders(signed), credentials.accessKeySecret());

        assertEquals(expected.path("canonicalRequest").asText(), details.canonicalRequest());
        assertEquals(expected.path("stringToSign").asText(), details.stringToSign());
        assertEquals(expected.path("hashedCanonicalRequest").asText(), details.stringToSign().substring("ACS3-HMAC-SHA256\n".length()));
        assertEquals(expected.path("signedHeaders").asText(), details.signedHeaders());
        assertEquals(expected.path("signature").asText(), details.signature());
        assertEquals(expected.path("authorization").asText(), signed.headers().first("Authorization").orElseThrow());
    }
}
