package io.polycloud.aliyun.vpc;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where VPC is reached. The regions the official SDK's endpoint table maps to the central
 * endpoint use {@code https://vpc.aliyuncs.com}; every other region uses
 * {@code https://vpc.<region>.aliyuncs.com}. {@link VpcClient.Builder#endpointOverride(URI)} wins
 * over both.
 */
public final class VpcEndpoints {

    /** The service name in errors, logs and metrics. */
    static final String SERVICE = "vpc";
    /** The API version every call sends in {@code x-acs-version}. */
    static final String API_VERSION = "2016-04-28";

    private static final URI CENTRAL = URI.create("https://vpc.aliyuncs.com");
    // The public regions of the official SDK's VPC endpoint table (vpc20160428 Client) that map to vpc.aliyuncs.com.
    private static final Set<String> CENTRAL_REGIONS = Set.of("cn-hangzhou", "cn-qingdao", "cn-beijing", "cn-shanghai",
            "cn-shenzhen", "cn-hongkong", "ap-southeast-1", "us-east-1", "us-west-1", "cn-shanghai-finance-1",
            "cn-shenzhen-finance-1", "cn-north-2-gov-1");
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private VpcEndpoints() {
    }

    /**
     * The VPC endpoint of a region.
     *
     * @param region for example {@code cn-hangzhou} or {@code eu-central-1}
     * @return {@code https://vpc.aliyuncs.com} for {@code cn-hangzhou} and the other central regions,
     *         else for example {@code https://vpc.eu-central-1.aliyuncs.com}
     * @throws SdkClientException if the region is null, blank or not lower-case letters, digits and dashes
     */
    public static URI forRegion(String region) {
        Validate.text(region, "region", 64);
        if (!REGION.matcher(region).matches()) {
            throw new SdkClientException("region must be lower-case letters, digits and dashes, like cn-hangzhou");
        }
        return CENTRAL_REGIONS.contains(region) ? CENTRAL : URI.create("https://vpc." + region + ".aliyuncs.com");
    }
}
