package io.polycloud.huawei.drs;

import io.polycloud.core.protocol.huawei.HuaweiEndpoints;
import java.net.URI;

/**
 * Where DRS is reached: {@code https://drs.<region>.myhuaweicloud.com} ({@code myhuaweicloud.eu}
 * in {@code eu-west-101}). {@link DrsClient.Builder#endpointOverride(URI)} wins over it.
 */
public final class DrsEndpoints {

    /** The endpoint prefix and the service name in errors and logs. */
    static final String SERVICE = "drs";

    private DrsEndpoints() {
    }

    /**
     * The DRS endpoint of a region.
     *
     * @param region for example {@code cn-north-4}
     * @return the endpoint, for example {@code https://drs.cn-north-4.myhuaweicloud.com}
     * @throws io.polycloud.core.exception.SdkClientException if the region is null, blank or malformed
     */
    public static URI forRegion(String region) {
        return HuaweiEndpoints.of(SERVICE, region);
    }
}
