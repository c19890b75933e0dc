package io.polycloud.reliability.concurrency;

import static io.polycloud.reliability.concurrency.BlockingCredentialEndpoint.answer;
import static io.polycloud.reliability.support.MadeUpKeys.ALIYUN_ACCESS_KEY_ID;
import static io.polycloud.reliability.support.MadeUpKeys.ALIYUN_ACCESS_KEY_SECRET;
import static io.polycloud.reliability.support.MadeUpKeys.ALIYUN_REFRESHED_ACCESS_KEY_ID;
import static io.polycloud.reliability.support.MadeUpKeys.ALIYUN_REFRESHED_ACCESS_KEY_SECRET;
import static io.polycloud.reliability.support.MadeUpKeys.ALIYUN_REFRESHED_SECURITY_TOKEN;
import static io.polycloud.reliability.support.MadeUpKeys.ALIYUN_SECURITY_TOKEN;
import static io.polycloud.reliability.support.MadeUpKeys.HUAWEI_PROJECT_ID;
import static io.polycloud.reliability.support.MadeUpKeys.IAM_PASSWORD;
import static io.polycloud.reliability.support.MadeUpKeys.IAM_REFRESHED_TOKEN;
import static io.polycloud.reliability.support.MadeUpKeys.IAM_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.credentials.aliyun.EcsRamRoleCredentialsProvider;
import io.polycloud.core.credentials.huawei.IamTokenProvider;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.reliability.support.Await;
import io.polycloud.reliability.support.SecretScan;
import io.polycloud.reliability.support.SeededOperation;
import io.polycloud.reliability.support.ServiceClients;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Temporary credentials near expiry, with 64 threads calling at once: exactly one refresh runs,
 * in the background, while every caller goes on with the still-valid credentials; none of them
 * waits for the refresh, which the credential service holds until all the calls are done.
 */
@ExtendWith(SecretScan.class)
class CredentialRefreshContentionTest {

    private static final int THREADS = 64;
    private static final int CALLS_EACH = 10;
    /** The calls must all finish while the refresh is held; they need a fraction of this. */
    private static final Duration CALLS_FINISH_WITHIN = Duration.ofSeconds(20);
    private static final String ROLE = "reliability-role";
    /** Never contacted: the blocking endpoint is the transport. */
    private static final URI UNUSED_ENDPOINT = URI.create("http://127.0.0.1:9");

    private final FakeTime time = new FakeTime();
    private final Instant firstExpiry = time.now().plus(Duration.ofHours(1));
    private EchoServer server;

