package io.polycloud.core.internal.protocol.aliyun;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AliyunErrorParserTest {

    private final AliyunErrorParser parser = AliyunErrorParser.create();

    @Test
    void parse_documentedRpcBody_readsEveryField() {
        ParsedError e = parser.parse(response(400, "x-acs-request-id", "header-id",
                "{\"RequestId\":\"A1B2-C3\",\"Code\":\"IncorrectStatus.OnlyForInit\",\"Message\":\"The job is not in Init.\","
                        + "\"HostId\":\"vpc.aliyuncs.com\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=x\"}"));
        assertEquals(Optional.of("IncorrectStatus.OnlyForInit"), e.code());
        assertEquals(Optional.of("The job is not in Init."), e.message());
        assertEquals(Optional.of("A1B2-C3"), e.requestId(), "the body's id wins over the header's");
        assertEquals(Optional.empty(), e.category(), "service codes are categorised by the service's catalog");
        assertFalse(e.clockSkew());
    }

    @Test
    void parse_bodyWithoutRequestId_takesItFromTheHeader() {
        ParsedError e = parser.parse(response(404, "x-acs-request-id", "header-id", "{\"Code\":\"ResourceNotFound\",\"Message\":\"m\"}"));
        assertEquals(Optional.of("header-id"), e.requestId());
    }

    @Test
    void parse_lowerCaseVariant_readsEveryField() {
        ParsedError e = parser.parse(response(400, null, null, "{\"requestId\":\"r1\",\"code\":\"InvalidParameter\",\"message\":\"m\"}"));
        assertEquals(Optional.of("InvalidParameter"), e.code());
        assertEquals(Optional.of("m"), e.message());
        assertEquals(Optional.of("r1"), e.requestId());
        assertEquals(Optional.of(ErrorCategory.INVALID_PARAMETER), e.category());
    }

    @Test
    void parse_xmlBody_readsEveryField() {
        ParsedError e = parser.parse(response(403, null, null, "<?xml version='1.0' encoding='UTF-8'?><Error>"
                + "<RequestId>r1</RequestId><Code>Forbidden.RAM</Code><Message>User not authorized</Message></Error>"));
        assertEquals(Optional.of("Forbidden.RAM"), e.code());
        assertEquals(Optional.of("User not authorized"), e.message());
        assertEquals(Optional.of("r1"), e.requestId());
        assertEquals(Optional.of(ErrorCategory.AUTHORIZATION), e.category());
    }

    @Test
    void parse_htmlBody_keepsTheRequestIdAndDescribesTheBody() {
        ParsedError e = parser.parse(ErrorResponses.response(502, "x-acs-request-id", "r1",
                ErrorResponses.HTML.getBytes(StandardCharsets.UTF_8), false));
        assertEquals(Optional.empty(), e.code());
        assertEquals(Optional.of("r1"), e.requestId());
        assertTrue(e.message().orElseThrow().startsWith("HTTP 502 with a non-JSON body (no content type, "), e.message().orElseThrow());
    }

    @Test
    void parse_emptyBody_keepsTheRequestIdAndSaysTheBodyWasEmpty() {
        ParsedError e = parser.parse(response(503, "x-acs-request-id", "r1", ""));
        assertEquals(Optional.empty(), e.code());
        assertEquals(Optional.of("HTTP 503 with an empty body"), e.message());
        assertEquals(Optional.of("r1"), e.requestId());
    }

    @Test
    void parse_truncatedJson_keepsTheFieldsItGotAsFarAs() {
        ParsedError e = parser.parse(response(403, null, null,
                "{\"RequestId\":\"r1\",\"Code\":\"Forbidden.RAM\",\"Message\":\"User not autho"));
        assertEquals(Optional.of("Forbidden.RAM"), e.code());
        assertEquals(Optional.of("r1"), e.requestId());
        assertEquals(Optional.of(ErrorCategory.AUTHORIZATION), e.category());
        assertTrue(e.message().orElseThrow().startsWith("HTTP 403 with a non-JSON body"), e.message().orElseThrow());
    }

    @Test
    void parse_bodyCutByTheTransportBeyondOneMebibyte_keepsCodeAndRequestId() {
        byte[] whole = ErrorResponses.oversized("{\"RequestId\":\"r1\",\"Code\":\"InternalError\",\"Message\":\"")
                .getBytes(StandardCharsets.UTF_8);
        ParsedError e = parser.parse(ErrorResponses.response(500, "x-acs-request-id", "header-id",
                Arrays.copyOf(whole, 1024 * 1024), true));
        assertEquals(Optional.of("InternalError"), e.code());
        assertEquals(Optional.of("r1"), e.requestId());
        assertEquals(Optional.of(ErrorCategory.SERVER_ERROR), e.category());
        assertTrue(e.message().orElseThrow().startsWith("HTTP 500 with a truncated body"), e.message().orElseThrow());
    }

    @Test
    void parse_bytesThatAreNotText_neverThrows() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '{', '"', (byte) 0xc3};
        ParsedError e = parser.parse(ErrorResponses.response(500, "x-acs-request-id", "r1", garbage, false));
        assertEquals(Optional.empty(), e.code());
        assertEquals(Optional.of("r1"), e.requestId());
    }

    @ParameterizedTest
    @CsvSource({
            "Throttling.User, THROTTLING",
            "Throttling, THROTTLING",
            "InvalidAccessKeyId.NotFound, AUTHENTICATION",
            "SignatureDoesNotMatch, AUTHENTICATION",
            "InvalidSecurityToken.Expired, AUTHENTICATION",
            "Forbidden.RAM, AUTHORIZATION",
            "NoPermission, AUTHORIZATION",
            "ServiceUnavailable, SERVER_ERROR",
            "InternalError, SERVER_ERROR",
            "MissingParameter.RegionId, INVALID_PARAMETER",
            "IllegalParam.JobId, INVALID_PARAMETER"})
    void parse_cloudWideCodes_getTheirCategory(String code, ErrorCategory category) {
        ParsedError e = parser.parse(response(400, null, null, "{\"Code\":\"" + code + "\",\"Message\":\"m\"}"));
        assertEquals(Optional.of(category), e.category());
    }

    @Test
    void parse_invalidTimeStampExpired_asksForAClockSkewCorrection() {
        assertTrue(parser.parse(response(400, null, null, "{\"Code\":\"InvalidTimeStamp.Expired\",\"Message\":\"m\"}")).clockSkew());
        assertFalse(parser.parse(response(400, null, null, "{\"Code\":\"InvalidTimeStamp.Format\",\"Message\":\"m\"}")).clockSkew());
    }

    @Test
    void requestIdFromHeaders_readsXAcsRequestIdInAnyCase() {
        assertEquals(Optional.of("r1"), parser.requestIdFromHeaders(response(200, "X-Acs-Request-Id", "r1", "")));
        assertEquals(Optional.empty(), parser.requestIdFromHeaders(response(200, "X-Request-Id", "r1", "")));
    }
}
