package io.polycloud.opentelemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret scan: no credential, token, signature or authorization header the clients sent may
 * appear in any span name, attribute, event, status description or metric point.
 */
final class TelemetrySecrets {

    private static final Pattern SIGNATURE = Pattern.compile("Signature=([0-9A-Za-z+/=]+)");
    private static final List<String> SECRET_HEADERS = List.of("Authorization", "x-acs-security-token",
            "X-Security-Token", "X-Auth-Token", "x-acs-signature-nonce");

    private TelemetrySecrets() {
    }

    /** Fails if anything secret that the clients sent to the emulator appears in what {@code otel} received. */
    static void assertNoneIn(InMemoryTelemetry otel, PolycloudEmulator emulator) {
        List<String> secrets = secrets(emulator);
        long signed = emulator.calls().stream().filter(call -> call.headers().contains("Authorization")).count();
        if (secrets.size() < TracedClients.CREDENTIAL_VALUES.size() + 2 * signed) {
            throw new AssertionError("the scan did not find the signatures of the " + signed + " signed requests");
        }
        assertNoneIn(everyText(otel), secrets);
    }

    static void assertNoneIn(List<String> texts, List<String> secrets) {
        if (texts.isEmpty()) {
            throw new AssertionError("nothing to scan: the telemetry is empty");
        }
        for (String text : texts) {
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    // Name the kind of leak, never the secret itself.
                    throw new AssertionError("a secret (" + secret.length() + " characters) appears in telemetry");
                }
            }
        }
    }

    /** The made-up credentials, and every signature, token and authorization header on the wire. */
    static List<String> secrets(PolycloudEmulator emulator) {
        List<String> secrets = new ArrayList<>(TracedClients.CREDENTIAL_VALUES);
        for (RecordedCall call : emulator.calls()) {
            for (String header : SECRET_HEADERS) {
                secrets.addAll(call.headers().all(header));
            }
            call.headers().first("Authorization").ifPresent(authorization -> {
                Matcher m = SIGNATURE.matcher(authorization);
                while (m.find()) {
                    secrets.add(m.group(1));
                }
            });
        }
        return secrets;
    }

    /** Every text a backend would store: names, descriptions and the values of every attribute. */
    static List<String> everyText(InMemoryTelemetry otel) {
        List<String> texts = new ArrayList<>();
        for (SpanData span : otel.spans()) {
            texts.add(span.getName());
            texts.add(span.getStatus().getDescription());
            addValues(texts, span.getAttributes());
            for (EventData event : span.getEvents()) {
                texts.add(event.getName());
                addValues(texts, event.getAttributes());
            }
        }
        for (MetricData metric : otel.metrics().values()) {
            texts.add(metric.getName());
            texts.add(metric.getDescription());
            for (PointData point : metric.getData().getPoints()) {
                addValues(texts, point.getAttributes());
            }
        }
        return texts;
    }

    private static void addValues(List<String> texts, Attributes attributes) {
        attributes.forEach((key, value) -> texts.add(key.getKey() + "=" + value));
    }
}
