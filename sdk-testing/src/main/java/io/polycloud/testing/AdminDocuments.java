package io.polycloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.internal.logging.Redaction;
import io.polycloud.testing.internal.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON documents of the admin API and of seed files, both ways: reading jobs and faults into
 * the emulator's Java controls, writing its state out. Field names follow the Java API
 * ({@code jobId}, {@code regionId}, {@code status}…). For documents written before statuses were
 * the services' own, DRS and LakeFormation jobs also take {@code "state": "RUNNING"|"STOPPED"}.
 */
final class AdminDocuments {

    private AdminDocuments() {
    }

    /**
     * Applies a seed document: {@code {"vpc":{"jobs":[…],"physicalConnections":[…]},
     * "drs":{"jobs":[…]},"dds":{"scheduledTasks":[…]},"lakeFormation":{"jobs":[…]}}}, every part
     * optional.
     *
     * @param seed  the document
     * @param state the emulator
     * @return how many resources were put in place
     * @throws SdkClientException if a part is malformed (the parts before it stay applied)
     */
    static int seed(JsonNode seed, EmulatorState state) {
        requireObject(seed, "seed");
        int count = 0;
        for (JsonNode c : array(seed.path("vpc"), "physicalConnections")) {
            physicalConnection(c, state);
            count++;
        }
        for (JsonNode job : array(seed.path("vpc"), "jobs")) {
            vpcJob(job, state);
            count++;
        }
        for (JsonNode job : array(seed.path("drs"), "jobs")) {
            drsJob(job, state);
            count++;
        }
        for (JsonNode task : array(seed.path("dds"), "scheduledTasks")) {
            ddsTask(task, state);
            count++;
        }
        for (JsonNode job : array(seed.path("lakeFormation"), "jobs")) {
            lakeFormationJob(job, state);
            count++;
        }
        return count;
    }

    static EmulatedVpc.Job vpcJob(JsonNode job, EmulatorState state) {
        requireObject(job, "vpc job");
        EmulatedVpc.JobDraft draft = state.vpc.newJob(text(job, "regionId"));
        optional(job, "jobId").ifPresent(draft::jobId);
        optional(job, "status").map(AdminDocuments::vpcStatus).ifPresent(draft::status);
        optional(job, "jobType").ifPresent(draft::jobType);
        optional(job, "name").ifPresent(draft::name);
        optional(job, "description").ifPresent(draft::description);
        if (job.has("jobDuration")) {
            draft.jobDuration(job.path("jobDuration").asInt(-1));
        }
        if (job.has("resourceIds")) {
            List<String> ids = new ArrayList<>();
            array(job, "resourceIds").forEach(id -> ids.add(id.asText()));
            draft.resourceIds(ids.toArray(String[]::new));
        }
        return draft.create();
    }

    /** A VPC job status as the API spells it ({@code Testing}) or as the enum names it ({@code TESTING}). */
    static FailoverTestJobStatus vpcStatus(String value) {
        for (FailoverTestJobStatus s : FailoverTestJobStatus.values()) {
            if (s != FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION && (value.equals(s.value()) || value.equals(s.name()))) {
                return s;
            }
        }
        throw new SdkClientException("status must be one of Init, Starting, Testing, Stopping, Stopped");
    }

    static void physicalConnection(JsonNode c, EmulatorState state) {
        requireObject(c, "physical connection");
        state.vpc.physicalConnection(text(c, "regionId"), text(c, "resourceId"),
                enumValue(EmulatedVpc.PhysicalConnectionCondition.class, text(c, "condition"), "condition"));
    }

    static EmulatedDrs.Job drsJob(JsonNode job, EmulatorState state) {
        requireObject(job, "drs job");
        return state.drs.putJob(project(job, state), text(job, "jobId"), status(job, EmulatedDrs.RUNNING, EmulatedDrs.STOPPED));
    }

    static EmulatedDds.ScheduledTask ddsTask(JsonNode task, EmulatorState state) {
        requireObject(task, "dds scheduled task");
        EmulatedDds.TaskDraft draft = state.dds.newScheduledTask(text(task, "jobId")).projectId(project(task, state));
        optional(task, "jobStatus").ifPresent(draft::status);
        optional(task, "jobName").ifPresent(draft::jobName);
        optional(task, "instanceId").ifPresent(draft::instanceId);
        return draft.put();
    }

    static EmulatedLakeFormation.Job lakeFormationJob(JsonNode job, EmulatorState state) {
        requireObject(job, "lakeFormation job");
        return state.lakeFormation.putJob(project(job, state), text(job, "instanceId"), text(job, "jobId"),
                status(job, EmulatedLakeFormation.RUNNING, EmulatedLakeFormation.STOPPED));
    }

