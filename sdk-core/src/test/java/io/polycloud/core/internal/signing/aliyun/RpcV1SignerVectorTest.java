package io.polycloud.core.internal.signing.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.internal.signing.Vectors;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RpcV1SignerVectorTest {

    static Stream<Named<JsonNode>> vectors() {
        return Vectors.cases("aliyun-rpc-v1.json").stream().map(c -> Named.of(c.path("name").asText(), c));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void signature_matchesVectorByteForByte(JsonNode vector) {
        JsonNode in = vector.path("input");
        JsonNode expected = vector.path("expected");
        List<QueryParameter> params = new ArrayList<>();
        in.path("parameters").properties().forEach(e -> params.add(new QueryParameter(e.getKey(), e.getValue().asText())));

        SignatureDetails details = RpcV1Signer.create().signature(in.path("method").asText(), params,
                in.path("accessKeySecret").asText());

        assertEquals(expected.path("canonicalQuery").asText(), details.canonicalRequest());
        assertEquals(expected.path("stringToSign").asText(), details.stringToSign());
        assertEquals(expected.path("signature").asText(), details.signature());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void sign_addsTheVectorsParametersAndSignature(JsonNode vector) {
        JsonNode in = vector.path("input");
        JsonNode p = in.path("parameters");
        SdkHttpRequest request = SdkHttpRequest.builder().method(in.path("method").asText())
                .endpoint(URI.create("https://ecs.aliyuncs.com"))
                .addQueryParameter("Action", p.path("Action").asText())
                .addQueryParameter("Format", p.path("Format").asText())
                .addQueryParameter("RegionId", p.path("RegionId").asText())
                .addQueryParameter("Version", p.path("Version").asText())
                .build();

        SdkHttpRequest signed = RpcV1Signer.create().sign(request,
                AliyunCredentials.of(p.path("AccessKeyId").asText(), in.path("accessKeySecret").asText()),
                Instant.parse(p.path("Timestamp").asText()), p.path("SignatureNonce").asText());

        assertEquals(vector.path("expected").path("signature").asText(), signed.queryParameter("Signature").orElseThrow());
    }
}
