package io.polycloud.huawei.dds.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import org.junit.jupiter.api.Test;

class CancelScheduledTaskRequestTest {

    private static SdkClientException rejected(String jobId) {
        return assertThrows(SdkClientException.class, () -> CancelScheduledTaskRequest.builder().jobId(jobId).build());
    }




    @Test
    void build_withJobIdOverTheLimit_isRejected() {
        assertEquals("jobId must be at most 64 characters, was 65", rejected("j".repeat(65)).getMessage());
        assertEquals("j".repeat(64), CancelScheduledTaskRequest.builder().jobId("j".repeat(64)).build().jobId());
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

}
