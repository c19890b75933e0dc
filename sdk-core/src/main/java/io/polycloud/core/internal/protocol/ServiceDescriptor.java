package io.polycloud.core.internal.protocol;

import io.polycloud.core.exception.ErrorCatalog;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a client builder needs to know about a service, as data: the provider and service names
 * (they appear in every {@link io.polycloud.core.exception.ServiceException} and log line), how a
 * region maps to an endpoint when none is given, the API version Alibaba Cloud RPC sends, and the
 * service's documented error codes.
 *
 * <pre>{@code
 * ServiceDescriptor.huawei("drs", region -> HuaweiEndpoints.of("drs", region), DrsErrorCodes.catalog());
 * ServiceDescriptor.aliyun("vpc", "2016-04-28", VpcEndpoints::forRegion, VpcErrorCodes.catalog());
 * }</pre>
 *
 * @param provider   {@code aliyun} or {@code huawei}
 * @param service    the service name, for example {@code vpc} or {@code drs}
 * @param apiVersion the API version sent with every RPC call; empty for REST services
 * @param endpoints  the region's endpoint, used when the builder has no endpoint override
 * @param errors     the service's documented error codes
 */
public record ServiceDescriptor(String provider, String service, Optional<String> apiVersion,
                                Function<String, URI> endpoints, ErrorCatalog errors) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if one is null
     */
    public ServiceDescriptor {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(errors, "errors");
    }

    /**
     * An Alibaba Cloud RPC service.
     *
     * @param service    for example {@code vpc}
     * @param apiVersion for example {@code 2016-04-28}
     * @param endpoints  the region's endpoint
     * @param errors     the documented error codes
     * @return the descriptor
     */
    public static ServiceDescriptor aliyun(String service, String apiVersion, Function<String, URI> endpoints,
                                           ErrorCatalog errors) {
        return new ServiceDescriptor("aliyun", service, Optional.of(apiVersion), endpoints, errors);
    }

    /**
     * A Huawei Cloud REST service.
     *
     * @param service   for example {@code drs}
     * @param endpoints the region's endpoint
     * @param errors    the documented error codes
     * @return the descriptor
     */
    public static ServiceDescriptor huawei(String service, Function<String, URI> endpoints, ErrorCatalog errors) {
        return new ServiceDescriptor("huawei", service, Optional.empty(), endpoints, errors);
    }
}
