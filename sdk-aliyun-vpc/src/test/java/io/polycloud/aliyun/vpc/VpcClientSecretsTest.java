package io.polycloud.aliyun.vpc;

import static io.polycloud.aliyun.vpc.VpcTestClients.AK;
import static io.polycloud.aliyun.vpc.VpcTestClients.SK;
import static io.polycloud.aliyun.vpc.VpcTestClients.error;
import static io.polycloud.aliyun.vpc.VpcTestClients.json;
import static io.polycloud.aliyun.vpc.VpcTestClients.take;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.exception.ServiceException;
import io.polycloud.core.testsupport.CapturedLogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VpcClientSecretsTest extends LoopbackServerTest {

    private static final String STS = "sts-security-token-not-real";


    @BeforeEach
    void clearLogs() {
        CapturedLogs.clear();
    }

    @Test
    void callsWithRetriesAndErrors_atTrace_neverLogOrThrowTheSecretTokenOrSignature() throws Exception {
        server.enqueue(json(503, "{\"RequestId\":\"r-1\",\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"));
        server.enqueue(json(200, Operation.CREATE.successBody));
        server.enqueue(error("IncorrectStatus.OnlyForInit", "The job is not in Init.", "r-3"));
        ServiceException failure;
        try (VpcClient vpc = VpcTestClients.builder(server, time).credentials(AliyunCredentials.of(AK, SK, STS)).build()) {
            Operation.CREATE.call(vpc);
            failure = assertThrows(ServiceException.class, () -> Operation.START.call(vpc));
        }
        String signature = take(server).getHeaders().get("Authorization").replaceAll(".*Signature=", "");
        String logs = CapturedLogs.text();
        assertTrue(logs.contains("CreateFailoverTestJob") && logs.contains("StartFailoverTestJob"), "the calls were logged");
        for (String secret : new String[] {SK, STS, signature}) {
            assertFalse(logs.contains(secret), "logs leak a secret");
            assertFalse(failure.getMessage().contains(secret), "the exception leaks a secret");
            assertFalse(failure.rawBody().contains(secret));
        }
    }
}