    @BeforeEach
    void start() throws Exception {
        server = new EchoServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void ecsRamRoleCredentials_inThePrefetchWindow_areRefreshedOnceInTheBackgroundWhileEveryCallerProceeds()
            throws Exception {
        BlockingCredentialEndpoint metadata = new BlockingCredentialEndpoint(
                r -> r.method().equals("GET") && r.encodedPath().endsWith("/security-credentials/" + ROLE),
                answer(200, "imds-session-token"),
                List.of(ecsCredentials(ALIYUN_ACCESS_KEY_ID, ALIYUN_ACCESS_KEY_SECRET, ALIYUN_SECURITY_TOKEN, firstExpiry),
                        ecsCredentials(ALIYUN_REFRESHED_ACCESS_KEY_ID, ALIYUN_REFRESHED_ACCESS_KEY_SECRET,
                                ALIYUN_REFRESHED_SECURITY_TOKEN, firstExpiry.plus(Duration.ofHours(1)))));
        EcsRamRoleCredentialsProvider provider = EcsRamRoleCredentialsProvider.builder().roleName(ROLE)
                .endpoint(UNUSED_ENDPOINT).httpTransport(metadata).clock(time.clock()).build();
        List<SeededOperation> vpc = List.of(SeededOperation.VPC_DELETE_FAILOVER_TEST_JOB, SeededOperation.VPC_START_FAILOVER_TEST_JOB);
        try (ServiceClients clients = ServiceClients.builder(server.endpoint(), time).aliyunCredentials(provider).build()) {
            vpc.get(0).call(clients, "ftj-first");
            // Ten minutes left: inside the 15-minute prefetch window, outside the 1-minute stale one.
            time.advance(Duration.ofMinutes(50));

            callConcurrently(clients, vpc);

            assertTrue(metadata.awaitRefreshStarted(Duration.ofSeconds(5)), "a background refresh started");
            assertEquals(2, metadata.fetches(), "the first load and one refresh, however many callers");
            assertEquals(1 + THREADS * CALLS_EACH, server.requestsWith(ALIYUN_ACCESS_KEY_ID),
                    "every call went out with the still-valid credentials");
            metadata.release();
            Await.until(Duration.ofSeconds(5), "the refreshed credentials are cached",
                    () -> provider.resolveCredentials().accessKeyId().equals(ALIYUN_REFRESHED_ACCESS_KEY_ID));
            vpc.get(1).call(clients, "ftj-afterrefresh");
            assertEquals(1, server.requestsWith(ALIYUN_REFRESHED_ACCESS_KEY_ID), "later calls use the new credentials");
            assertEquals(2, metadata.fetches());
        } finally {
            metadata.release();
        }
        SecretScan.assertClean("the provider's toString()", provider.toString());
        SecretScan.assertClean("the credentials' toString()", provider.resolveCredentials().toString());
    }

    @Test
    void iamToken_inThePrefetchWindow_isRefreshedOnceInTheBackgroundWhileEveryCallerProceeds() throws Exception {
        BlockingCredentialEndpoint iam = new BlockingCredentialEndpoint(
                r -> r.method().equals("POST") && r.encodedPath().equals("/v3/auth/tokens"),
                answer(404, "{\"error_code\":\"IAM.0001\",\"error_msg\":\"not found\"}"),
                List.of(iamToken(IAM_TOKEN, firstExpiry), iamToken(IAM_REFRESHED_TOKEN, firstExpiry.plus(Duration.ofHours(1)))));
        List<SeededOperation> huawei = List.of(SeededOperation.DRS_DELETE_JOB, SeededOperation.DDS_CANCEL_SCHEDULED_TASK,
                SeededOperation.LAKEFORMATION_DELETE_JOB);
        try (IamTokenProvider tokens = IamTokenProvider.builder().endpoint(UNUSED_ENDPOINT)
                .domainName("reliability-domain").userName("reliability-user").password(IAM_PASSWORD)
                .projectId(HUAWEI_PROJECT_ID).httpTransport(iam).clock(time.clock()).build();
             ServiceClients clients = ServiceClients.builder(server.endpoint(), time).huaweiTokenProvider(tokens).build()) {
            huawei.get(0).call(clients, "job-first");
            // Five minutes left: inside the 10-minute prefetch window, outside the 2-minute stale one.
            time.advance(Duration.ofMinutes(55));

            callConcurrently(clients, huawei);

            assertTrue(iam.awaitRefreshStarted(Duration.ofSeconds(5)), "a background refresh started");
            assertEquals(2, iam.fetches(), "the first token and one refresh, however many callers");
            assertEquals(1 + THREADS * CALLS_EACH, server.requestsWith(IAM_TOKEN), "every call went out with the valid token");
            iam.release();
            Await.until(Duration.ofSeconds(5), "the refreshed token is cached",
                    () -> tokens.resolveToken().value().equals(IAM_REFRESHED_TOKEN));
            huawei.get(1).call(clients, "job-after-refresh");
            assertEquals(1, server.requestsWith(IAM_REFRESHED_TOKEN), "later calls use the new token");
            assertEquals(2, iam.fetches());
            SecretScan.assertClean("the token provider's toString()", tokens.toString());
            SecretScan.assertClean("the token's toString()", tokens.resolveToken().toString());
        } finally {
            iam.release();
        }
    }

    /** Runs {@code THREADS × CALLS_EACH} calls released at once, and fails unless all succeed in time. */
    private static void callConcurrently(ServiceClients clients, List<SeededOperation> operations) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> threads = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(callers.submit(() -> {
                    go.await();
                    for (int i = 0; i < CALLS_EACH; i++) {
                        String jobId = "ftj-c" + thread + "x" + i;
                        String answer = operations.get((thread + i) % operations.size()).call(clients, jobId);
                        assertEquals(jobId, answer);
                    }
                    return null;
                }));
            }
            go.countDown();
            long deadline = System.nanoTime() + CALLS_FINISH_WITHIN.toNanos();
            for (Future<?> f : threads) {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static SdkHttpResponse ecsCredentials(String id, String secret, String token, Instant expiration) {
        return answer(200, "{\"Code\":\"Success\",\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"" + secret
                + "\",\"SecurityToken\":\"" + token + "\",\"Expiration\":\"" + expiration + "\",\"LastUpdated\":\""
                + expiration.minus(Duration.ofHours(6)) + "\"}");
    }

    private static SdkHttpResponse iamToken(String token, Instant expiresAt) {
        return answer(201, "{\"token\":{\"expires_at\":\"" + expiresAt + "\",\"methods\":[\"password\"],\"project\":{\"id\":\""
                + HUAWEI_PROJECT_ID + "\",\"name\":\"cn-north-4\"}}}", "X-Subject-Token", token,
                "Content-Type", "application/json");
    }
}
