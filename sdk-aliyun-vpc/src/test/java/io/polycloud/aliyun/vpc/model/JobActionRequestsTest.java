package io.polycloud.aliyun.vpc.model;

import static io.polycloud.aliyun.vpc.model.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Start, Stop and Delete take the same three fields under the same rules. */
class JobActionRequestsTest {

    private static final String JOB = "ftj-bp1yh6mvi13aq3g8w";

    /** Builds one of the three requests from (regionId, jobId, clientToken). */
    interface Factory extends Function<String[], Object> {
    }

    static Stream<Factory> factories() {
        return Stream.of(
                f -> StartFailoverTestJobRequest.builder().regionId(f[0]).jobId(f[1]).clientToken(f[2]).build(),
                f -> StopFailoverTestJobRequest.builder().regionId(f[0]).jobId(f[1]).clientToken(f[2]).build(),
                f -> DeleteFailoverTestJobRequest.builder().regionId(f[0]).jobId(f[1]).clientToken(f[2]).build());
    }

    private static Object build(Factory f, String regionId, String jobId, String clientToken) {
        return f.apply(new String[] {regionId, jobId, clientToken});
    }

    @ParameterizedTest
    @MethodSource("factories")
    void build_withBadJobId_isRejectedNamingJobId(Factory f) {
        for (String bad : new String[] {null, "", "   ", "job-1", "ftj-", "FTJ-abc", "ftj-a\r\nX-Evil: 1", "ftj-\u0000",
                "ftj-" + "a".repeat(61), "ftj-a-b", "ftj-ABC"}) {
            assertRejected("jobId", () -> build(f, null, bad, null));
        }
        build(f, null, "ftj-" + "a".repeat(60), null);
    }

    @ParameterizedTest
    @MethodSource("factories")
    void build_withBadRegionId_isRejectedNamingRegionId(Factory f) {
        for (String bad : new String[] {"", "CN-HANGZHOU", "cn_hangzhou", "cn-hangzhou/x", "cn hangzhou", "a".repeat(65)}) {
            assertRejected("regionId", () -> build(f, bad, JOB, null));
        }
    }

    @ParameterizedTest
    @MethodSource("factories")
    void build_withBadClientToken_isRejectedNamingClientToken(Factory f) {
        for (String bad : new String[] {"", " ", "tøken", "令牌", "tok\tx", "tok\u007f", "a".repeat(65)}) {
            assertRejected("clientToken", () -> build(f, null, JOB, bad));
        }
        build(f, null, JOB, "a".repeat(64));
        build(f, null, JOB, "printable ascii ~!@#$%^&*()");
    }

    @Test
    void startRequest_accessorsEqualityAndToBuilder() {
        StartFailoverTestJobRequest r = StartFailoverTestJobRequest.builder().regionId("cn-hangzhou").jobId(JOB)
                .clientToken("tok-1").build();
        assertEquals("cn-hangzhou", r.regionId().orElseThrow());
        assertEquals(JOB, r.jobId());
        assertEquals("tok-1", r.clientToken().orElseThrow());
        assertEquals(r, r.toBuilder().build());
        assertEquals(r.hashCode(), r.toBuilder().build().hashCode());
        assertNotEquals(r, r.toBuilder().clientToken(null).build());
        assertEquals("StartFailoverTestJobRequest{regionId=cn-hangzhou, jobId=" + JOB + ", clientToken=tok-1}", r.toString());
        StartFailoverTestJobRequest minimal = StartFailoverTestJobRequest.builder().jobId(JOB).build();
        assertTrue(minimal.regionId().isEmpty());
        assertTrue(minimal.clientToken().isEmpty());
    }

    @Test
    void stopAndDeleteRequests_roundTripThroughToBuilder() {
        StopFailoverTestJobRequest stop = StopFailoverTestJobRequest.builder().jobId(JOB).clientToken("t").build();
        DeleteFailoverTestJobRequest delete = DeleteFailoverTestJobRequest.builder().regionId("cn-beijing").jobId(JOB).build();
        assertEquals(stop, stop.toBuilder().build());
        assertEquals(delete, delete.toBuilder().build());
        assertEquals("cn-beijing", delete.regionId().orElseThrow());
        assertNotEquals(stop, StopFailoverTestJobRequest.builder().jobId(JOB + "x").clientToken("t").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Start", "Stop", "Delete", "Update"})
    void requestIdOnlyResponses_requireARequestId(String which) {
        Function<String, Object> build = switch (which) {
            case "Start" -> id -> StartFailoverTestJobResponse.builder().requestId(id).build();
            case "Stop" -> id -> StopFailoverTestJobResponse.builder().requestId(id).build();
            case "Delete" -> id -> DeleteFailoverTestJobResponse.builder().requestId(id).build();
            default -> id -> UpdateFailoverTestJobResponse.builder().requestId(id).build();
        };
        assertRejected("requestId", () -> build.apply(null));
        assertRejected("requestId", () -> build.apply(" "));
        assertEquals(build.apply("req-1"), build.apply("req-1"));
        assertNotEquals(build.apply("req-1"), build.apply("req-2"));
        assertTrue(build.apply("req-1").toString().contains("requestId=req-1"));
    }
}
