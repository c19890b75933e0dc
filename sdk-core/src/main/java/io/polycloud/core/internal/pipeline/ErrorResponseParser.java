package io.polycloud.core.internal.pipeline;

import io.polycloud.core.http.SdkHttpResponse;
import java.util.Optional;

/**
 * Reads an error response of one protocol (Alibaba RPC, Huawei REST) into its parts. Must never
 * throw: whatever the body, return what could be read; the pipeline falls back to the HTTP
 * status for anything missing.
 */
@FunctionalInterface
public interface ErrorResponseParser {

    /**
     * Parses an error response.
     *
     * @param response the non-2xx response, body possibly truncated, empty or not JSON
     * @return the parts found
     */
    ParsedError parse(SdkHttpResponse response);

    /**
     * The request id of any response, success included, from the headers alone; used for logs
     * and metrics without parsing bodies.
     *
     * @param response the response
     * @return the request id, empty if the headers carry none
     */
    default Optional<String> requestIdFromHeaders(SdkHttpResponse response) {
        Optional<String> id = response.header("x-acs-request-id");
        return id.isPresent() ? id : response.header("X-Request-Id");
    }
}
