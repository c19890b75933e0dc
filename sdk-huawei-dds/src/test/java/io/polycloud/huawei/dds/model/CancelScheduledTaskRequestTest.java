package io.polycloud.huawei.dds.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CancelScheduledTaskRequestTest {

    private static SdkClientException rejected(String jobId) {
        return assertThrows(SdkClientException.class, () -> CancelScheduledTaskRequest.builder().jobId(jobId).build());
    }

    @Test
    void build_withoutJobId_namesTheField() {
        assertEquals("jobId is required but was null", rejected(null).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void build_withBlankJobId_isRejected(String jobId) {
        assertTrue(rejected(jobId).getMessage().startsWith("jobId must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void build_withDotSegmentJobId_isRejected(String jobId) {
        assertEquals("jobId must not be '.' or '..': a URL path cannot carry it as one segment", rejected(jobId).getMessage());
    }

    @Test
    void build_withJobIdOverTheLimit_isRejected() {
        assertEquals("jobId must be at most 64 characters, was 65", rejected("j".repeat(65)).getMessage());
        assertEquals("j".repeat(64), CancelScheduledTaskRequest.builder().jobId("j".repeat(64)).build().jobId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"job\r\nX-Injected: 1", "job\u0000", "job\u007f", "job\u0085"})
    void build_withControlCharacterInJobId_isRejected(String jobId) {
        assertTrue(rejected(jobId).getMessage().startsWith("jobId must not contain control characters"));
    }

    @Test
    void accessorsEqualsAndToBuilder_roundTrip() {
        CancelScheduledTaskRequest request = CancelScheduledTaskRequest.builder().jobId("task-1").build();
        assertEquals("task-1", request.jobId());
        assertEquals(request, request.toBuilder().build());
        assertEquals(request.hashCode(), request.toBuilder().build().hashCode());
        assertNotEquals(request, request.toBuilder().jobId("task-2").build());
        assertEquals("CancelScheduledTaskRequest{jobId=task-1}", request.toString());
    }

    @Test
    void response_builderValidatesAndEquals() {
        CancelScheduledTaskResponse response = CancelScheduledTaskResponse.builder().requestId("req-1").build();
        assertEquals(Optional.of("req-1"), response.requestId());
        assertEquals(response, CancelScheduledTaskResponse.builder().requestId("req-1").build());
        assertEquals(Optional.empty(), CancelScheduledTaskResponse.builder().build().requestId());
        assertEquals("CancelScheduledTaskResponse{requestId=req-1}", response.toString());
        assertThrows(SdkClientException.class, () -> CancelScheduledTaskResponse.builder().requestId(null));
    }
}
