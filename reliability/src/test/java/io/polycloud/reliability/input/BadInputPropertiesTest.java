package io.polycloud.reliability.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.retry.RetryPolicy;
import io.polycloud.core.testsupport.CapturedLogs;
import io.polycloud.core.testsupport.FakeTime;
import io.polycloud.reliability.support.LoopbackServerSockets;
import io.polycloud.reliability.support.SecretScan;
import io.polycloud.reliability.support.ServiceClients;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Hostile ids and values in every caller-supplied field of the seeded operations. Each value is
 * either rejected before a byte is sent (an {@link SdkClientException} naming the field, zero
 * attempts, nothing received) or arrives as exactly that value, in exactly one query parameter
 * (Alibaba) or path segment (Huawei), under a signature that verifies. Which of the two happens
 * must match the field's documented rules ({@link InputField#accepts}).
 */
class BadInputPropertiesTest {

    private static final int TRIES = 200;

    private static MockWebServer server;
    private static ServiceClients clients;

    @BeforeContainer
    static void start() throws Exception {
        server = new MockWebServer();
        server.setServerSocketFactory(LoopbackServerSockets.fast());
        server.setDispatcher(new SuccessForEveryOperation());
        server.start();
        clients = ServiceClients.builder(URI.create("http://127.0.0.1:" + server.getPort()), new FakeTime())
                .retryPolicy(RetryPolicy.none()).build();
    }

    @AfterContainer
    static void stop() {
        clients.close();
        server.close();
    }

    @BeforeProperty
    void clearLogs() {
        CapturedLogs.clear();
    }

    @AfterProperty
    void scanLogs() {
        SecretScan.assertLogsClean();
    }

    @Property(tries = TRIES)
    void vpcJobId_isRejectedOrArrivesAsOneParameter(@ForAll("vpcJobIds") String value) throws Exception {
        check(InputField.VPC_JOB_ID, value);
    }

    @Property(tries = TRIES)
    void vpcClientToken_isRejectedOrArrivesAsOneParameter(@ForAll("plain") String value) throws Exception {
        check(InputField.VPC_CLIENT_TOKEN, value);
    }

    @Property(tries = TRIES)
    void vpcRegionId_isRejectedOrArrivesAsOneParameter(@ForAll("regionIds") String value) throws Exception {
        check(InputField.VPC_REGION_ID, value);
    }

    @Property(tries = TRIES)
    void drsJobId_isRejectedOrArrivesAsOnePathSegment(@ForAll("plain") String value) throws Exception {
        check(InputField.DRS_JOB_ID, value);
    }

    @Property(tries = TRIES)
    void ddsJobId_isRejectedOrArrivesAsOnePathSegment(@ForAll("plain") String value) throws Exception {
        check(InputField.DDS_JOB_ID, value);
    }

    @Property(tries = TRIES)
    void lakeFormationInstanceId_isRejectedOrArrivesAsOnePathSegment(@ForAll("plain") String value) throws Exception {
        check(InputField.LAKEFORMATION_INSTANCE_ID, value);
    }

    @Property(tries = TRIES)
    void lakeFormationJobId_isRejectedOrArrivesAsOnePathSegment(@ForAll("plain") String value) throws Exception {
        check(InputField.LAKEFORMATION_JOB_ID, value);
    }

    @Provide
    Arbitrary<String> plain() {
        return HostileStrings.values("");
    }

    @Provide
    Arbitrary<String> vpcJobIds() {
        return HostileStrings.values(InputField.VPC_JOB_ID.prefix());
    }

    @Provide
    Arbitrary<String> regionIds() {
        return HostileStrings.values(InputField.VPC_REGION_ID.prefix());
    }

    private static void check(InputField field, String value) throws InterruptedException {
        // A failed try (or shrinking) may have left requests behind; start from an empty log.
        while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
            continue;
        }
        int before = server.getRequestCount();
        SdkClientException rejected = null;
        try {
            field.send(clients, value);
        } catch (SdkClientException e) {
            rejected = e;
        }
        if (rejected != null) {
            SecretScan.assertClean(rejected);
            assertSame(SdkClientException.class, rejected.getClass(), rejected.toString());
            assertFalse(field.accepts(value), "rejected " + escaped(value) + ", which the rules accept: " + rejected.getMessage());
            assertTrue(rejected.getMessage().contains(field.fieldName()), "the message names the field: " + rejected.getMessage());
            assertEquals(0, rejected.attempts());
            assertEquals(before, server.getRequestCount(), "a rejected value sends nothing");
            return;
        }
        assertTrue(field.accepts(value), "sent " + escaped(value) + ", which the rules reject");
        RecordedRequest received = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(received, "the server received the request");
        assertEquals(before + 1, server.getRequestCount(), "one request per call");
        String arrived = field.received(received);
        assertTrue(field.arrivedAs(value, arrived), escaped(value) + " arrived as " + escaped(arrived));
        field.assertSigned(received);
    }

    /** The value in Java escapes, shortened: test output must survive CR, NUL and lone surrogates. */
    private static String escaped(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        value.chars().limit(80).forEach(c -> sb.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.append(value.length() > 80 ? "\"… (" + value.length() + " chars)" : "\"").toString();
    }

    /** Answers each operation's request with its documented success. */
    private static final class SuccessForEveryOperation extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            MockResponse.Builder ok = new MockResponse.Builder().addHeader("X-Request-Id", "req-property");
            if (request.getMethod().equals("POST")) {
                return ok.code(200).body("{\"RequestId\":\"req-property\"}").build();
            }
            return request.getTarget().startsWith("/v3/") ? ok.code(204).build() : ok.code(200).body("{}").build();
        }
    }
}
