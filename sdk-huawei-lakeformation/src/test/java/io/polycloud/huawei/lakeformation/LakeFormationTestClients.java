package io.polycloud.huawei.lakeformation;

import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.internal.signing.SignatureDetails;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.core.testsupport.HuaweiSignatures;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Clients pointed at a loopback MockWebServer, with made-up keys, and the signature check. */
final class LakeFormationTestClients {

    static final String AK = "AKIDLFTEST00000EXAMPLE";
    static final String SK = "lakeformation-test-secret-key-not-real";
    static final String PROJECT = "0123456789abcdef0123456789abcdef";

    private LakeFormationTestClients() {
    }

    static LakeFormationClient.Builder builder(MockWebServer server, FakeTime time) {
        return LakeFormationClient.builder()
                .endpointOverride("http://127.0.0.1:" + server.getPort())
                .clock(time.clock()).sleeper(time.sleeper())
                .retryPolicy(RetryPolicy.builder().jitter(() -> 0.5).build());
    }

    static LakeFormationClient akSk(MockWebServer server, FakeTime time) {
        return builder(server, time).credentials(HuaweiCredentials.of(AK, SK)).projectId(PROJECT).build();
    }

    /** Fails unless the request is signed with this fixture's keys over exactly these headers. */
    static SignatureDetails assertSignatureVerifies(RecordedRequest received, String expectedSignedHeaders) {
        return HuaweiSignatures.assertSigned(received, AK, SK, expectedSignedHeaders);
    }
}
