package io.polycloud.core.internal.protocol.aliyun;

import io.polycloud.core.http.SdkHttpResponse;
import java.util.Optional;

/** Where Alibaba Cloud puts the request id of a response: the {@code x-acs-request-id} header. */
public final class AliyunRequestIds {

    private AliyunRequestIds() {
    }

    /**
     * The request id from the headers, any letter case.
     *
     * @param response any response
     * @return the request id, empty when the header is missing
     */
    public static Optional<String> fromHeaders(SdkHttpResponse response) {
        return response.header("x-acs-request-id");
    }
}
