package io.polycloud.opentelemetry;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.TestClock;
import java.time.Duration;
import java.util.List;

/**
 * The four service clients against one emulator, with the same interceptors, retry policy and
 * timeouts, signing with made-up temporary credentials whose secrets must never be seen.
 * Backoff runs on the emulator's {@link TestClock}, so retries cost no wall time.
 */
final class TracedClients implements AutoCloseable {

    static final String ALIYUN_REGION = "cn-hangzhou";
    static final String HUAWEI_REGION = "cn-north-4";

    static final AliyunCredentials ALIYUN = AliyunCredentials.of("TESTAKTelemetrySuite0001",
            "aliyunSecretOfTheTelemetrySuite01", "aliyunStsTokenOfTheTelemetrySuite01");
    static final HuaweiCredentials HUAWEI = HuaweiCredentials.builder().accessKey("HWTELEMETRYSUITEAK0001")
            .secretKey("huaweiSecretKeyOfTheTelemetrySuite01").securityToken("huaweiSecurityTokenOfTheTelemetrySuite01")
            .projectId(PolycloudEmulator.DEFAULT_HUAWEI_PROJECT_ID).build();
    /** The credentials' values: none may appear in telemetry. */
    static final List<String> CREDENTIAL_VALUES = List.of(
            "TESTAKTelemetrySuite0001", "aliyunSecretOfTheTelemetrySuite01", "aliyunStsTokenOfTheTelemetrySuite01",
            "HWTELEMETRYSUITEAK0001", "huaweiSecretKeyOfTheTelemetrySuite01", "huaweiSecurityTokenOfTheTelemetrySuite01");

    /** Full jitter pinned at one half: backoffs of 50, 100, 200 ms, and 500 ms, 1 s, 2 s after throttling. */
    static final RetryPolicy RETRY_POLICY = RetryPolicy.builder().jitter(() -> 0.5).build();

    private final VpcClient vpc;
    private final DrsClient drs;
    private final DdsClient dds;
    private final LakeFormationClient lakeFormation;

    TracedClients(PolycloudEmulator emulator, RetryPolicy retryPolicy, Duration readTimeout,
                  ExecutionInterceptor... interceptors) {
        vpc = configure(emulator.configure(VpcClient.builder()), retryPolicy, readTimeout, interceptors)
                .region(ALIYUN_REGION).credentials(ALIYUN).build();
        drs = configure(emulator.configure(DrsClient.builder()), retryPolicy, readTimeout, interceptors)
                .region(HUAWEI_REGION).credentials(HUAWEI).build();
        dds = configure(emulator.configure(DdsClient.builder()), retryPolicy, readTimeout, interceptors)
                .region(HUAWEI_REGION).credentials(HUAWEI).build();
        lakeFormation = configure(emulator.configure(LakeFormationClient.builder()), retryPolicy, readTimeout, interceptors)
                .region(HUAWEI_REGION).credentials(HUAWEI).build();
    }

    /** An emulator that knows the made-up credentials, numbers its answers {@code req-1, req-2, …} and runs on a test clock. */
    static PolycloudEmulator emulator() {
        return PolycloudEmulator.builder().aliyunCredentials(ALIYUN).huaweiCredentials(HUAWEI)
                .clock(TestClock.create()).requestIdPrefix("req-").start();
    }

    private static <B extends SdkClientBuilder<B>> B configure(B builder, RetryPolicy retryPolicy, Duration readTimeout,
                                                               ExecutionInterceptor... interceptors) {
        builder.retryPolicy(retryPolicy).connectTimeout(Duration.ofSeconds(2)).readTimeout(readTimeout);
        for (ExecutionInterceptor interceptor : interceptors) {
            builder.addInterceptor(interceptor);
        }
        return builder;
    }

    VpcClient vpc() {
        return vpc;
    }

    DrsClient drs() {
        return drs;
    }

    DdsClient dds() {
        return dds;
    }

    LakeFormationClient lakeFormation() {
        return lakeFormation;
    }

    @Override
    public void close() {
        vpc.close();
        drs.close();
        dds.close();
        lakeFormation.close();
    }
}
