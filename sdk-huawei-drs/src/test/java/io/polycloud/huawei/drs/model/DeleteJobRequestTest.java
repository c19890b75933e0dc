package io.polycloud.huawei.drs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.polycloud.core.exception.SdkClientException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeleteJobRequestTest {

    private static SdkClientException rejected(String jobId) {
        return assertThrows(SdkClientException.class, () -> DeleteJobRequest.builder().jobId(jobId).build());
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
        assertEquals("j".repeat(64), DeleteJobRequest.builder().jobId("j".repeat(64)).build().jobId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"job\r\nX-Injected: 1", "job\u0000", "job\u007f", "job\u0085"})
    void build_withControlCharacterInJobId_isRejected(String jobId) {
        assertTrue(rejected(jobId).getMessage().startsWith("jobId must not contain control characters"));
    }

    @Test
    void accessorsEqualsAndToBuilder_roundTrip() {
        DeleteJobRequest request = DeleteJobRequest.builder().jobId("job-1").xLanguage(Language.ZH_CN).build();
        assertEquals("job-1", request.jobId());
        assertEquals(Optional.of(Language.ZH_CN), request.xLanguage());
        assertEquals(request, request.toBuilder().build());
        assertEquals(request.hashCode(), request.toBuilder().build().hashCode());
        assertNotEquals(request, request.toBuilder().xLanguage(null).build());
        assertEquals(Optional.empty(), request.toBuilder().xLanguage(null).build().xLanguage());
        assertEquals("DeleteJobRequest{jobId=job-1, xLanguage=zh-cn}", request.toString());
    }

    @Test
    void language_fromValue_acceptsOnlyTheDocumentedValues() {
        assertEquals(Language.EN_US, Language.fromValue("en-us"));
        assertEquals(Language.ZH_CN, Language.fromValue("zh-cn"));
        assertEquals("zh-cn", Language.ZH_CN.value());
        assertEquals("xLanguage must be one of en-us, zh-cn",
                assertThrows(SdkClientException.class, () -> Language.fromValue("EN-US")).getMessage());
        assertEquals("xLanguage is required but was null",
                assertThrows(SdkClientException.class, () -> Language.fromValue(null)).getMessage());
    }

    @Test
    void response_builderValidatesAndEquals() {
        DeleteJobResponse response = DeleteJobResponse.builder().requestId("req-1").build();
        assertEquals(Optional.of("req-1"), response.requestId());
        assertEquals(response, DeleteJobResponse.builder().requestId("req-1").build());
        assertEquals(Optional.empty(), DeleteJobResponse.builder().build().requestId());
        assertEquals("DeleteJobResponse{requestId=req-1}", response.toString());
        assertThrows(SdkClientException.class, () -> DeleteJobResponse.builder().requestId(null));
    }
}
