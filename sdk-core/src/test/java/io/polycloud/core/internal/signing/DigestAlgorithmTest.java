package io.polycloud.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DigestAlgorithmTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void hmacWithTextKey_matchesByteKey_whenTheKeyChangesBetweenCallsOnOneThread(DigestAlgorithm algorithm) {
        byte[] message = utf8("string to sign");
        for (String key : new String[] {"key-one", "key-one", "key-two", "key-one", "ключ"}) {
            assertArrayEquals(algorithm.hmac(utf8(key), message), algorithm.hmac(key, message), key);
            // Interleaving the byte-key form must not leave the cached text key in force.
            algorithm.hmac(utf8("other"), message);
            assertArrayEquals(algorithm.hmac(utf8(key), message), algorithm.hmac(key, message), key);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DigestAlgorithm.class, names = {"SHA1", "SHA256"})
    void hmac_matchesRfc4231AndRfc2202TestCase2(DigestAlgorithm algorithm) {
        String expected = algorithm == DigestAlgorithm.SHA256
                ? "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
                : "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79";
        assertEquals(expected, HexFormat.of().formatHex(algorithm.hmac("Jefe", utf8("what do ya want for nothing?"))));
    }
}
