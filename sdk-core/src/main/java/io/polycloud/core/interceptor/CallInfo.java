package io.polycloud.core.interceptor;

import java.util.Objects;

/**
 * Which operation a call is.
 *
 * @param provider  {@code aliyun} or {@code huawei}
 * @param service   the service, for example {@code vpc}
 * @param operation the API operation, for example {@code StartFailoverTestJob}
 */
public record CallInfo(String provider, String service, String operation) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CallInfo {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
    }
}
