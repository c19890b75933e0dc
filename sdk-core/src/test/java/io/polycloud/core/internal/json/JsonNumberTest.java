package io.polycloud.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonNumberTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "-0, 0", "2147483647, 2147483647", "-2147483648, -2147483648"})
    void intValueExact_ofAnIntLiteral_isItsValue(String text, int value) {
        assertEquals(value, JsonNumber.of(text).intValueExact());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649", "1.0", "1e2", "9223372036854775808"})
    void intValueExact_ofAnythingElse_fails(String text) {
        assertThrows(JsonException.class, () -> JsonNumber.of(text).intValueExact());
    }

    @Test
    void longValueExact_coversTheLongRangeOnly() {
        assertEquals(Long.MIN_VALUE, JsonNumber.of("-9223372036854775808").longValueExact());
        assertEquals(Long.MAX_VALUE, JsonNumber.of("9223372036854775807").longValueExact());
        JsonException e = assertThrows(JsonException.class, () -> JsonNumber.of("9223372036854775808").longValueExact());
        assertEquals("the number (19 characters) is not a 64-bit integer", e.getMessage());
    }

    @Test
    void doubleValue_readsFractionsAndExponents() {
        assertEquals(-1250.0, JsonNumber.of("-1.25e3").doubleValue());
        assertEquals(0.0, JsonNumber.of("1e-999999").doubleValue());
    }

    @Test
    void isIntegral_isAboutHowTheNumberIsWritten() {
        assertTrue(JsonNumber.of("-12").isIntegral());
        assertFalse(JsonNumber.of("12.0").isIntegral());
        assertFalse(JsonNumber.of("12E0").isIntegral());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "01", "1.", ".1", "+1", "1e", "NaN", "Infinity", "1 ", " 1", "0x10", "1_000"})
    void of_textThatIsNotAJsonNumber_fails(String text) {
        assertThrows(JsonException.class, () -> JsonNumber.of(text));
    }

    @Test
    void of_nonFiniteDouble_fails() {
        assertThrows(JsonException.class, () -> JsonNumber.of(Double.NaN));
        assertThrows(JsonException.class, () -> JsonNumber.of(Double.NEGATIVE_INFINITY));
        assertEquals("1.0E-7", JsonNumber.of(1e-7).text());
        assertEquals(JsonNumber.of("1.0E-7"), JsonReader.strict().read(JsonNumber.of(1e-7).text()));
    }

    @Test
    void equality_isOfTheText() {
        assertEquals(JsonNumber.of(10), JsonNumber.of("10"));
        assertNotEquals(JsonNumber.of("1"), JsonNumber.of("1.0"));
    }
}
