package io.polycloud.core.protocol.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class HuaweiEndpointsTest {

    @Test
    void of_buildsServiceRegionHostUnderMyhuaweicloudCom() {
        assertEquals(URI.create("https://dds.ap-southeast-1.myhuaweicloud.com"), HuaweiEndpoints.of("dds", "ap-southeast-1"));
    }

    @Test
    void of_inEuWest101_usesMyhuaweicloudEu() {
        assertEquals(URI.create("https://lakeformation.eu-west-101.myhuaweicloud.eu"),
                HuaweiEndpoints.of("lakeformation", "eu-west-101"));
    }

    @Test
    void of_withSomethingThatIsNotAName_isRejectedNamingTheField() {
        assertEquals("region must be lower-case letters, digits and dashes, like cn-north-4",
                assertThrows(SdkClientException.class, () -> HuaweiEndpoints.of("drs", "cn-north-4.evil.example")).getMessage());
        assertEquals("service must be lower-case letters, digits and dashes, like cn-north-4",
                assertThrows(SdkClientException.class, () -> HuaweiEndpoints.of("DRS", "cn-north-4")).getMessage());
        assertEquals("region is required but was null",
                assertThrows(SdkClientException.class, () -> HuaweiEndpoints.of("drs", null)).getMessage());
    }
}
