package io.polycloud.huawei.lakeformation;

import io.polycloud.core.protocol.huawei.HuaweiEndpoints;
import java.net.URI;

/**
 * Where LakeFormation is reached: {@code https://lakeformation.<region>.myhuaweicloud.com}
 * ({@code myhuaweicloud.eu} in {@code eu-west-101}).
 * {@link LakeFormationClient.Builder#endpointOverride(URI)} wins over it.
 */
public final class LakeFormationEndpoints {

    /** The endpoint prefix and the service name in errors and logs. */
    static final String SERVICE = "lakeformation";

    private LakeFormationEndpoints() {
    }

    /**
     * The LakeFormation endpoint of a region.
     *
     * @param region for example {@code cn-north-4}
     * @return the endpoint, for example {@code https://lakeformation.cn-north-4.myhuaweicloud.com}
     * @throws io.polycloud.core.exception.SdkClientException if the region is null, blank or malformed
     */
    public static URI forRegion(String region) {
        return HuaweiEndpoints.of(SERVICE, region);
    }
}
