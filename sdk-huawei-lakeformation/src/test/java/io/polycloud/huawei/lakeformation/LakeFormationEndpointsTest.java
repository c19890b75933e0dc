package io.polycloud.huawei.lakeformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class LakeFormationEndpointsTest {

    @Test
    void forRegion_buildsTheMyhuaweicloudHost() {
        assertEquals(URI.create("https://lakeformation.cn-north-4.myhuaweicloud.com"), LakeFormationEndpoints.forRegion("cn-north-4"));
    }

    @Test
    void forRegion_inEuWest101_usesTheEuropeanDomain() {
        assertEquals(URI.create("https://lakeformation.eu-west-101.myhuaweicloud.eu"), LakeFormationEndpoints.forRegion("eu-west-101"));
    }

    @Test
    void forRegion_withHostCharacters_isRejected() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> LakeFormationEndpoints.forRegion("evil.example/x"));
        assertEquals("region must be lower-case letters, digits and dashes, like cn-north-4", e.getMessage());
    }

    @Test
    void build_withoutRegionOrEndpoint_fails() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> LakeFormationClient.builder().build());
        assertEquals("region is required when no endpointOverride is set", e.getMessage());
    }
}
