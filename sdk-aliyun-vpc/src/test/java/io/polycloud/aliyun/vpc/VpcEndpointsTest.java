package io.polycloud.aliyun.vpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.polycloud.core.exception.SdkClientException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VpcEndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"cn-hangzhou", "cn-qingdao", "cn-beijing", "cn-shanghai", "cn-shenzhen", "cn-hongkong",
            "ap-southeast-1", "us-east-1", "us-west-1", "cn-shanghai-finance-1", "cn-shenzhen-finance-1", "cn-north-2-gov-1"})
    void forRegion_inTheCentralTable_isVpcAliyuncsCom(String region) {
        assertEquals(URI.create("https://vpc.aliyuncs.com"), VpcEndpoints.forRegion(region));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn-zhangjiakou", "eu-central-1", "ap-northeast-1", "me-east-1"})
    void forRegion_elsewhere_isTheRegionalHost(String region) {
        assertEquals(URI.create("https://vpc." + region + ".aliyuncs.com"), VpcEndpoints.forRegion(region));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "CN-HANGZHOU", "cn_hangzhou", "evil.com/x", "cn-hangzhou\n", "-cn", "cn-"})
    void forRegion_malformed_isRejected(String region) {
        assertThrows(SdkClientException.class, () -> VpcEndpoints.forRegion(region));
    }

    @Test
    void forRegion_null_isRejectedNamingTheField() {
        assertEquals("region is required but was null",
                assertThrows(SdkClientException.class, () -> VpcEndpoints.forRegion(null)).getMessage());
    }

    @Test
    void builder_withoutRegionOrEndpoint_failsToBuild() {
        assertThrows(SdkClientException.class, () -> VpcClient.builder().build());
    }
}
