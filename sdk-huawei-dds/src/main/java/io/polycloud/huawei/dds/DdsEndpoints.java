package io.polycloud.huawei.dds;

import io.polycloud.core.protocol.huawei.HuaweiEndpoints;
import java.net.URI;

/**
 * Where DDS is reached: {@code https://dds.<region>.myhuaweicloud.com} ({@code myhuaweicloud.eu}
 * in {@code eu-west-101}). {@link DdsClient.Builder#endpointOverride(URI)} wins over it.
 */
public final class DdsEndpoints {

    /** The endpoint prefix and the service name in errors and logs. */
    static final String SERVICE = "dds";

    private DdsEndpoints() {
    }

    /**
     * The DDS endpoint of a region.
     *
     * @param region for example {@code cn-north-4}
     * @return the endpoint, for example {@code https://dds.cn-north-4.myhuaweicloud.com}
     * @throws io.polycloud.core.exception.SdkClientException if the region is null, blank or malformed
     */
    public static URI forRegion(String region) {
        return HuaweiEndpoints.of(SERVICE, region);
    }
}