    /**
     * Reads a fault: {@code {"type":"error","status":503,"code":"ServiceUnavailable","message":"…"}}
     * and the other types ({@code process}, {@code response}, {@code throttle}, {@code oversized},
     * {@code reset}, {@code resetAfterProcessing}, {@code stall}) with their fields, plus the
     * optional modifiers {@code delayMillis}, {@code truncated}, {@code dripMillis}, {@code times}
     * and {@code operations}.
     *
     * @param node the document
     * @return the fault
     * @throws SdkClientException if it is malformed
     */
    static Fault fault(JsonNode node) {
        requireObject(node, "fault");
        String type = text(node, "type");
        Fault fault = switch (type) {
            case "process" -> Fault.process();
            case "error" -> Fault.error(integer(node, "status"), text(node, "code"), optional(node, "message").orElse(""));
            case "response" -> Fault.response(integer(node, "status"),
                    optional(node, "contentType").orElse("application/json;charset=UTF-8"), optional(node, "body").orElse(""));
            case "throttle" -> node.has("retryAfterSeconds")
                    ? Fault.throttle(Duration.ofSeconds(integer(node, "retryAfterSeconds"))) : Fault.throttle();
            case "oversized" -> Fault.oversizedBody(node.path("bytes").asLong(-1));
            case "reset" -> Fault.reset();
            case "resetAfterProcessing" -> Fault.resetAfterProcessing();
            case "stall" -> Fault.stall();
            default -> throw new SdkClientException("fault type must be one of process, error, response, throttle, "
                    + "oversized, reset, resetAfterProcessing, stall");
        };
        if (node.has("delayMillis")) {
            fault = fault.delayed(Duration.ofMillis(integer(node, "delayMillis")));
        }
        if (node.path("truncated").asBoolean(false)) {
            fault = fault.truncated();
        }
        if (node.has("dripMillis")) {
            fault = fault.dripping(Duration.ofMillis(integer(node, "dripMillis")));
        }
        if (node.has("times")) {
            fault = fault.times(integer(node, "times"));
        }
        if (node.has("operations")) {
            List<EmulatedOperation> ops = new ArrayList<>();
            array(node, "operations").forEach(op -> ops.add(EmulatedOperation.parse(op.asText())));
            fault = fault.onlyFor(ops.toArray(EmulatedOperation[]::new));
        }
        return fault;
    }

    static ObjectNode json(EmulatedVpc.Job job) {
        ObjectNode node = Json.object().put("jobId", job.jobId()).put("regionId", job.regionId())
                .put("status", job.status().value());
        job.name().ifPresent(n -> node.put("name", n));
        job.description().ifPresent(d -> node.put("description", d));
        node.put("resourceType", job.resourceType());
        ArrayNode ids = node.putArray("resourceIds");
        job.resourceIds().forEach(ids::add);
        node.put("jobType", job.jobType()).put("jobDuration", job.jobDuration());
        job.startTime().ifPresent(t -> node.put("startTime", t.toString()));
        job.stopTime().ifPresent(t -> node.put("stopTime", t.toString()));
        return node.put("startCount", job.startCount());
    }

    static ObjectNode json(EmulatedDrs.Job job) {
        return Json.object().put("projectId", job.projectId()).put("jobId", job.jobId()).put("status", job.status())
                .put("createdAt", job.createdAt().toString());
    }

    static ObjectNode json(EmulatedDds.ScheduledTask task) {
        ObjectNode node = Json.object().put("projectId", task.projectId()).put("jobId", task.jobId())
                .put("jobStatus", task.jobStatus()).put("jobName", task.jobName());
        task.instanceId().ifPresent(i -> node.put("instanceId", i));
        return node.put("createdAt", task.createdAt().toString());
    }

    static ObjectNode json(EmulatedLakeFormation.Job job) {
        return Json.object().put("projectId", job.projectId()).put("instanceId", job.instanceId())
                .put("jobId", job.jobId()).put("status", job.status()).put("createdAt", job.createdAt().toString());
    }

    /** A recorded call with credentials redacted and without the body (an IAM request carries a password). */
    static ObjectNode json(RecordedCall call) {
        ObjectNode node = Json.object().put("method", call.method()).put("path", call.path());
        ArrayNode query = node.putArray("query");
        for (QueryParameter p : call.queryParameters()) {
            query.addObject().put("name", p.name()).put("value", Redaction.queryValue(p.name(), p.value()));
        }
        ArrayNode headers = node.putArray("headers");
        call.headers().forEach((name, value) -> headers.addObject().put("name", name)
                .put("value", Redaction.headerValue(name, value)));
        node.put("bodyLength", call.body().length)
                .put("operation", call.operation().name())
                .put("service", call.operation().service())
                .put("apiName", call.operation().apiName())
                .put("receivedAt", call.receivedAt().toString())
                .put("requestId", call.requestId())
                .put("authOutcome", call.authOutcome().name());
        call.accessKeyId().ifPresent(ak -> node.put("accessKeyId", ak));
        call.status().ifPresent(s -> node.put("status", s));
        call.errorCode().ifPresent(c -> node.put("errorCode", c));
        node.put("replayed", call.replayed());
        call.fault().ifPresent(f -> node.put("fault", f.toString()));
        return node;
    }

    private static String project(JsonNode node, EmulatorState state) {
        return optional(node, "projectId").orElse(state.huaweiProjectId);
    }

    /** {@code status} as the service spells it, or the older {@code state} RUNNING|STOPPED; stopped if neither. */
    private static String status(JsonNode node, String running, String stopped) {
        Optional<String> status = optional(node, "status");
        if (status.isPresent()) {
            return status.get();
        }
        return switch (optional(node, "state").orElse("STOPPED").toUpperCase(Locale.ROOT)) {
            case "RUNNING" -> running;
            case "STOPPED" -> stopped;
            default -> throw new SdkClientException("state must be RUNNING or STOPPED (or give the service's own status)");
        };
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SdkClientException(field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static String text(JsonNode node, String field) {
        return optional(node, field).orElseThrow(() -> new SdkClientException(field + " is required"));
    }

    static Optional<String> optional(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw new SdkClientException(field + " must be a string");
        }
        return Optional.of(v.asText());
    }

    static int integer(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new SdkClientException(field + " must be a whole number");
        }
        return v.intValue();
    }

    static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new SdkClientException(field + " must be an array");
        }
        return v;
    }

    static void requireObject(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new SdkClientException(what + " must be a JSON object");
        }
    }
}
