package io.polycloud.huawei.lakeformation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeleteJobRequestTest {

    private static final String INSTANCE = "2180518f-42b8-4947-b20b-adfc53981a25";
    private static final String JOB = "0c4f1b2e-8a4d-4d6f-9e1a-5b7c3d2e1f00";

    private static SdkClientException rejected(String instanceId, String jobId) {
        return assertThrows(SdkClientException.class,
                () -> DeleteJobRequest.builder().instanceId(instanceId).jobId(jobId).build());
    }

    @Test
    void build_withoutIds_namesTheField() {
        assertEquals("instanceId is required but was null", rejected(null, JOB).getMessage());
        assertEquals("jobId is required but was null", rejected(INSTANCE, null).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void build_withBlankIds_isRejected(String id) {
        assertTrue(rejected(id, JOB).getMessage().startsWith("instanceId must not be blank"));
        assertTrue(rejected(INSTANCE, id).getMessage().startsWith("jobId must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void build_withDotSegmentIds_isRejected(String id) {
        assertEquals("instanceId must not be '.' or '..': a URL path cannot carry it as one segment",
                rejected(id, JOB).getMessage());
        assertEquals("jobId must not be '.' or '..': a URL path cannot carry it as one segment",
                rejected(INSTANCE, id).getMessage());
    }

    @Test
    void build_withIdsOverTheLimits_isRejected() {
        assertEquals("instanceId must be at most 64 characters, was 65", rejected("i".repeat(65), JOB).getMessage());
        assertEquals("jobId must be at most 36 characters, was 37", rejected(INSTANCE, "j".repeat(37)).getMessage());
        DeleteJobRequest longest = DeleteJobRequest.builder().instanceId("i".repeat(64)).jobId("j".repeat(36)).build();
        assertEquals("j".repeat(36), longest.jobId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id\r\nX-Injected: 1", "id\u0000", "id\u007f", "id\u0085"})
    void build_withControlCharacterInIds_isRejected(String id) {
        assertTrue(rejected(id, JOB).getMessage().startsWith("instanceId must not contain control characters"));
        assertTrue(rejected(INSTANCE, id).getMessage().startsWith("jobId must not contain control characters"));
    }

    @Test
    void accessorsEqualsAndToBuilder_roundTrip() {
        DeleteJobRequest request = DeleteJobRequest.builder().instanceId(INSTANCE).jobId(JOB).build();
        assertEquals(INSTANCE, request.instanceId());
        assertEquals(JOB, request.jobId());
        assertEquals(request, request.toBuilder().build());
        assertEquals(request.hashCode(), request.toBuilder().build().hashCode());
        assertNotEquals(request, request.toBuilder().jobId("other").build());
        assertEquals("DeleteJobRequest{instanceId=" + INSTANCE + ", jobId=" + JOB + "}", request.toString());
    }

}
