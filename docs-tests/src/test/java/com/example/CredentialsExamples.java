package com.example;

// region credentials
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.aliyun.AliyunCredentialsProvider;
import io.polycloud.core.credentials.aliyun.AliyunProfileCredentialsProvider;
import io.polycloud.core.credentials.aliyun.EcsRamRoleCredentialsProvider;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentialsProvider;
// endregion credentials
// region iam-token
import io.polycloud.core.credentials.huawei.IamTokenProvider;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
// endregion iam-token
import java.util.List;

/** The README's credentials section; {@link CredentialsTest} checks what each provider does with nothing set. */
final class CredentialsExamples {

    private CredentialsExamples() {
    }

    static List<Object> providers() {
        // region credentials
        // Alibaba Cloud. A client builder given no .credentials(...) uses AliyunCredentialsProvider.defaultChain().
        AliyunCredentialsProvider chain = AliyunCredentialsProvider.defaultChain();  // properties, env, profile, ECS role
        AliyunCredentialsProvider env = AliyunCredentials.fromEnvironment();         // ALIBABA_CLOUD_ACCESS_KEY_ID, ...
        AliyunCredentialsProvider keys = AliyunCredentials.of("TESTAKExampleKeyId", "example-secret");
        AliyunCredentialsProvider sts = AliyunCredentials.of("TESTAKExampleKeyId", "example-secret", "example-sts-token");
        AliyunCredentialsProvider profile = AliyunProfileCredentialsProvider.builder().profileName("prod").build();
        AliyunCredentialsProvider role = EcsRamRoleCredentialsProvider.builder().roleName("my-ecs-role").build();

        // Huawei Cloud. A client builder given neither .credentials(...) nor .tokenProvider(...)
        // uses HuaweiCredentialsProvider.defaultChain(): system properties, then the environment.
        HuaweiCredentialsProvider huaweiChain = HuaweiCredentialsProvider.defaultChain();
        HuaweiCredentialsProvider huaweiEnv = HuaweiCredentials.fromEnvironment();   // HUAWEICLOUD_SDK_AK, _SK, ...
        HuaweiCredentialsProvider huaweiKeys = HuaweiCredentials.builder()
                .accessKey("EXAMPLEAK0000000001").secretKey("example-secret-key")
                .projectId("0123456789abcdef0123456789abcdef")      // optional; else the client's projectId(...)
                .build();
        // endregion credentials
        return List.of(chain, env, keys, sts, profile, role, huaweiChain, huaweiEnv, huaweiKeys);
    }

    static void deleteWithToken(String password, String projectId, String jobId) {
        // region iam-token
        try (IamTokenProvider tokens = IamTokenProvider.builder()     // POST /v3/auth/tokens, password method
                .region("cn-north-4")
                .domainName("my-account").userName("ops").password(password)
                .projectId(projectId)
                .build();
             DrsClient drs = DrsClient.builder().region("cn-north-4").tokenProvider(tokens).build()) {
            drs.deleteJob(DeleteJobRequest.builder().jobId(jobId).build());
        }
        // endregion iam-token
    }
}
