package io.polycloud.core.internal.protocol.huawei;

import static io.polycloud.core.internal.protocol.ErrorResponses.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.internal.pipeline.ParsedError;
import io.polycloud.core.internal.protocol.ErrorResponses;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HuaweiErrorParserTest {

    private final HuaweiErrorParser parser = HuaweiErrorParser.create();

    @Test
    void parse_drsBody_readsCodeMessageAndHeaderRequestId() {
        ParsedError e = parser.parse(response(400, "X-Request-Id", "r-drs",
                "{\"error_code\":\"DRS.10000010\",\"error_msg\":\"Job status does not support the operation.\"}"));
        assertEquals(Optional.of("DRS.10000010"), e.code());
        assertEquals(Optional.of("Job status does not support the operation."), e.message());
        assertEquals(Optional.of("r-drs"), e.requestId());
        assertEquals(Optional.empty(), e.category(), "service codes are categorised by the service's catalog");
        assertFalse(e.clockSkew());
    }

    @Test
    void parse_lakeFormationBodyWithCommonCodeAndSolution_readsTheServiceCodeAndLowerCaseHeaderRequestId() {
        ParsedError e = parser.parse(response(404, "X-request-id", "r-lf", "{\"error_code\":\"LF.00000404\","
                + "\"error_msg\":\"The job does not exist.\",\"common_error_code\":\"CBC.30000010\","
                + "\"solution_msg\":\"Check the job id.\"}"));
        assertEquals(Optional.of("LF.00000404"), e.code());
        assertEquals(Optional.of("The job does not exist."), e.message());
        assertEquals(Optional.of("r-lf"), e.requestId());
    }

    @Test
    void parse_nested403_readsTheTopLevelCodeAndMessage() {
        ParsedError e = parser.parse(response(403, "X-Request-Id", "r-403", """
                {
                  "error" : {
                    "code" : "403",
                    "message" : "X-Auth-Token is invalid in the request",
                    "error_code" : null,
                    "error_msg" : null,
                    "title" : "Forbidden"
                  },
                  "error_code" : "403",
                  "error_msg" : "X-Auth-Token is invalid in the request",
                  "title" : "Forbidden"
                }"""));
        assertEquals(Optional.of("403"), e.code());
        assertEquals(Optional.of("X-Auth-Token is invalid in the request"), e.message());
        assertEquals(Optional.of("r-403"), e.requestId());
    }

    @Test
    void parse_nestedOnly_readsCodeAndMessageFromTheErrorObject() {
        ParsedError e = parser.parse(response(401, null, null,
                "{\"error\":{\"code\":\"401\",\"message\":\"The request you have made requires authentication.\",\"title\":\"Unauthorized\"}}"));
        assertEquals(Optional.of("401"), e.code());
        assertEquals(Optional.of("The request you have made requires authentication."), e.message());
    }

    @Test
    void parse_nestedWithServiceFields_prefersErrorCodeOverCode() {
        ParsedError e = parser.parse(response(400, null, null,
                "{\"error\":{\"code\":\"400\",\"message\":\"generic\",\"error_code\":\"IAM.0011\",\"error_msg\":\"Request parameter error.\"}}"));
        assertEquals(Optional.of("IAM.0011"), e.code());
        assertEquals(Optional.of("Request parameter error."), e.message());
    }

    @Test
    void parse_singleQuoted401FromTheApiReference_readsCodeMessageAndCategory() {
        ParsedError e = parser.parse(response(401, "X-Request-Id", "r-401", """
                {
                  "error_code": 'APIG.1002',
                  "error_msg": 'Incorrect token or token resolution failed'
                }"""));
        assertEquals(Optional.of("APIG.1002"), e.code());
        assertEquals(Optional.of("Incorrect token or token resolution failed"), e.message());
        assertEquals(Optional.of("r-401"), e.requestId());
        assertEquals(Optional.of(ErrorCategory.AUTHENTICATION), e.category());
    }

    @Test
    void parse_requestIdOnlyInTheBody_isRead() {
        ParsedError e = parser.parse(response(500, null, null,
                "{\"error_code\":\"DRS.00000500\",\"error_msg\":\"m\",\"request_id\":\"r-body\"}"));
        assertEquals(Optional.of("r-body"), e.requestId());
    }

    @Test
    void parse_htmlBody_keepsTheRequestIdAndDescribesTheBody() {
        ParsedError e = parser.parse(response(502, "X-Request-Id", "r1", ErrorResponses.HTML));
        assertEquals(Optional.empty(), e.code());
        assertEquals(Optional.of("r1"), e.requestId());
        assertTrue(e.message().orElseThrow().startsWith("HTTP 502 with a non-JSON body"), e.message().orElseThrow());
    }

    @Test
    void parse_emptyBody_keepsTheRequestId() {
        ParsedError e = parser.parse(response(503, "X-request-id", "r1", ""));
        assertEquals(Optional.empty(), e.code());
        assertEquals(Optional.of("HTTP 503 with an empty body"), e.message());
        assertEquals(Optional.of("r1"), e.requestId());
    }

    @Test
    void parse_truncatedJson_keepsTheCodeItGotAsFarAs() {
        ParsedError e = parser.parse(response(400, "X-Request-Id", "r1", "{\"error_code\":\"DRS.10000010\",\"error_msg\":\"Job sta"));
        assertEquals(Optional.of("DRS.10000010"), e.code());
        assertEquals(Optional.of("r1"), e.requestId());
    }

    @Test
    void parse_bodyCutByTheTransportBeyondOneMebibyte_keepsCodeAndRequestId() {
        byte[] whole = ErrorResponses.oversized("{\"error_code\":\"DRS.00000500\",\"error_msg\":\"")
                .getBytes(StandardCharsets.UTF_8);
        ParsedError e = parser.parse(ErrorResponses.response(500, "X-Request-Id", "r1", Arrays.copyOf(whole, 1024 * 1024), true));
        assertEquals(Optional.of("DRS.00000500"), e.code());
        assertEquals(Optional.of("r1"), e.requestId());
        assertTrue(e.message().orElseThrow().startsWith("HTTP 500 with a truncated body"), e.message().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
            "APIG.0308, THROTTLING",
            "APIG.0301, AUTHENTICATION",
            "APIG.1002, AUTHENTICATION",
            "APIG.0302, AUTHORIZATION"})
    void parse_apiGatewayCodes_getTheirCategory(String code, ErrorCategory category) {
        assertEquals(Optional.of(category),
                parser.parse(response(400, null, null, "{\"error_code\":\"" + code + "\",\"error_msg\":\"m\"}")).category());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Incorrect IAM authentication information: calc ak sk signature fail:signature expired",
            "Incorrect app authentication information: Signature expired"})
    void parse_401SayingTheSignatureExpired_asksForAClockSkewCorrection(String message) {
        String body = "{\"error_code\":\"APIG.0301\",\"error_msg\":\"" + message + "\"}";
        assertTrue(parser.parse(response(401, null, null, body)).clockSkew());
        assertFalse(parser.parse(response(403, null, null, body)).clockSkew(), "only a 401 is about the signature's time");
    }
}
