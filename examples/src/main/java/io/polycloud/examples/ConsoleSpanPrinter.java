package io.polycloud.examples;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints each span as it ends, with its attributes and events, so a newcomer sees what a tracing
 * backend would receive for each call ({@code --trace}):
 *
 * <pre>
 *   span drs.DeleteJob (CLIENT, 4.2 ms, UNSET) trace 0af7651916cd43dd8448eb211c80319c
 *     cloud.provider=huawei_cloud, cloud.region=cn-north-4, http.response.status_code=200, ...
 *     event polycloud.attempt at +3.9 ms: http.response.status_code=200, polycloud.attempt.number=1, ...
 * </pre>
 */
final class ConsoleSpanPrinter implements SpanExporter {

    private final PrintStream out;

    ConsoleSpanPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        for (SpanData span : spans) {
            String status = span.getStatus().getStatusCode().name();
            out.printf("  span %s (%s, %s, %s) trace %s%n", span.getName(), span.getKind(),
                    millis(span.getEndEpochNanos() - span.getStartEpochNanos()),
                    span.getStatus().getDescription().isEmpty() ? status : status + ": " + span.getStatus().getDescription(),
                    span.getTraceId());
            out.println("    " + sorted(span.getAttributes()));
            for (EventData event : span.getEvents()) {
                out.printf("    event %s at +%s: %s%n", event.getName(), millis(event.getEpochNanos() - span.getStartEpochNanos()),
                        sorted(event.getAttributes()));
            }
        }
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    private static String millis(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private static String sorted(Attributes attributes) {
        Map<String, Object> byName = new TreeMap<>();
        attributes.forEach((key, value) -> byName.put(key.getKey(), value));
        return byName.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
