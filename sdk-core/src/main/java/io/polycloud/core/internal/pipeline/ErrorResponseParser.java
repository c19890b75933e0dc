package io.polycloud.core.internal.pipeline;

import io.polycloud.core.http.SdkHttpResponse;
import java.util.Optional;

/**
 * Reads the responses of one protocol (Alibaba RPC, Huawei REST): the parts of an error body, and
 * the request id in the headers of any response. Each protocol knows its own header names and
 * error codes; the pipeline knows none. Must never throw: whatever the body, return what could be
 * read; the {@link ErrorMapper} falls back to the HTTP status for anything missing.
 */
public interface ErrorResponseParser {

    /**
     * Parses an error response. Codes that mean throttling get {@code ErrorCategory.THROTTLING},
     * which is what the retry rules look at.
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
    Optional<String> requestIdFromHeaders(SdkHttpResponse response);
}
