package io.polycloud.core.interceptor;

import java.util.Objects;
import java.util.Optional;

/**
 * Which operation a call is, where it goes, and how it was made. The same instance is passed to
 * every hook of one call.
 *
 * @param provider   {@code aliyun} or {@code huawei}
 * @param service    the service, for example {@code vpc}
 * @param operation  the API operation, for example {@code StartFailoverTestJob}
 * @param region     the client's region, empty when only an endpoint override was given
 * @param serverHost the host requests go to, for example {@code vpc.cn-shanghai.aliyuncs.com}
 * @param serverPort the port requests go to, the scheme's default when the endpoint names none
 * @param async      whether the call was made through an {@code …Async} method
 */
public record CallInfo(String provider, String service, String operation, Optional<String> region,
                       String serverHost, int serverPort, boolean async) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the port is not 1..65535
     */
    public CallInfo {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(serverHost, "serverHost");
        if (serverPort < 1 || serverPort > 65535) {
            throw new IllegalArgumentException("serverPort must be between 1 and 65535, was " + serverPort);
        }
    }
}
