package io.polycloud.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * String content against the JDK's UTF-8 decoder: the strict reader accepts exactly the byte
 * sequences the decoder accepts in REPORT mode, and the lenient reader decodes any bytes to what
 * the decoder gives in REPLACE mode.
 */
class JsonReaderUtf8Test {

    @Property(tries = 2000)
    void stringContent_decodesAsTheJdkDoes(@ForAll("content") byte[] content) {
        byte[] json = new byte[content.length + 2];
        json[0] = '"';
        System.arraycopy(content, 0, json, 1, content.length);
        json[json.length - 1] = '"';

        assertEquals(new String(content, StandardCharsets.UTF_8), JsonReader.lenient().read(json).asString());
        String strict = strictlyDecoded(content);
        if (strict == null) {
            assertThrows(JsonException.class, () -> JsonReader.strict().read(json));
        } else {
            assertEquals(strict, JsonReader.strict().read(json).asString());
        }
    }

    private static String strictlyDecoded(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Printable ASCII and every byte from 0x80 up, biased towards lead and continuation bytes; no quote, backslash or control. */
    @Provide
    Arbitrary<byte[]> content() {
        Arbitrary<Byte> highByte = Arbitraries.integers().between(0x80, 0xff).map(Integer::byteValue);
        Arbitrary<Byte> structural = Arbitraries.of((byte) 0xc2, (byte) 0xdf, (byte) 0xe0, (byte) 0xed, (byte) 0xef, (byte) 0xf0,
                (byte) 0xf4, (byte) 0xf5, (byte) 0x80, (byte) 0x9f, (byte) 0xa0, (byte) 0xbf, (byte) 0xc0, (byte) 0xc1);
        Arbitrary<Byte> ascii = Arbitraries.of((byte) 'a', (byte) ' ', (byte) '~');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, highByte), net.jqwik.api.Tuple.of(3, structural), net.jqwik.api.Tuple.of(1, ascii))
                .array(byte[].class).ofMaxSize(12);
    }
}
