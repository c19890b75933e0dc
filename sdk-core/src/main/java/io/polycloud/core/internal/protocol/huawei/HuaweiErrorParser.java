package io.polycloud.core.internal.protocol.huawei;

import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.http.SdkHttpResponse;
import io.polycloud.core.internal.pipeline.ErrorResponseParser;
import io.polycloud.core.internal.pipeline.ParsedError;
import io.polycloud.core.internal.protocol.ErrorBody;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Huawei Cloud error responses: {@code {"error_code","error_msg"}}, with
 * {@code common_error_code}, {@code solution_msg} and {@code request_id} when present; the
 * nested {@code {"error":{"code","message","error_code","error_msg","title"}}} form (API Gateway
 * and IAM); single-quoted values as in the API reference's own examples. The request id comes
 * from {@code X-Request-Id} (any case), else the body. API Gateway codes get their cloud-wide
 * category ({@code APIG.0308} is throttling), and a 401 saying the signature expired triggers a
 * clock-skew correction.
 */
public final class HuaweiErrorParser implements ErrorResponseParser {

    private static final HuaweiErrorParser INSTANCE = new HuaweiErrorParser();

    private static final Set<String> AUTHENTICATION = Set.of("APIG.0301", "APIG.0303", "APIG.0305", "APIG.0307",
            "APIG.1002", "APIG.1003");
    private static final Set<String> AUTHORIZATION = Set.of("APIG.0302", "APIG.0304", "APIG.0306");

    private HuaweiErrorParser() {
    }

    /**
     * The parser.
     *
     * @return the shared instance
     */
    public static HuaweiErrorParser create() {
        return INSTANCE;
    }

    @Override
    public ParsedError parse(SdkHttpResponse response) {
        ErrorBody body = ErrorBody.of(response.body(), response.bodyTruncated());
        Optional<String> code = body.text("error_code")
                .or(() -> body.text("error", "error_code"))
                .or(() -> body.text("error", "code"))
                .or(() -> body.text("code"));
        Optional<String> message = body.text("error_msg")
                .or(() -> body.text("error", "error_msg"))
                .or(() -> body.text("error", "message"))
                .or(() -> body.text("message"))
                .or(() -> Optional.of(body.describe(response.statusCode(), response.header("Content-Type").orElse(null))));
        Optional<String> requestId = requestIdFromHeaders(response).or(() -> body.text("request_id"));
        boolean clockSkew = response.statusCode() == 401
                && message.map(m -> m.toLowerCase(Locale.ROOT).contains("signature expired")).orElse(false);
        return new ParsedError(code, message, requestId, code.flatMap(HuaweiErrorParser::category), clockSkew);
    }

    @Override
    public Optional<String> requestIdFromHeaders(SdkHttpResponse response) {
        return HuaweiRequestIds.fromHeaders(response);
    }

    private static Optional<ErrorCategory> category(String code) {
        if (code.equals("APIG.0308")) {
            return Optional.of(ErrorCategory.THROTTLING);
        }
        if (AUTHENTICATION.contains(code)) {
            return Optional.of(ErrorCategory.AUTHENTICATION);
        }
        if (AUTHORIZATION.contains(code)) {
            return Optional.of(ErrorCategory.AUTHORIZATION);
        }
        return Optional.empty();
    }
}
