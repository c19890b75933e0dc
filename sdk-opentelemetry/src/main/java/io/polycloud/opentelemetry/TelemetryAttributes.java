package io.polycloud.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys this module emits, listed with their meaning on {@link PolycloudTelemetry}.
 * OpenTelemetry's semantic conventions where one fits ({@code cloud.*}, {@code rpc.*},
 * {@code server.*}, {@code http.response.status_code}, {@code error.type}); {@code polycloud.*}
 * for what they do not cover.
 */
final class TelemetryAttributes {

    static final AttributeKey<String> CLOUD_PROVIDER = AttributeKey.stringKey("cloud.provider");
    static final AttributeKey<String> CLOUD_REGION = AttributeKey.stringKey("cloud.region");
    static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("polycloud.request_id");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("polycloud.attempts");
    static final AttributeKey<Long> THROTTLED_ATTEMPTS = AttributeKey.longKey("polycloud.throttled_attempts");
    static final AttributeKey<Boolean> RETRY_BUDGET_EXHAUSTED = AttributeKey.booleanKey("polycloud.retry_budget_exhausted");
    static final AttributeKey<String> ERROR_CATEGORY = AttributeKey.stringKey("polycloud.error.category");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("polycloud.outcome");

    /** The name of the event each attempt adds to its call's span. */
    static final String ATTEMPT_EVENT = "polycloud.attempt";
    static final AttributeKey<Long> ATTEMPT_NUMBER = AttributeKey.longKey("polycloud.attempt.number");
    static final AttributeKey<Boolean> ATTEMPT_THROTTLED = AttributeKey.booleanKey("polycloud.attempt.throttled");
    static final AttributeKey<Double> ATTEMPT_DURATION_MS = AttributeKey.doubleKey("polycloud.attempt.duration_ms");
    static final AttributeKey<Long> RETRY_BACKOFF_MS = AttributeKey.longKey("polycloud.retry.backoff_ms");

    // The jobs layer's batches (BatchSpans).
    static final AttributeKey<Long> BATCH_REFS = AttributeKey.longKey("polycloud.batch.refs");
    static final AttributeKey<Long> BATCH_DISTINCT_REFS = AttributeKey.longKey("polycloud.batch.distinct_refs");
    static final AttributeKey<Long> BATCH_MAX_CONCURRENCY = AttributeKey.longKey("polycloud.batch.max_concurrency");
    static final AttributeKey<Boolean> BATCH_DRY_RUN = AttributeKey.booleanKey("polycloud.batch.dry_run");
    /** Followed by a {@code DeleteOutcome} in lower case: how many refs of the batch ended so. */
    static final String BATCH_OUTCOME_PREFIX = "polycloud.batch.outcome.";
    static final AttributeKey<String> JOB_KIND = AttributeKey.stringKey("polycloud.job.kind");
    static final AttributeKey<String> DELETE_OUTCOME = AttributeKey.stringKey("polycloud.delete.outcome");

    private TelemetryAttributes() {
    }
}
