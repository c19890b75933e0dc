package io.polycloud.core.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.SdkHttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFieldsTest {

    private static JsonFields fields(String body) throws IOException {
        return JsonFields.of(SdkHttpResponse.of(200, HttpHeaders.builder().build(), body.getBytes(StandardCharsets.UTF_8), false));
    }

    private static String failure(String body) {
        return assertThrows(IOException.class, () -> fields(body)).getMessage();
    }

    @Test
    void of_withAnythingButOneObject_namesWhatItGotWithoutQuotingIt() {
        assertEquals("expected a JSON object, got an empty body", failure(""));
        assertEquals("expected a JSON object, got only whitespace", failure(" \r\n"));
        assertEquals("expected a JSON object, got an array", failure("[\"secret\"]"));
        assertEquals("expected a JSON object, got a string", failure("\"secret\""));
        String truncated = failure("{\"RequestId\":\"secret");
        assertTrue(truncated.startsWith("malformed JSON: "), truncated);
        assertFalse(truncated.contains("secret"), truncated);
        assertTrue(failure("{} <html>").startsWith("malformed JSON: "));
    }

    @Test
    void text_readsAbsentNullAndEmptyAsEmpty() throws IOException {
        JsonFields f = fields("{\"a\":\"x\",\"b\":null,\"c\":\"\"}");
        assertEquals(Optional.of("x"), f.text("a"));
        assertEquals(Optional.empty(), f.text("b"));
        assertEquals(Optional.empty(), f.text("c"));
        assertEquals(Optional.empty(), f.text("d"));
        assertEquals("missing c", assertThrows(IOException.class, () -> f.required("c")).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":42}|id is a NUMBER instead of a string",
        "{\"id\":[\"r\"]}|id is a ARRAY instead of a string",
        "{\"id\":{}}|id is a OBJECT instead of a string",
        "{\"id\":true}|id is a BOOLEAN instead of a string"})
    void text_ofAnotherType_namesTheFieldAndTheType(String body, String message) throws IOException {
        JsonFields f = fields(body);
        assertEquals(message, assertThrows(IOException.class, () -> f.text("id")).getMessage());
    }

    @Test
    void containers_checkTheirElements() throws IOException {
        JsonFields f = fields("{\"o\":{\"k\":\"v\"},\"list\":[{\"k\":\"1\"},{\"k\":\"2\"}],\"ids\":[\"a\",\"b\"],\"bad\":[1],\"n\":null}");
        assertEquals(Optional.of("v"), f.object("o").orElseThrow().text("k"));
        assertTrue(f.isObject("o"));
        assertFalse(f.isObject("list"));
        assertEquals(2, f.objects("list").size());
        assertEquals(List.of("a", "b"), f.strings("ids"));
        assertEquals(List.of(), f.strings("n"));
        assertEquals(List.of(), f.objects("absent"));
        assertEquals("bad holds a NUMBER instead of a string", assertThrows(IOException.class, () -> f.strings("bad")).getMessage());
        assertEquals("bad holds a NUMBER instead of an object", assertThrows(IOException.class, () -> f.objects("bad")).getMessage());
        assertEquals("o is a OBJECT instead of an array", assertThrows(IOException.class, () -> f.strings("o")).getMessage());
        assertEquals("list is a ARRAY instead of an object", assertThrows(IOException.class, () -> f.object("list")).getMessage());
    }

    @Test
    void scalarsAndIntegers_acceptNumbersAndNumericStrings() throws IOException {
        JsonFields f = fields("{\"t\":1715328000000,\"s\":\"2024\",\"i\":12,\"is\":\"34\",\"f\":1.5,\"big\":3000000000,\"word\":\"x\"}");
        assertEquals(Optional.of("1715328000000"), f.scalar("t"));
        assertEquals(Optional.of("2024"), f.scalar("s"));
        assertEquals(Optional.of(12), f.integer("i"));
        assertEquals(Optional.of(34), f.integer("is"));
        assertEquals(Optional.empty(), f.integer("absent"));
        for (String field : List.of("f", "big", "word")) {
            assertEquals(field + " is not an integer", assertThrows(IOException.class, () -> f.integer(field)).getMessage());
        }
    }
}
