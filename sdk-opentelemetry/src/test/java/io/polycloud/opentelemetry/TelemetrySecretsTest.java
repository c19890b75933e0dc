package io.polycloud.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The secret scan itself: it finds a secret wherever a backend would store one, and never prints it. */
class TelemetrySecretsTest {

    private static final String SECRET = "aliyunSecretOfTheTelemetrySuite01";

    @Test
    void scan_findsASecretInASpanAttribute() {
        assertLeakFound(span -> span.setAttribute("polycloud.request_id", "id-" + SECRET));
    }

    @Test
    void scan_findsASecretInAnEventAttribute() {
        assertLeakFound(span -> span.addEvent("polycloud.attempt", Attributes.of(AttributeKey.stringKey("x"), SECRET)));
    }

    @Test
    void scan_findsASecretInAStatusDescription() {
        assertLeakFound(span -> span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR, "failed: " + SECRET));
    }

    @Test
    void scan_findsASecretInAMetricAttribute() {
        try (InMemoryTelemetry otel = new InMemoryTelemetry()) {
            otel.sdk().getMeter("test").counterBuilder("c").build().add(1, Attributes.of(AttributeKey.stringKey("k"), SECRET));
            assertLeak(otel);
        }
    }

    @Test
    void scan_ofNothing_fails() {
        assertThrows(AssertionError.class, () -> TelemetrySecrets.assertNoneIn(List.of(), List.of(SECRET)));
    }

    private static void assertLeakFound(java.util.function.Consumer<Span> leak) {
        try (InMemoryTelemetry otel = new InMemoryTelemetry()) {
            Span span = otel.sdk().getTracer("test").spanBuilder("leaky").startSpan();
            leak.accept(span);
            span.end();
            assertLeak(otel);
        }
    }

    private static void assertLeak(InMemoryTelemetry otel) {
        AssertionError e = assertThrows(AssertionError.class,
                () -> TelemetrySecrets.assertNoneIn(TelemetrySecrets.everyText(otel), TracedClients.CREDENTIAL_VALUES));
        assertEquals("a secret (" + SECRET.length() + " characters) appears in telemetry", e.getMessage());
    }
}
