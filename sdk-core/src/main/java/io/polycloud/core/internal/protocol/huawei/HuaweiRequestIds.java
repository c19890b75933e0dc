package io.polycloud.core.internal.protocol.huawei;

import io.polycloud.core.http.SdkHttpResponse;
import java.util.Optional;

/**
 * Where Huawei Cloud puts the request id of a response: the {@code X-Request-Id} header, in any
 * letter case (LakeFormation spells it {@code X-request-id}).
 */
public final class HuaweiRequestIds {

    private HuaweiRequestIds() {
    }

    /**
     * The request id from the headers.
     *
     * @param response any response
     * @return the request id, empty when the header is missing
     */
    public static Optional<String> fromHeaders(SdkHttpResponse response) {
        return response.header("X-Request-Id");
    }
}
