package io.polycloud.testing;

import io.polycloud.core.http.HttpHeaders;
import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.internal.logging.Redaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One request the emulator received, with what it made of it, for assertions:
 *
 * <pre>{@code
 * RecordedCall call = emulator.lastCall().orElseThrow();
 * assertEquals(EmulatedOperation.DRS_DELETE_JOB, call.operation());
 * assertEquals(AuthOutcome.ACCEPTED, call.authOutcome());
 * assertEquals("/v5/" + projectId + "/jobs/a%2Fb", call.path());
 * }</pre>
 *
 * Immutable. {@link #toString()} redacts credentials (the {@code Authorization},
 * {@code X-Auth-Token} and security token headers, the {@code Signature} and
 * {@code SecurityToken} parameters) and leaves the body out, since an IAM token request carries
 * a password; the accessors return everything as received.
 */
public final class RecordedCall {

    /** How the emulator's authentication check of a request ended. */
    public enum AuthOutcome {
        /** The signature (or IAM token) verified against a registered credential. */
        ACCEPTED,
        /** The request was refused for its signature, key, timestamp, nonce, token or security token. */
        REJECTED,
        /** The operation takes no credentials: the IAM token request. */
        NOT_REQUIRED,
        /** No check ran: an injected fault answered first, or no operation matched the request. */
        NOT_CHECKED
    }

    private final String method;
    private final String path;
    private final List<String> pathSegments;
    private final List<QueryParameter> queryParameters;
    private final HttpHeaders headers;
    private final byte[] body;
    private final EmulatedOperation operation;
    private final Instant receivedAt;
    private final String requestId;
    private final AuthOutcome authOutcome;
    private final String accessKeyId;
    private final int status;
    private final String errorCode;
    private final boolean replayed;
    private final Fault fault;

    RecordedCall(String method, String path, List<String> pathSegments, List<QueryParameter> queryParameters,
                 HttpHeaders headers, byte[] body,
                 EmulatedOperation operation, Instant receivedAt, String requestId, AuthOutcome authOutcome,
                 String accessKeyId, int status,
                 String errorCode, boolean replayed, Fault fault) {
        this.method = method;
        this.path = path;
        this.pathSegments = List.copyOf(pathSegments);
        this.queryParameters = List.copyOf(queryParameters);
        this.headers = headers;
        this.body = body;
        this.operation = operation;
        this.receivedAt = receivedAt;
        this.requestId = requestId;
        this.authOutcome = authOutcome;
        this.accessKeyId = accessKeyId;
        this.status = status;
        this.errorCode = errorCode;
        this.replayed = replayed;
        this.fault = fault;
    }

    /**
     * The HTTP method.
     *
     * @return for example {@code DELETE}
     */
    public String method() {
        return method;
    }

    /**
     * The path exactly as sent, still percent-encoded.
     *
     * @return for example {@code /v5/p/jobs/a%2Fb}
     */
    public String path() {
        return path;
    }

    /**
     * The path's segments, each decoded on its own, so an id holding {@code /} is still one segment.
     *
     * @return for example {@code [v5, p, jobs, a/b]} for {@code /v5/p/jobs/a%2Fb}
     */
    public List<String> pathSegments() {
        return pathSegments;
    }

    /**
     * The query parameters, decoded ({@code +} read as a space), in the order sent.
     *
     * @return the parameters
     */
    public List<QueryParameter> queryParameters() {
        return queryParameters;
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the name, case-sensitive
     * @return the decoded value
     */
    public Optional<String> queryParameter(String name) {
        return queryParameters.stream().filter(p -> p.name().equals(name)).map(QueryParameter::value).findFirst();
    }

    /**
     * The headers as received, names in the case sent.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The body.
     *
     * @return a copy of the bytes, empty if none
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * What the emulator took the request for.
     *
     * @return the operation
     */
    public EmulatedOperation operation() {
        return operation;
    }

    /**
     * When it arrived, by the emulator's clock.
     *
     * @return the time
     */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * The request id the emulator gave the request: the one its answer carries (in the cloud's
     * header and, where the cloud does, in the body), so a test can match a client's result to
     * the request that produced it. A request answered by a reset or a stall had one too.
     *
     * @return for example {@code 8D1F…} (Alibaba Cloud), 32 hex digits (Huawei Cloud), or
     *         {@code req-3} with {@link PolycloudEmulator.Builder#requestIdPrefix(String)}
     */
    public String requestId() {
        return requestId;
    }

    /**
     * How authentication ended.
     *
     * @return the outcome
     */
    public AuthOutcome authOutcome() {
        return authOutcome;
    }

    /**
     * The access key id (or IAM user name) the request presented.
     *
     * @return the id, empty if none could be read or the request took none
     */
    public Optional<String> accessKeyId() {
        return Optional.ofNullable(accessKeyId);
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status; empty when the connection was reset or stalled instead
     */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /**
     * The error code of the answer.
     *
     * @return the code; empty for a success
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * Whether the answer repeated the result of an earlier request with the same
     * {@code ClientToken} instead of acting again.
     *
     * @return true for a replay
     */
    public boolean replayed() {
        return replayed;
    }

    /**
     * The injected fault this request met.
     *
     * @return the fault, empty if none
     */
    public Optional<Fault> fault() {
        return Optional.ofNullable(fault);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RecordedCall{").append(method).append(' ').append(path);
        if (!queryParameters.isEmpty()) {
            sb.append('?').append(Redaction.query(queryParameters));
        }
        sb.append(", operation=").append(operation).append(", requestId=").append(requestId).append(", auth=").append(authOutcome);
        if (accessKeyId != null) {
            sb.append(", accessKeyId=").append(accessKeyId);
        }
        sb.append(", status=").append(status == 0 ? "none" : Integer.toString(status));
        if (errorCode != null) {
            sb.append(", errorCode=").append(errorCode);
        }
        if (replayed) {
            sb.append(", replayed");
        }
        if (fault != null) {
            sb.append(", fault=").append(fault);
        }
        return sb.append(", headers=").append(headers).append(", body=").append(body.length).append(" bytes}").toString();
    }
}
