package io.polycloud.core.protocol.huawei;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The public endpoint of a Huawei Cloud service in a region:
 * {@code https://<service>.<region>.myhuaweicloud.com}, except in the European sovereign region
 * {@code eu-west-101}, whose endpoints live under {@code myhuaweicloud.eu} (as the official
 * SDK's region tables list them, for example {@code https://drs.eu-west-101.myhuaweicloud.eu}).
 *
 * <pre>{@code
 * HuaweiEndpoints.of("drs", "cn-north-4");   // https://drs.cn-north-4.myhuaweicloud.com
 * }</pre>
 */
public final class HuaweiEndpoints {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private HuaweiEndpoints() {
    }

    /**
     * The endpoint of a service in a region.
     *
     * @param service the endpoint prefix, for example {@code drs}
     * @param region  the region id, for example {@code cn-north-4}
     * @return the {@code https} endpoint
     * @throws SdkClientException if either is null, blank or not lower-case letters, digits and dashes
     */
    public static URI of(String service, String region) {
        return URI.create("https://" + name(service, "service") + "." + name(region, "region") + "."
                + (region.equals("eu-west-101") ? "myhuaweicloud.eu" : "myhuaweicloud.com"));
    }

    /**
     * Checks a region name.
     *
     * @param region for example {@code cn-north-4}
     * @return the region
     * @throws SdkClientException if it is null, blank or not lower-case letters, digits and dashes
     */
    public static String region(String region) {
        return name(region, "region");
    }

    private static String name(String value, String field) {
        Validate.text(value, field, 64);
        if (!NAME.matcher(value).matches()) {
            throw new SdkClientException(field + " must be lower-case letters, digits and dashes, like cn-north-4");
        }
        return value;
    }
}
