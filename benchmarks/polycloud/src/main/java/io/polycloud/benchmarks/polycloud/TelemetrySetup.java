package io.polycloud.benchmarks.polycloud;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.opentelemetry.PolycloudTelemetry;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How a benchmark client reports to OpenTelemetry: not at all, through sdk-opentelemetry to the
 * no-op API, or to the OpenTelemetry SDK as an application would wire it (batch span processor,
 * every span sampled) with in-memory exporters.
 */
enum TelemetrySetup {

    /** No interceptor: the baseline. */
    NONE,
    /** {@code PolycloudTelemetry.create(OpenTelemetry.noop())}: what the module costs when nobody listens. */
    NOOP,
    /** The SDK, every span sampled and exported in batches to memory, metrics aggregated in memory. */
    SDK;

    /**
     * Spans the in-memory exporter keeps at most before it is emptied: a run of millions of calls
     * must not measure the garbage collector walking millions of retained spans.
     */
    private static final int KEPT_SPANS = 4096;
    /**
     * The batch processor's queue: large enough that no span is dropped when a busy machine
     * starves the export thread for a moment (the default 2,048 drops some, which would leave
     * their export uncounted).
     */
    private static final int QUEUED_SPANS = 1 << 16;

    /**
     * The setup named by a JMH parameter.
     *
     * @param name {@code none}, {@code noop} or {@code sdk}
     * @return the setup
     */
    static TelemetrySetup of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * Starts what this setup reports to.
     *
     * @return the running setup; close it after the clients
     */
    Attached start() {
        return switch (this) {
            case NONE -> new Attached(null, null);
            case NOOP -> new Attached(PolycloudTelemetry.create(OpenTelemetry.noop()).interceptor(), null);
            case SDK -> {
                OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
                        .setTracerProvider(SdkTracerProvider.builder()
                                .addSpanProcessor(BatchSpanProcessor.builder(boundedInMemory()).setMaxQueueSize(QUEUED_SPANS).build())
                                .build())
                        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(InMemoryMetricReader.create()).build())
                        .build();
                yield new Attached(PolycloudTelemetry.create(sdk).interceptor(), sdk);
            }
        };
    }

    private static SpanExporter boundedInMemory() {
        InMemorySpanExporter memory = InMemorySpanExporter.create();
        return new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                if (memory.getFinishedSpanItems().size() >= KEPT_SPANS) {
                    memory.reset();
                }
                return memory.export(spans);
            }

            @Override
            public CompletableResultCode flush() {
                return memory.flush();
            }

            @Override
            public CompletableResultCode shutdown() {
                return memory.shutdown();
            }
        };
    }

    /** A started setup: the interceptor to add to clients (none for {@link #NONE}), and the SDK to close. */
    static final class Attached implements AutoCloseable {
        private final ExecutionInterceptor interceptor;
        private final OpenTelemetrySdk sdk;

        private Attached(ExecutionInterceptor interceptor, OpenTelemetrySdk sdk) {
            this.interceptor = interceptor;
            this.sdk = sdk;
        }

        /**
         * The interceptor.
         *
         * @return it, or null for {@link #NONE}
         */
        ExecutionInterceptor interceptor() {
            return interceptor;
        }

        /** Adds the interceptor, if any, to a client builder. */
        Consumer<SdkClientBuilder<?>> customizer() {
            return builder -> {
                if (interceptor != null) {
                    builder.addInterceptor(interceptor);
                }
            };
        }

        @Override
        public void close() {
            if (sdk != null) {
                sdk.close();
            }
        }
    }
}
