package io.polycloud.opentelemetry;

import static io.polycloud.opentelemetry.TelemetryAttributes.CLOUD_PROVIDER;
import static io.polycloud.opentelemetry.TelemetryAttributes.CLOUD_REGION;
import static io.polycloud.opentelemetry.TelemetryAttributes.OUTCOME;
import static io.polycloud.opentelemetry.TelemetryAttributes.RPC_METHOD;
import static io.polycloud.opentelemetry.TelemetryAttributes.RPC_SERVICE;
import static io.polycloud.opentelemetry.TelemetryAttributes.RPC_SYSTEM;
import static io.polycloud.opentelemetry.TelemetryAttributes.SERVER_ADDRESS;
import static io.polycloud.opentelemetry.TelemetryAttributes.SERVER_PORT;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.polycloud.core.interceptor.CallInfo;

/**
 * Everything about a call's telemetry that depends only on which operation it is and where it
 * goes: the span's name and starting attributes, and the metrics' attribute sets, one per
 * {@link CallOutcomeCategory}. Computed once per distinct {@link CallInfo}, so a call only looks
 * them up.
 */
final class OperationAttributes {

    private final String spanName;
    private final Attributes spanStart;
    private final Attributes metric;
    private final Attributes[] byOutcome;

    OperationAttributes(CallInfo call) {
        spanName = call.service() + "." + call.operation();
        metric = Attributes.of(CLOUD_PROVIDER, cloudProvider(call.provider()),
                RPC_SERVICE, call.service(), RPC_METHOD, call.operation());
        AttributesBuilder start = metric.toBuilder()
                .put(RPC_SYSTEM, rpcSystem(call.provider()))
                .put(SERVER_ADDRESS, call.serverHost())
                .put(SERVER_PORT, call.serverPort());
        call.region().ifPresent(region -> start.put(CLOUD_REGION, region));
        spanStart = start.build();
        CallOutcomeCategory[] outcomes = CallOutcomeCategory.values();
        byOutcome = new Attributes[outcomes.length];
        for (CallOutcomeCategory outcome : outcomes) {
            byOutcome[outcome.ordinal()] = metric.toBuilder().put(OUTCOME, outcome.value()).build();
        }
    }

    /** {@code {service}.{Operation}}, for example {@code drs.DeleteJob}. */
    String spanName() {
        return spanName;
    }

    /** The attributes a span starts with, which samplers see. */
    Attributes spanStart() {
        return spanStart;
    }

    /** Provider, service and operation: the attributes of the per-attempt and in-flight metrics. */
    Attributes metric() {
        return metric;
    }

    /** {@link #metric()} plus {@code polycloud.outcome}: the attributes of the per-call metrics. */
    Attributes metric(CallOutcomeCategory outcome) {
        return byOutcome[outcome.ordinal()];
    }

    /** The semantic conventions' {@code cloud.provider}; Huawei Cloud is not listed there yet, so its value is ours. */
    private static String cloudProvider(String provider) {
        return switch (provider) {
            case "aliyun" -> "alibaba_cloud";
            case "huawei" -> "huawei_cloud";
            default -> provider;
        };
    }

    /** Each provider speaks one protocol today: Alibaba Cloud's RPC style, Huawei Cloud's REST. */
    private static String rpcSystem(String provider) {
        return switch (provider) {
            case "aliyun" -> "alibaba_cloud_rpc";
            case "huawei" -> "huawei_cloud_rest";
            default -> provider;
        };
    }
}
