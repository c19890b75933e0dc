package io.polycloud.benchmarks.official.vpc;

import com.aliyun.tea.NameInMap;
import com.aliyun.tea.TeaModel;
import com.aliyun.tea.Validation;
import java.util.Map;

/** The response model of the FailoverTestJob operations, in the generator's shape. */
public class FailoverTestJobResponse extends TeaModel {

    /** The response headers. */
    @NameInMap("headers")
    @Validation(required = true)
    public Map<String, String> headers;

    /** The HTTP status. */
    @NameInMap("statusCode")
    @Validation(required = true)
    public Integer statusCode;

    /** The body. */
    @NameInMap("body")
    @Validation(required = true)
    public Body body;

    /** {@code {"RequestId":…}}. */
    public static class Body extends TeaModel {
        /** The request id. */
        @NameInMap("RequestId")
        public String requestId;
    }
}
