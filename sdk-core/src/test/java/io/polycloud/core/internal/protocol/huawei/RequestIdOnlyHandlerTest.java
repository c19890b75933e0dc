package io.polycloud.core.internal.protocol.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.SdkHttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdOnlyHandlerTest {

    private static final RequestIdOnlyHandler<Optional<String>> HANDLER = RequestIdOnlyHandler.of(id -> id);

    private static SdkHttpResponse response(int status, String headerName, String body) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        if (headerName != null) {
            headers.add(headerName, "req-123");
        }
        return SdkHttpResponse.of(status, headers.build(), body.getBytes(StandardCharsets.UTF_8), false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Request-Id", "X-request-id", "x-request-id"})
    void handle_readsTheRequestIdHeaderInAnyCase(String name) throws IOException {
        assertEquals(Optional.of("req-123"), HANDLER.handle(response(200, name, "{}")));
    }

    @Test
    void handle_withEmptyBodyAndNoHeader_returnsEmptyRequestId() throws IOException {
        assertEquals(Optional.empty(), HANDLER.handle(response(204, null, "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"job_id\":\"x\"}", " {\n} ", "\r\n{}\t", "{ }"})
    void handle_acceptsAnyJsonObject(String body) throws IOException {
        assertEquals(Optional.of("req-123"), HANDLER.handle(response(200, "X-Request-Id", body)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>gateway</html>", "[]", "\"ok\"", "{\"a\":", "{} <html>", "   ", "{}}", "{", "}{"})
    void handle_rejectsAnythingButAJsonObject(String body) {
        assertThrows(IOException.class, () -> HANDLER.handle(response(200, "X-Request-Id", body)));
    }
}
