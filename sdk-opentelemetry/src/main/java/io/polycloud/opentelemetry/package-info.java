/**
 * OpenTelemetry traces and metrics for Polycloud clients: attach
 * {@link io.polycloud.opentelemetry.PolycloudTelemetry#interceptor()} to any client builder and
 * every call becomes one {@code CLIENT} span, with one event per attempt, and feeds five metrics;
 * add {@link io.polycloud.opentelemetry.PolycloudTelemetry#batchListener()} to a {@code CloudJobs}
 * builder and each {@code deleteAll} becomes a span parenting its calls.
 * The names, attributes and their values are listed on {@link io.polycloud.opentelemetry.PolycloudTelemetry}.
 */
package io.polycloud.opentelemetry;
