package com.example;

// region configuration
import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.core.credentials.aliyun.AliyunCredentialsProvider;
import io.polycloud.core.interceptor.ExecutionInterceptor;
import io.polycloud.core.retry.RetryBudget;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.signing.aliyun.AliyunSignatureVersion;
import java.time.Duration;
// endregion configuration
// region shared-transport
import io.polycloud.core.http.HttpTransport;
import io.polycloud.core.http.HttpTransportSettings;
import io.polycloud.core.http.HttpTransports;
import io.polycloud.huawei.drs.DrsClient;
// endregion shared-transport

/** The README's configuration reference, built (and called) in {@link ConfigurationTest}. */
final class Configuration {

    private Configuration() {
    }

    static VpcClient.Builder everySetting(ExecutionInterceptor metrics) {
        // region configuration
        VpcClient.Builder builder = VpcClient.builder()              // every value below is the default, except region
                .region("cn-shanghai")                               // required unless endpointOverride(...) is set
                .credentials(AliyunCredentialsProvider.defaultChain())
                .signatureVersion(AliyunSignatureVersion.ACS3_HMAC_SHA256)
                .retryPolicy(retryPolicy())
                .connectTimeout(Duration.ofSeconds(5))               // opening a connection
                .readTimeout(Duration.ofSeconds(15))                 // silence on an open connection
                .attemptTimeout(Duration.ofSeconds(20))              // one attempt, connect to last byte
                .totalTimeout(Duration.ofSeconds(60))                // the whole call: queueing, attempts, backoff
                .userAgentSuffix("my-app/1.2")                       // default none: polycloud-java/0.1.0 alone
                .addInterceptor(metrics);                            // default none
        // endregion configuration
        return builder;
    }

    // region configuration
    static RetryPolicy retryPolicy() {
        return RetryPolicy.builder()                                 // RetryPolicy.defaults(); RetryPolicy.none() never retries
                .maxAttempts(4)                                      // the first attempt included: 3 retries
                .baseDelay(Duration.ofMillis(100))                   // full jitter: random(0, min(maxBackoff, base * 2^(n-1)))
                .throttlingBaseDelay(Duration.ofSeconds(1))          // the base after a throttling answer
                .maxBackoff(Duration.ofSeconds(20))
                .maxRetryAfter(Duration.ofSeconds(60))               // a longer Retry-After ends the call instead
                .budget(new RetryBudget(500, 5, 10))                 // RetryBudget.defaults(): per client
                .build();
    }
    // endregion configuration

    static void sharedTransport() {
        // region shared-transport
        try (HttpTransport jdk = HttpTransports.create("jdk", HttpTransportSettings.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(10))
                .build())) {
            VpcClient vpc = VpcClient.builder().region("cn-shanghai").httpTransport(jdk).build();   // shares it, never closes it
            DrsClient drs = DrsClient.builder().region("cn-north-4").httpTransportProvider("jdk").build();  // a transport of its own
            use(vpc, drs);
            vpc.close();
            drs.close();
        }
        // endregion shared-transport
    }

    private static void use(VpcClient vpc, DrsClient drs) {
        // nothing: the README's placeholder for an application's calls
    }
}
