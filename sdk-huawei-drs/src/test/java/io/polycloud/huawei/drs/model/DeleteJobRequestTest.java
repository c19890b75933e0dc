package io.polycloud.huawei.drs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeleteJobRequestTest {

    private static SdkClientException rejected(String jobId) {
        return assertThrows(SdkClientException.class, () -> DeleteJobRequest.builder().jobId(jobId).build());
    }




    @Test
    void build_withJobIdOverTheLimit_isRejected() {
        assertEquals("jobId must be at most 64 characters, was 65", rejected("j".repeat(65)).getMessage());
        assertEquals("j".repeat(64), DeleteJobRequest.builder().jobId("j".repeat(64)).build().jobId());
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

}
