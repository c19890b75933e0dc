package io.polycloud.reliability.support;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.aliyun.AliyunCredentialsProvider;
import io.polycloud.core.credentials.huawei.HuaweiTokenProvider;
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The four service clients, built alike against one loopback endpoint: the same fake time,
 * retry policy, timeouts, interceptors and (optionally) transport. Closing it closes all four.
 */
public final class ServiceClients implements AutoCloseable {

    /** The region VPC requests default to. */
    public static final String REGION = "cn-hangzhou";

    private final VpcClient vpc;
    private final DrsClient drs;
    private final DdsClient dds;
    private final LakeFormationClient lakeFormation;

    private ServiceClients(Builder b) {
        this.vpc = b.configure(VpcClient.builder()).region(REGION).credentials(b.aliyunCredentials).build();
        this.drs = b.configureHuawei(DrsClient.builder()).build();
        this.dds = b.configureHuawei(DdsClient.builder()).build();
        this.lakeFormation = b.configureHuawei(LakeFormationClient.builder()).build();
    }

    public static Builder builder(URI endpoint, FakeTime time) {
        return new Builder(endpoint, time);
    }

    public VpcClient vpc() {
        return vpc;
    }

    public DrsClient drs() {
        return drs;
    }

    public DdsClient dds() {
        return dds;
    }

    public LakeFormationClient lakeFormation() {
        return lakeFormation;
    }

    @Override
    public void close() {
        vpc.close();
        drs.close();
        dds.close();
        lakeFormation.close();
    }

    /** Settings shared by the four clients; defaults suit a loopback server and fake time. */
    public static final class Builder {
        private final URI endpoint;
        private final FakeTime time;
        // Full jitter pinned at one half, so every backoff is an exact, known duration.
        private RetryPolicy retryPolicy = RetryPolicy.builder().jitter(() -> 0.5).build();
        private Duration readTimeout = Duration.ofSeconds(2);
        private Duration attemptTimeout = Duration.ofSeconds(5);
        private HttpTransport transport;
        private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
        private AliyunCredentialsProvider aliyunCredentials = MadeUpKeys.aliyun();
        private HuaweiTokenProvider huaweiTokens;

        private Builder(URI endpoint, FakeTime time) {
            this.endpoint = endpoint;
            this.time = time;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        public Builder attemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = attemptTimeout;
            return this;
        }

        /** Sends through this transport, which the clients then do not close. */
        public Builder httpTransport(HttpTransport transport) {
            this.transport = transport;
            return this;
        }

        public Builder addInterceptor(ExecutionInterceptor interceptor) {
            interceptors.add(interceptor);
            return this;
        }

        public Builder aliyunCredentials(AliyunCredentialsProvider credentials) {
            this.aliyunCredentials = credentials;
            return this;
        }

        /** Authenticates the Huawei clients with IAM tokens instead of AK/SK signatures. */
        public Builder huaweiTokenProvider(HuaweiTokenProvider tokens) {
            this.huaweiTokens = tokens;
            return this;
        }

        public ServiceClients build() {
            return new ServiceClients(this);
        }

        private <B extends SdkClientBuilder<B>> B configure(B b) {
            b.endpointOverride(endpoint)
                    .clock(time.clock()).sleeper(time.sleeper())
                    .retryPolicy(retryPolicy)
                    .connectTimeout(Duration.ofSeconds(2)).readTimeout(readTimeout).attemptTimeout(attemptTimeout);
            if (transport != null) {
                b.httpTransport(transport);
            }
            interceptors.forEach(b::addInterceptor);
            return b;
        }

        private <B extends HuaweiClientBuilder<B>> B configureHuawei(B b) {
            configure(b);
            return huaweiTokens != null ? b.tokenProvider(huaweiTokens).projectId(MadeUpKeys.HUAWEI_PROJECT_ID)
                    : b.credentials(MadeUpKeys.huawei());
        }
    }
}
