package io.polycloud.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpHeadersTest {

    @Test
    void lookups_ignoreCaseAndKeepOrderAndInsertionCase() {
        HttpHeaders h = HttpHeaders.builder().add("X-Request-Id", "a").add("Accept", "json").add("x-request-id", "b").build();
        assertEquals(Optional.of("a"), h.first("X-REQUEST-ID"));
        assertEquals(List.of("a", "b"), h.all("x-Request-id"));
        assertTrue(h.contains("accept"));
        assertFalse(h.contains("Content-Type"));
        assertEquals(Set.of("X-Request-Id", "Accept", "x-request-id"), h.names());
        assertEquals(3, h.size());
    }

    @Test
    void setAndRemove_replaceEveryFieldOfTheNameInAnyCase() {
        HttpHeaders h = HttpHeaders.builder().add("A", "1").add("a", "2").add("B", "3").set("A", "4").build();
        assertEquals(List.of("4"), h.all("a"));
        assertEquals(HttpHeaders.builder().add("B", "3").build(), h.toBuilder().remove("A").build());
    }

    @Test
    void nameAndValue_byIndex_followInsertionOrderAndRejectOutOfRange() {
        HttpHeaders h = HttpHeaders.builder().add("A", "1").add("B", "2").build();
        assertEquals("B", h.name(1));
        assertEquals("2", h.value(1));
        assertThrows(IndexOutOfBoundsException.class, () -> h.name(2));
        assertThrows(IndexOutOfBoundsException.class, () -> h.value(-1));
    }

    @Test
    void toBuilder_changesNeverReachTheOriginal_evenPastTheBuildersInitialCapacity() {
        HttpHeaders.Builder b = HttpHeaders.builder();
        for (int i = 0; i < 20; i++) {
            b.add("H" + i, "v" + i);
        }
        HttpHeaders original = b.build();
        HttpHeaders.Builder copy = original.toBuilder().remove("H3");
        for (int i = 20; i < 40; i++) {
            copy.add("H" + i, "v" + i);
        }
        HttpHeaders changed = copy.set("H0", "x").build();
        assertEquals(20, original.size());
        assertEquals(Optional.of("v0"), original.first("h0"));
        assertEquals(Optional.of("v3"), original.first("H3"));
        assertEquals(39, changed.size());
        assertEquals("H1", changed.name(0));
        assertEquals("H0", changed.name(38));
        assertFalse(changed.contains("H3"));
        assertEquals(original, b.build());
        assertEquals(original.hashCode(), b.build().hashCode());
    }

    @Test
    void empty_isShared() {
        assertSame(HttpHeaders.empty(), HttpHeaders.builder().build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nInjected: yes", "a\nb", "a\rb", "nul\u0000", "caf\u00e9", "del\u007f"})
    void add_withControlOrNonAsciiValue_isRejectedWithoutEchoingTheValue(String value) {
        SdkClientException e = assertThrows(SdkClientException.class, () -> HttpHeaders.builder().add("X-Custom", value));
        assertTrue(e.getMessage().startsWith("header x-custom value must be printable ASCII without control characters such as CR or LF"),
                e.getMessage());
    }

    @Test
    void add_withTab_isAccepted() {
        assertEquals(Optional.of("a\tb"), HttpHeaders.builder().add("X", "a\tb").build().first("x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bad Name", "Bad:Name", "Bad\r\nName", "Bäd"})
    void add_withInvalidName_isRejected(String name) {
        assertThrows(SdkClientException.class, () -> HttpHeaders.builder().add(name, "v"));
    }

    @Test
    void add_withNullValue_failsNamingTheHeader() {
        assertEquals("header X-Custom value is required but was null",
                assertThrows(SdkClientException.class, () -> HttpHeaders.builder().add("X-Custom", null)).getMessage());
    }

    @Test
    void addReceived_replacesWhatASenderMayNotSendInsteadOfRejecting() {
        HttpHeaders h = HttpHeaders.builder().addReceived("X-Note", "caf\u00e9\r\n\tok").addReceived("X-Bad\u0001", "v").build();
        assertEquals(Optional.of("caf???\tok"), h.first("X-Note"));
        assertEquals(Optional.of("v"), h.first("X-Bad?"));
    }

    @Test
    void toString_redactsCredentialHeaders() {
        HttpHeaders h = HttpHeaders.builder().add("Authorization", "ACS3-HMAC-SHA256 Credential=x").add("X-Auth-Token", "t")
                .add("x-acs-security-token", "s").add("X-Security-Token", "s").add("X-Subject-Token", "t").add("Accept", "json").build();
        assertEquals("{Authorization: ***, X-Auth-Token: ***, x-acs-security-token: ***, X-Security-Token: ***, "
                + "X-Subject-Token: ***, Accept: json}", h.toString());
    }
}
