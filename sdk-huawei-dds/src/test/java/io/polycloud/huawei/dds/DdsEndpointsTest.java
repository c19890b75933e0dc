package io.polycloud.huawei.dds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class DdsEndpointsTest {

    @Test
    void forRegion_buildsTheMyhuaweicloudHost() {
        assertEquals(URI.create("https://dds.cn-north-4.myhuaweicloud.com"), DdsEndpoints.forRegion("cn-north-4"));
    }

    @Test
    void forRegion_inEuWest101_usesTheEuropeanDomain() {
        assertEquals(URI.create("https://dds.eu-west-101.myhuaweicloud.eu"), DdsEndpoints.forRegion("eu-west-101"));
    }

    @Test
    void forRegion_withHostCharacters_isRejected() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> DdsEndpoints.forRegion("evil.example/x"));
        assertEquals("region must be lower-case letters, digits and dashes, like cn-north-4", e.getMessage());
    }

    @Test
    void build_withoutRegionOrEndpoint_fails() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> DdsClient.builder().build());
        assertEquals("region is required when no endpointOverride is set", e.getMessage());
    }
}
