package io.polycloud.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ids that could change which resource a URL names: on Huawei every id is one percent-encoded
 * path segment, whatever it holds; VPC accepts only the form its ids have. Control characters,
 * dot segments and malformed VPC ids are refused before a byte is sent.
 */
class HostileIdContractTest extends Fixture {

    private static final List<String> PATH_CHARACTERS = List.of("a/../b?x=1#y", "/", "?", "#", "..a", "100%", "%2F",
            "ü日本", "a b+c", "job;v=1");
    private static final List<String> REFUSED_EVERYWHERE = List.of(".", "..", "job\r\nX-Injected: 1", "job\u0000",
            "job\u007f", "j".repeat(65));
    private static final List<String> REFUSED_BY_VPC = List.of("ftj-a/b", "ftj-a?b", "ftj-a#b", "ftj-..", "ftj-%2F",
            "ftj-ü", "ftj-A", "ftj-a b", "ftj-");

    private static Stream<Contract> rowsWithId() {
        return Arrays.stream(Contract.values()).filter(Contract::takesId);
    }

    static Stream<Arguments> sentIds() {
        return rowsWithId().flatMap(row -> (row.cloud == Cloud.HUAWEI ? PATH_CHARACTERS : List.of("ftj-0a9z"))
                .stream().map(id -> Arguments.of(row, id)));
    }

    static Stream<Arguments> refusedIds() {
        return rowsWithId().flatMap(row -> Stream.concat(REFUSED_EVERYWHERE.stream(),
                (row.cloud == Cloud.ALIYUN ? REFUSED_BY_VPC : List.<String>of()).stream()).map(id -> Arguments.of(row, id)));
    }

    @ParameterizedTest(name = "{0} with id {1}")
    @MethodSource("sentIds")
    void id_isSentAsOneEncodedSegmentOrParameter(Contract row, String id) throws Exception {
        server.enqueue(row.success);
        row.callWithId(clients(), id);
        RecordedRequest r = take();
        assertEquals(row.targetWithId(encoded(id)), r.getTarget());
        assertSigned(r, row);
    }

    @ParameterizedTest(name = "{0} with id {1}")
    @MethodSource("refusedIds")
    void id_thatCannotBeSentSafely_isRefusedBeforeSending(Contract row, String id) {
        SdkClientException e = assertThrows(SdkClientException.class, () -> row.callWithId(clients(), id));
        assertTrue(e.getMessage().startsWith("jobId "), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    /** RFC 3986 percent-encoding of everything but the unreserved characters, written independently of the client. */
    private static String encoded(String id) {
        StringBuilder sb = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }
}
