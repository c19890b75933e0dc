package io.polycloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Emulators on fake time and the real clients pointed at them. Client and emulator share one
 * {@link FakeTime}, so retries back off and jobs change status without a real sleep.
 */
final class Fixtures {

    static final String REGION = "cn-hangzhou";
    static final String HUAWEI_REGION = "cn-north-4";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls, every 10 ms, until the condition holds; fails after the timeout. */
    static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(10);
        }
    }

    static PolycloudEmulator emulator(FakeTime time) {
        return PolycloudEmulator.builder().clock(time.clock()).start();
    }

    /** Deterministic jitter: half of each backoff ceiling. */
    static RetryPolicy retries() {
        return RetryPolicy.builder().jitter(() -> 0.5).build();
    }

    static VpcClient.Builder vpcBuilder(PolycloudEmulator emulator, FakeTime time) {
        return VpcClient.builder().region(REGION).endpointOverride(emulator.baseUri())
                .credentials(emulator.aliyunCredentials()).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(retries()).readTimeout(Duration.ofSeconds(5));
    }

    static VpcClient vpc(PolycloudEmulator emulator, FakeTime time) {
        return vpcBuilder(emulator, time).build();
    }

    static DrsClient.Builder drsBuilder(PolycloudEmulator emulator, FakeTime time) {
        return DrsClient.builder().region(HUAWEI_REGION).endpointOverride(emulator.baseUri())
                .credentials(emulator.huaweiCredentials()).projectId(emulator.huaweiProjectId()).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(retries()).readTimeout(Duration.ofSeconds(5));
    }

    static DrsClient drs(PolycloudEmulator emulator, FakeTime time) {
        return drsBuilder(emulator, time).build();
    }

    static DdsClient dds(PolycloudEmulator emulator, FakeTime time) {
        return DdsClient.builder().region(HUAWEI_REGION).endpointOverride(emulator.baseUri())
                .credentials(emulator.huaweiCredentials()).projectId(emulator.huaweiProjectId()).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(retries()).readTimeout(Duration.ofSeconds(5)).build();
    }

    static LakeFormationClient.Builder lakeFormationBuilder(PolycloudEmulator emulator, FakeTime time) {
        return LakeFormationClient.builder().region(HUAWEI_REGION).endpointOverride(emulator.baseUri())
                .credentials(emulator.huaweiCredentials()).projectId(emulator.huaweiProjectId()).clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(retries()).readTimeout(Duration.ofSeconds(5));
    }

    static LakeFormationClient lakeFormation(PolycloudEmulator emulator, FakeTime time) {
        return lakeFormationBuilder(emulator, time).build();
    }
}
