package io.polycloud.benchmarks.polycloud;

import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.benchmarks.harness.LoopbackEndpoint;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.http.SdkHttpRequest;
import io.polycloud.core.protocol.aliyun.AliyunClientBuilder;
import io.polycloud.core.internal.signing.aliyun.Acs3Signer;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import io.polycloud.core.internal.signing.aliyun.RpcV1Signer;
import io.polycloud.core.internal.signing.huawei.SdkHmacSigner;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The signers alone, on the request a Polycloud client hands them: VPC
 * {@code StartFailoverTestJob} for the Alibaba Cloud signatures, DRS {@code DeleteJob} for the
 * Huawei Cloud ones. Time and nonce are fixed; everything else ({@code x-acs-*} headers, payload
 * hash, canonical request, HMAC, {@code Authorization}) is computed on every call, as on every
 * attempt.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class SigningBenchmark {

    private static final Instant TIME = Instant.parse("2026-11-23T08:00:00Z");
    private static final String NONCE = "3f1c9e2a-8b4d-4e6f-9a0b-1c2d3e4f5a6b";

    /** The signature algorithm. */
    @Param({"ACS3-HMAC-SHA256", "RPC-V1-HMAC-SHA1", "SDK-HMAC-SHA256", "SDK-HMAC-SM3"})
    public String algorithm;

    private SdkHttpRequest request;
    private UnaryOperator<SdkHttpRequest> signer;

    /**
     * Records the request a client hands the signer.
     *
     * @throws Exception if the recording call fails
     */
    @Setup
    public void prepare() throws Exception {
        AliyunCredentials aliyun = AliyunCredentials.of(Fixtures.ALIYUN_ACCESS_KEY_ID, Fixtures.ALIYUN_ACCESS_KEY_SECRET);
        HuaweiCredentials huawei = HuaweiCredentials.builder().accessKey(Fixtures.HUAWEI_ACCESS_KEY)
                .secretKey(Fixtures.HUAWEI_SECRET_KEY).projectId(Fixtures.HUAWEI_PROJECT_ID).build();
        switch (algorithm) {
            case "ACS3-HMAC-SHA256":
                request = aliyunUnsigned(AliyunSignatureVersion.ACS3_HMAC_SHA256);
                signer = r -> Acs3Signer.hmacSha256().sign(r, aliyun, TIME, NONCE);
                break;
            case "RPC-V1-HMAC-SHA1":
                request = aliyunUnsigned(AliyunSignatureVersion.RPC_V1_HMAC_SHA1);
                signer = r -> RpcV1Signer.create().sign(r, aliyun, TIME, NONCE);
                break;
            case "SDK-HMAC-SHA256":
                request = huaweiUnsigned();
                signer = r -> SdkHmacSigner.hmacSha256().sign(r, huawei, TIME);
                break;
            case "SDK-HMAC-SM3":
                request = huaweiUnsigned();
                signer = r -> SdkHmacSigner.hmacSm3().sign(r, huawei, TIME);
                break;
            default:
                throw new IllegalArgumentException("unknown algorithm " + algorithm);
        }
    }

    /**
     * Signs the request.
     *
     * @return the signed request
     */
    @Benchmark
    public SdkHttpRequest sign() {
        return signer.apply(request);
    }

    private static SdkHttpRequest aliyunUnsigned(AliyunSignatureVersion version) throws Exception {
        return CapturedRequest.of(Operation.VPC_START_FAILOVER_TEST_JOB, LoopbackEndpoint.get(),
                builder -> ((AliyunClientBuilder<?>) builder).signatureVersion(version)).unsigned();
    }

    private static SdkHttpRequest huaweiUnsigned() throws Exception {
        return CapturedRequest.of(Operation.DRS_DELETE_JOB, LoopbackEndpoint.get(), PolycloudCalls::defaults).unsigned();
    }
}
