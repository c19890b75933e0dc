package io.polycloud.core.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.testsupport.ScriptedTransport;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an error response becomes: code, category, retryable, request id. */
class ErrorMapperTest {

    /** A protocol that reads "code" and "category" straight from the body, as "code/CATEGORY". */
    private static final ErrorResponseParser PARSER = new ErrorResponseParser() {
        @Override
        public ParsedError parse(SdkHttpResponse response) {
            String body = response.bodyAsString();
            if (body.isEmpty()) {
                return new ParsedError(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
            }
            String[] parts = body.split("/");
            return new ParsedError(Optional.of(parts[0]), Optional.of("message of " + parts[0]), Optional.of("body-id"),
                    parts.length > 1 ? Optional.of(ErrorCategory.valueOf(parts[1])) : Optional.empty(), parts[0].equals("Skew"));
        }

        @Override
        public Optional<String> requestIdFromHeaders(SdkHttpResponse response) {
            return Optional.of("header-id");
        }
    };
    private static final ErrorCatalog CATALOG = ErrorCatalog.of(
            new ErrorCode("Job.Running", 403, ErrorCategory.INVALID_STATE, "the job is running"));
    private static final ErrorMapper MAPPER = ErrorMapper.of("aliyun", "vpc", PARSER, CATALOG);

    private static ServiceException map(int status, String body) {
        return MAPPER.map(ScriptedTransport.response(status, body), "Op", 2).exception();
    }

    @ParameterizedTest(name = "HTTP {0} with no code -> {1}")
    @CsvSource({"400, INVALID_PARAMETER, false", "401, AUTHENTICATION, false", "403, AUTHORIZATION, false",
            "404, NOT_FOUND, false", "408, TIMEOUT, false", "409, CONFLICT, false", "429, THROTTLING, true",
            "500, SERVER_ERROR, true", "501, SERVER_ERROR, false", "502, SERVER_ERROR, true", "503, SERVER_ERROR, true",
            "504, TIMEOUT, true", "418, UNKNOWN, false", "302, UNKNOWN, false"})
    void aStatusWithoutCode_becomesTheStatusCategory(int status, ErrorCategory category, boolean retryable) {
        ServiceException e = map(status, "");
        assertEquals("HTTP_" + status, e.errorCode());
        assertEquals(category, e.category());
        assertEquals(retryable, e.retryable());
        assertEquals("HTTP " + status + " with no error message", e.errorMessage());
        assertEquals(Optional.of("header-id"), e.requestId(), "the parser found none in the body: the headers' one");
    }

    @Test
    void a403_isAuthorizationUnlessTheCatalogueOrTheCloudSaysOtherwise() {
        assertEquals(ErrorCategory.AUTHORIZATION, map(403, "Forbidden.Something").category());
        assertEquals(ErrorCategory.INVALID_STATE, map(403, "Job.Running/AUTHORIZATION").category(), "the catalogue first");
        assertEquals(ErrorCategory.THROTTLING, map(403, "Flow.Limited/THROTTLING").category(), "then the cloud's category");
        assertTrue(map(403, "Flow.Limited/THROTTLING").retryable(), "throttling is retryable whatever the status");
    }

    @Test
    void everyFieldOfTheExceptionIsSet() {
        ErrorMapper.Mapped mapped = MAPPER.map(ScriptedTransport.response(400, "Skew"), "Op", 2);
        ServiceException e = mapped.exception();
        assertEquals("aliyun", e.provider());
        assertEquals("vpc", e.service());
        assertEquals("Op", e.operation());
        assertEquals(400, e.httpStatus());
        assertEquals("message of Skew", e.errorMessage());
        assertEquals(Optional.of("body-id"), e.requestId());
        assertEquals("Skew", e.rawBody());
        assertEquals(2, e.attempts());
        assertTrue(mapped.clockSkew());
    }

    @Test
    void aParserThatThrows_stillYieldsTheStatusAndTheHeadersRequestId() {
        ErrorMapper broken = ErrorMapper.of("aliyun", "vpc", new ErrorResponseParser() {
            @Override
            public ParsedError parse(SdkHttpResponse response) {
                throw new IllegalStateException("bug");
            }

            @Override
            public Optional<String> requestIdFromHeaders(SdkHttpResponse response) {
                return Optional.of("header-id");
            }
        }, ErrorCatalog.empty());
        ServiceException e = broken.map(ScriptedTransport.response(502, "<html>"), "Op", 1).exception();
        assertEquals("HTTP_502", e.errorCode());
        assertEquals("unreadable error body", e.errorMessage());
        assertEquals(Optional.of("header-id"), e.requestId());
    }

    @Test
    void anUnreadable2xx_isAnInvalidResponseThatIsNeverRetried() {
        ServiceException e = MAPPER.invalidResponse(ScriptedTransport.response(200, "<html>"), "Op", 1, "InvalidResponse",
                "could not read the response", null);
        assertEquals(ErrorCategory.UNKNOWN, e.category());
        assertFalse(e.retryable());
        assertEquals(Optional.of("header-id"), e.requestId());
    }
}
