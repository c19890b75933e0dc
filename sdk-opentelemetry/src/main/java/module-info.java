/**
 * OpenTelemetry spans and metrics for every Polycloud call: {@code io.polycloud.opentelemetry}.
 * Compiles against the OpenTelemetry API only; the application brings the SDK and its exporters.
 */
module io.polycloud.opentelemetry {
    requires transitive io.polycloud.core;
    requires transitive io.opentelemetry.api;
    requires io.opentelemetry.context;
    // PolycloudTelemetry.batchListener() only; the rest works without sdk-jobs.
    requires static io.polycloud.jobs;

    exports io.polycloud.opentelemetry;
}
