package com.example;

// region otel
import io.opentelemetry.api.OpenTelemetry;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.jobs.CloudJobs;
import io.polycloud.opentelemetry.PolycloudTelemetry;
// endregion otel

/** The README's OpenTelemetry lines; {@link TelemetryTest} makes calls through the telemetry they create. */
final class TelemetrySetup {

    private TelemetrySetup() {
    }

    static PolycloudTelemetry attach(OpenTelemetry openTelemetry) {
        // region otel
        PolycloudTelemetry telemetry = PolycloudTelemetry.create(openTelemetry);   // or create(): GlobalOpenTelemetry.get()
        DrsClient drs = DrsClient.builder().region("cn-north-4")
                .addInterceptor(telemetry.interceptor())                           // the same line on every client builder
                .build();
        CloudJobs jobs = CloudJobs.builder()
                .addInterceptor(telemetry.interceptor())                           // CloudJobs: every call it makes,
                .addBatchListener(telemetry.batchListener())                       // and a span per deleteAll
                .build();
        // endregion otel
        drs.close();
        jobs.close();
        return telemetry;
    }
}
