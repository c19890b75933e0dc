package io.polycloud.core.internal.protocol.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTemplateTest {

    @Test
    void of_splitsLiteralRunsAndWholeSegmentParameters() {
        PathTemplate t = PathTemplate.of("/v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}");
        assertEquals(3, t.parameterCount());
        assertEquals("/v1", t.literal(0));
        assertEquals("project_id", t.parameter(0));
        assertEquals("/instances", t.literal(1));
        assertEquals("instance_id", t.parameter(1));
        assertEquals("/lf-jobs", t.literal(2));
        assertEquals("job_id", t.parameter(2));
        assertEquals("", t.literal(3));
    }

    @Test
    void of_withoutParameters_isOneLiteral_andTheSameTemplateIsParsedOnce() {
        PathTemplate t = PathTemplate.of("/v3/auth/tokens");
        assertEquals(0, t.parameterCount());
        assertEquals("/v3/auth/tokens", t.literal(0));
        assertSame(t, PathTemplate.of("/v3/auth/tokens"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v5/{job_id}x", "/v5/{job_id", "/v5/{a}{b}"})
    void of_withAParameterThatIsNotAWholeSegment_isRejected(String template) {
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.of(template));
    }
}
