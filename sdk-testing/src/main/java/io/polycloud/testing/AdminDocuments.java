package io.polycloud.testing;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.internal.json.JsonArray;
import io.polycloud.core.internal.json.JsonBoolean;
import io.polycloud.core.internal.json.JsonException;
import io.polycloud.core.internal.json.JsonNull;
import io.polycloud.core.internal.json.JsonNumber;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.core.internal.json.JsonValue;
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
    static int seed(JsonValue seed, EmulatorState state) {
        requireObject(seed, "seed");
        int count = 0;
        for (JsonValue c : array(Json.at(seed, "vpc"), "physicalConnections")) {
            physicalConnection(c, state);
            count++;
        }
        for (JsonValue job : array(Json.at(seed, "vpc"), "jobs")) {
            vpcJob(job, state);
            count++;
        }
        for (JsonValue job : array(Json.at(seed, "drs"), "jobs")) {
            drsJob(job, state);
            count++;
        }
        for (JsonValue task : array(Json.at(seed, "dds"), "scheduledTasks")) {
            ddsTask(task, state);
            count++;
        }
        for (JsonValue job : array(Json.at(seed, "lakeFormation"), "jobs")) {
            lakeFormationJob(job, state);
            count++;
        }
        return count;
    }

    static EmulatedVpc.Job vpcJob(JsonValue job, EmulatorState state) {
        requireObject(job, "vpc job");
        EmulatedVpc.JobDraft draft = state.vpc.newJob(text(job, "regionId"));
        optional(job, "jobId").ifPresent(draft::jobId);
        optional(job, "status").map(AdminDocuments::vpcStatus).ifPresent(draft::status);
        optional(job, "jobType").ifPresent(draft::jobType);
        optional(job, "name").ifPresent(draft::name);
        optional(job, "description").ifPresent(draft::description);
        if (has(job, "jobDuration")) {
            draft.jobDuration((int) number(job, "jobDuration", -1));
        }
        if (has(job, "resourceIds")) {
            List<String> ids = new ArrayList<>();
            array(job, "resourceIds").forEach(id -> ids.add(Json.text(id)));
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

    static void physicalConnection(JsonValue c, EmulatorState state) {
        requireObject(c, "physical connection");
        state.vpc.physicalConnection(text(c, "regionId"), text(c, "resourceId"),
                enumValue(EmulatedVpc.PhysicalConnectionCondition.class, text(c, "condition"), "condition"));
    }

    static EmulatedDrs.Job drsJob(JsonValue job, EmulatorState state) {
        requireObject(job, "drs job");
        return state.drs.putJob(project(job, state), text(job, "jobId"), status(job, EmulatedDrs.RUNNING, EmulatedDrs.STOPPED));
    }

    static EmulatedDds.ScheduledTask ddsTask(JsonValue task, EmulatorState state) {
        requireObject(task, "dds scheduled task");
        EmulatedDds.TaskDraft draft = state.dds.newScheduledTask(text(task, "jobId")).projectId(project(task, state));
        optional(task, "jobStatus").ifPresent(draft::status);
        optional(task, "jobName").ifPresent(draft::jobName);
        optional(task, "instanceId").ifPresent(draft::instanceId);
        return draft.put();
    }

    static EmulatedLakeFormation.Job lakeFormationJob(JsonValue job, EmulatorState state) {
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
    static Fault fault(JsonValue node) {
        requireObject(node, "fault");
        String type = text(node, "type");
        Fault fault = switch (type) {
            case "process" -> Fault.process();
            case "error" -> Fault.error(integer(node, "status"), text(node, "code"), optional(node, "message").orElse(""));
            case "response" -> Fault.response(integer(node, "status"),
                    optional(node, "contentType").orElse("application/json;charset=UTF-8"), optional(node, "body").orElse(""));
            case "throttle" -> has(node, "retryAfterSeconds")
                    ? Fault.throttle(Duration.ofSeconds(integer(node, "retryAfterSeconds"))) : Fault.throttle();
            case "oversized" -> Fault.oversizedBody(number(node, "bytes", -1));
            case "reset" -> Fault.reset();
            case "resetAfterProcessing" -> Fault.resetAfterProcessing();
            case "stall" -> Fault.stall();
            default -> throw new SdkClientException("fault type must be one of process, error, response, throttle, "
                    + "oversized, reset, resetAfterProcessing, stall");
        };
        if (has(node, "delayMillis")) {
            fault = fault.delayed(Duration.ofMillis(integer(node, "delayMillis")));
        }
        if (Json.at(node, "truncated") == JsonBoolean.TRUE) {
            fault = fault.truncated();
        }
        if (has(node, "dripMillis")) {
            fault = fault.dripping(Duration.ofMillis(integer(node, "dripMillis")));
        }
        if (has(node, "times")) {
            fault = fault.times(integer(node, "times"));
        }
        if (has(node, "operations")) {
            List<EmulatedOperation> ops = new ArrayList<>();
            array(node, "operations").forEach(op -> ops.add(EmulatedOperation.parse(Json.text(op))));
            fault = fault.onlyFor(ops.toArray(EmulatedOperation[]::new));
        }
        return fault;
    }

    static JsonObject json(EmulatedVpc.Job job) {
        JsonObject.Builder node = Json.object().put("jobId", job.jobId()).put("regionId", job.regionId())
                .put("status", job.status().value());
        job.name().ifPresent(n -> node.put("name", n));
        job.description().ifPresent(d -> node.put("description", d));
        node.put("resourceType", job.resourceType());
        JsonArray.Builder ids = JsonArray.builder();
        job.resourceIds().forEach(ids::add);
        node.put("resourceIds", ids.build()).put("jobType", job.jobType()).put("jobDuration", job.jobDuration());
        job.startTime().ifPresent(t -> node.put("startTime", t.toString()));
        job.stopTime().ifPresent(t -> node.put("stopTime", t.toString()));
        return node.put("startCount", job.startCount()).build();
    }

    static JsonObject json(EmulatedDrs.Job job) {
        return Json.object().put("projectId", job.projectId()).put("jobId", job.jobId()).put("status", job.status())
                .put("createdAt", job.createdAt().toString()).build();
    }

    static JsonObject json(EmulatedDds.ScheduledTask task) {
        JsonObject.Builder node = Json.object().put("projectId", task.projectId()).put("jobId", task.jobId())
                .put("jobStatus", task.jobStatus()).put("jobName", task.jobName());
        task.instanceId().ifPresent(i -> node.put("instanceId", i));
        return node.put("createdAt", task.createdAt().toString()).build();
    }

    static JsonObject json(EmulatedLakeFormation.Job job) {
        return Json.object().put("projectId", job.projectId()).put("instanceId", job.instanceId())
                .put("jobId", job.jobId()).put("status", job.status()).put("createdAt", job.createdAt().toString()).build();
    }

    /** A recorded call with credentials redacted and without the body (an IAM request carries a password). */
    static JsonObject json(RecordedCall call) {
        JsonObject.Builder node = Json.object().put("method", call.method()).put("path", call.path());
        JsonArray.Builder query = JsonArray.builder();
        for (QueryParameter p : call.queryParameters()) {
            query.add(Json.object().put("name", p.name()).put("value", Redaction.queryValue(p.name(), p.value())).build());
        }
        JsonArray.Builder headers = JsonArray.builder();
        call.headers().forEach((name, value) -> headers.add(Json.object().put("name", name)
                .put("value", Redaction.headerValue(name, value)).build()));
        node.put("query", query.build()).put("headers", headers.build())
                .put("bodyLength", call.body().length)
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
        return node.build();
    }

    private static String project(JsonValue node, EmulatorState state) {
        return optional(node, "projectId").orElse(state.huaweiProjectId);
    }

    /** {@code status} as the service spells it, or the older {@code state} RUNNING|STOPPED; stopped if neither. */
    private static String status(JsonValue node, String running, String stopped) {
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

    static String text(JsonValue node, String field) {
        return optional(node, field).orElseThrow(() -> new SdkClientException(field + " is required"));
    }

    static Optional<String> optional(JsonValue node, String field) {
        JsonValue v = Json.at(node, field);
        if (v == JsonNull.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonObject || v instanceof JsonArray) {
            throw new SdkClientException(field + " must be a string");
        }
        return Optional.of(Json.text(v));
    }

    static int integer(JsonValue node, String field) {
        try {
            if (Json.at(node, field) instanceof JsonNumber n) {
                return n.intValueExact();
            }
        } catch (JsonException e) {
            // not a 32-bit whole number: refused below
        }
        throw new SdkClientException(field + " must be a whole number");
    }

    /** A whole number, or {@code otherwise} when the field holds anything else, for the draft's own check to refuse. */
    private static long number(JsonValue node, String field, long otherwise) {
        try {
            return Json.at(node, field) instanceof JsonNumber n ? n.longValueExact() : otherwise;
        } catch (JsonException e) {
            return otherwise;
        }
    }

    /** Whether the member is there at all, {@code null} included. */
    static boolean has(JsonValue node, String field) {
        return node instanceof JsonObject o && o.get(field).isPresent();
    }

    static JsonArray array(JsonValue node, String field) {
        JsonValue v = Json.at(node, field);
        if (v == JsonNull.NULL) {
            return JsonArray.builder().build();
        }
        if (!(v instanceof JsonArray a)) {
            throw new SdkClientException(field + " must be an array");
        }
        return a;
    }

    static void requireObject(JsonValue node, String what) {
        if (!(node instanceof JsonObject)) {
            throw new SdkClientException(what + " must be a JSON object");
        }
    }
}
