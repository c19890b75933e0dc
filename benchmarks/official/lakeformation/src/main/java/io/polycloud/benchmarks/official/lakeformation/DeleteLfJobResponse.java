package io.polycloud.benchmarks.official.lakeformation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.huaweicloud.sdk.core.SdkResponse;

/** The response model of LakeFormation {@code DeleteJob}: the request id from {@code X-request-id}. */
public class DeleteLfJobResponse extends SdkResponse {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty(value = "X-request-id")
    private String xRequestId;

    /**
     * @return the request id
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty(value = "X-request-id")
    public String getXRequestId() {
        return xRequestId;
    }

    /**
     * @param xRequestId the request id
     */
    public void setXRequestId(String xRequestId) {
        this.xRequestId = xRequestId;
    }
}
