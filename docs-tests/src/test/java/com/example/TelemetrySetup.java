package com.example;

// region otel
import io.opentelemetry.api.OpenTelemetry;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.jobs.CloudJobs;
import io.polycloud.opentelemetry.PolycloudTelemetry;
// endregion otel

/** The README's OpenTelemetry lines; {@link TelemetryTest} makes calls through them and reads the spans. */
final class TelemetrySetup {

    private TelemetrySetup() {
    }

    static PolycloudTelemetry telemetry(OpenTelemetry openTelemetry) {
        // region otel
        PolycloudTelemetry telemetry = PolycloudTelemetry.create(openTelemetry);   // or create(): GlobalOpenTelemetry.get()
        // endregion otel
        return telemetry;
    }

    static DrsClient drs(PolycloudTelemetry telemetry, DrsClient.Builder drsBuilder) {
        // region otel
        DrsClient drs = drsBuilder.addInterceptor(telemetry.interceptor()).build();  // the same line on every client builder
        // endregion otel
        return drs;
    }

    static CloudJobs jobs(PolycloudTelemetry telemetry, CloudJobs.Builder jobsBuilder) {
        // region otel
        CloudJobs jobs = jobsBuilder.addInterceptor(telemetry.interceptor())         // CloudJobs: every call it makes,
                .addBatchListener(telemetry.batchListener())                          // and one span per deleteAll
                .build();
        // endregion otel
        return jobs;
    }
}
