package io.polycloud.examples;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import io.polycloud.opentelemetry.PolycloudTelemetry;
import io.polycloud.testing.EmulatedDrs;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.PolycloudEmulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The clients an example uses, pointed either at an embedded emulator (the default) or at the
 * real clouds ({@code --target real}): default credential chains, real endpoints unless
 * {@code POLYCLOUD_ALIYUN_ENDPOINT} / {@code POLYCLOUD_HUAWEI_ENDPOINT} override them. With
 * {@code --trace}, every client also reports to an OpenTelemetry SDK that prints each span.
 */
final class Clouds implements AutoCloseable {

    /** Ids the emulator is seeded with, so the Huawei cleanup has something to delete. */
    static final String DEMO_DRS_JOB = "3a9d2b7c-4e1f-4a5b-9c8d-7e6f5a4b3c2djb01";
    static final String DEMO_DDS_JOB = "3861199d-c196-4791-bcd0-b45fde754f50";
    static final String DEMO_LF_INSTANCE = "2180518f-42b8-4947-b20b-adfc53981a25";
    static final String DEMO_LF_JOB = "0f1e2d3c4b5a69788796a5b4c3d2e1f0abcd";

    final ExampleArgs args;
    final PolycloudEmulator emulator;
    final VpcClient vpc;
    final DrsClient drs;
    final DdsClient dds;
    final LakeFormationClient lakeFormation;
    /** Where {@code --trace} sends spans, and the telemetry every client reports through; null without it. */
    private final OpenTelemetrySdk tracing;
    private final PolycloudTelemetry telemetry;

    private Clouds(ExampleArgs args, UnaryOperator<String> env, PolycloudEmulator emulator, CallLog log, PrintStream out) {
        this.args = args;
        this.emulator = emulator;
        this.tracing = args.trace() ? OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(new ConsoleSpanPrinter(out))).build())
                .build() : null;
        this.telemetry = tracing == null ? null : PolycloudTelemetry.create(tracing);
        VpcClient.Builder vpcBuilder = observed(VpcClient.builder(), log).region(args.region());
        if (emulator != null) {
            vpcBuilder.endpointOverride(emulator.baseUri()).credentials(emulator.aliyunCredentials());
        } else {
            variable(env, "POLYCLOUD_ALIYUN_ENDPOINT").ifPresent(vpcBuilder::endpointOverride);
        }
        this.vpc = vpcBuilder.build();
        this.drs = huawei(DrsClient.builder(), env, log).build();
        this.dds = huawei(DdsClient.builder(), env, log).build();
        this.lakeFormation = huawei(LakeFormationClient.builder(), env, log).build();
    }

    /**
     * Opens the clients; in emulator mode starts the emulator first, with 1 s job transitions so
     * the drill shows real waiting without taking long, and seeds the Huawei jobs.
     */
    static Clouds open(ExampleArgs args, UnaryOperator<String> env, CallLog log, PrintStream out) {
        if (args.real()) {
            out.println("Target: the real clouds (default credential chains; nothing will be created)");
            return new Clouds(args, env, null, log, out);
        }
        return new Clouds(args, env, demoEmulator(out), log, out);
    }

    /**
     * Starts the examples' emulator: 1 s job transitions, the Huawei demo jobs seeded (a stopped
     * DRS job, a pending DDS task, a stopped LakeFormation job), and says where it listens.
     */
    static PolycloudEmulator demoEmulator(PrintStream out) {
        PolycloudEmulator emulator = PolycloudEmulator.builder()
                .transitionDurations(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .start();
        emulator.drs().putJob(DEMO_DRS_JOB, EmulatedDrs.STOPPED);
        emulator.dds().putScheduledTask(DEMO_DDS_JOB);
        emulator.lakeFormation().putJob(DEMO_LF_INSTANCE, DEMO_LF_JOB, EmulatedLakeFormation.STOPPED);
        out.println("Target: embedded emulator at " + emulator.baseUri() + " (made-up credentials, no account needed)");
        return emulator;
    }

    boolean emulated() {
        return emulator != null;
    }

    /** A DRS client whose secret key is wrong, to show an authentication failure (emulator only). */
    DrsClient drsWithWrongSecret() {
        HuaweiCredentials good = emulator.huaweiCredentials();
        return traced(DrsClient.builder()).region(args.huaweiRegion()).endpointOverride(emulator.baseUri())
                .credentials(HuaweiCredentials.builder().accessKey(good.accessKey()).secretKey("not-the-secret-key")
                        .projectId(emulator.huaweiProjectId()).build())
                .build();
    }

    /** The call log on every client, and the tracing with {@code --trace}. */
    private <B extends SdkClientBuilder<B>> B observed(B builder, CallLog log) {
        return traced(builder.addInterceptor(log));
    }

    private <B extends SdkClientBuilder<B>> B traced(B builder) {
        return telemetry == null ? builder : builder.addInterceptor(telemetry.interceptor());
    }

    private <B extends HuaweiClientBuilder<B>> B huawei(B builder, UnaryOperator<String> env, CallLog log) {
        observed(builder, log).region(args.huaweiRegion());
        args.get("--project-id").ifPresent(builder::projectId);
        if (emulator != null) {
            builder.endpointOverride(emulator.baseUri()).credentials(emulator.huaweiCredentials());
        } else {
            variable(env, "POLYCLOUD_HUAWEI_ENDPOINT").ifPresent(builder::endpointOverride);
        }
        return builder;
    }

    static Optional<String> variable(UnaryOperator<String> env, String name) {
        return Optional.ofNullable(env.apply(name)).filter(v -> !v.isBlank());
    }

    @Override
    public void close() {
        vpc.close();
        drs.close();
        dds.close();
        lakeFormation.close();
        if (emulator != null) {
            emulator.close();
        }
        if (tracing != null) {
            tracing.close();
        }
    }
}
