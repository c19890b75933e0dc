package io.polycloud.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentEncodingTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "AZaz09-_.~|AZaz09-_.~",
            "a b|a%20b",
            "a+b|a%2Bb",
            "*|%2A",
            "~|~",
            "/?#[]@!$&'()=,;:|%2F%3F%23%5B%5D%40%21%24%26%27%28%29%3D%2C%3B%3A",
            "%|%25",
            "\"\"|\"\"",
            "中文|%E4%B8%AD%E6%96%87",
            "é|%C3%A9",
            "😀|%F0%9F%98%80"})
    void encode_keepsOnlyUnreservedCharactersWithUpperCaseHex(String raw, String encoded) {
        assertEquals(encoded, PercentEncoding.encode(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b+c*d~e/f", "中文 😀 é", "100%", "", "%2A literally"})
    void decode_ofEncode_isTheIdentity(String raw) {
        assertEquals(raw, PercentEncoding.decode(PercentEncoding.encode(raw)));
        assertEquals(raw, PercentEncoding.decodeForm(PercentEncoding.encode(raw)));
    }

    @Test
    void decode_keepsPlusAndDecodesLowerCaseHex() {
        assertEquals("a+b c*", PercentEncoding.decode("a+b%20c%2a"));
    }

    @Test
    void decodeForm_readsPlusAsSpaceButEncodedPlusAsPlus() {
        assertEquals("a b+c", PercentEncoding.decodeForm("a+b%2Bc"));
    }

    @Test
    void decode_ofUnencodedNonAsciiText_keepsIt() {
        assertEquals("中文 😀", PercentEncoding.decode("中文%20😀"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%2", "abc%G1", "%zz"})
    void decode_ofBrokenEscape_isRejected(String broken) {
        assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decode(broken));
        assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decodeForm(broken));
    }
}
