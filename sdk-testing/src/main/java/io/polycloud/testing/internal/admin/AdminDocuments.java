package io.polycloud.testing.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.http.QueryParameter;
import io.polycloud.core.internal.logging.Redaction;
import io.polycloud.testing.DdsScheduledTask;
import io.polycloud.testing.DrsJob;
import io.polycloud.testing.EmulatedFailoverTestJob;
import io.polycloud.testing.EmulatedOperation;
import io.polycloud.testing.EmulatedVpc;
import io.polycloud.testing.Fault;
import io.polycloud.testing.JobState;
import io.polycloud.testing.LakeFormationJob;
import io.polycloud.testing.PhysicalConnectionCondition;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.RecordedCall;
import io.polycloud.testing.VpcJobStatus;
import io.polycloud.testing.internal.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Internal: the JSON documents of the admin API and of seed files, both ways: reading jobs and
 * faults into the emulator's Java API, writing its state out. Field names follow the Java API
 * ({@code jobId}, {@code regionId}, {@code status}…). Not part of the public API.
 */
public final class AdminDocuments {

    private AdminDocuments() {
    }

    /**
     * Applies a seed document: {@code {"vpc":{"jobs":[…],"physicalConnections":[…]},
     * "drs":{"jobs":[…]},"dds":{"scheduledTasks":[…]},"lakeFormation":{"jobs":[…]}}}, every part
     * optional.
     *
     * @param seed      the document
     * @param emulator  the emulator
     * @return how many resources were put in place
     * @throws SdkClientException if a part is malformed (the parts before it stay applied)
     */
    public static int seed(JsonNode seed, PolycloudEmulator emulator) {
        requireObject(seed, "seed");
        int count = 0;
        for (JsonNode c : array(seed.path("vpc"), "physicalConnections")) {
            physicalConnection(c, emulator);
            count++;
        }
        for (JsonNode job : array(seed.path("vpc"), "jobs")) {
            vpcJob(job, emulator);
            count++;
        }
        for (JsonNode job : array(seed.path("drs"), "jobs")) {
            drsJob(job, emulator);
            count++;
        }
        for (JsonNode task : array(seed.path("dds"), "scheduledTasks")) {
            ddsTask(task, emulator);
            count++;
        }
        for (JsonNode job : array(seed.path("lakeFormation"), "jobs")) {
            lakeFormationJob(job, emulator);
            count++;
        }
        return count;
    }

    static EmulatedFailoverTestJob vpcJob(JsonNode job, PolycloudEmulator emulator) {
        requireObject(job, "vpc job");
        EmulatedVpc.JobDraft draft = emulator.vpc().newJob(text(job, "regionId"));
        optional(job, "jobId").ifPresent(draft::jobId);
        optional(job, "status").map(VpcJobStatus::fromValue).ifPresent(draft::status);
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

    static void physicalConnection(JsonNode c, PolycloudEmulator emulator) {
        requireObject(c, "physical connection");
        emulator.vpc().physicalConnection(text(c, "regionId"), text(c, "resourceId"),
                enumValue(PhysicalConnectionCondition.class, text(c, "condition"), "condition"));
    }

    static DrsJob drsJob(JsonNode job, PolycloudEmulator emulator) {
        requireObject(job, "drs job");
        return emulator.drs().putJob(project(job, emulator), text(job, "jobId"), state(job));
    }

    static DdsScheduledTask ddsTask(JsonNode task, PolycloudEmulator emulator) {
        requireObject(task, "dds scheduled task");
        return emulator.dds().putScheduledTask(project(task, emulator), text(task, "jobId"));
    }

    static LakeFormationJob lakeFormationJob(JsonNode job, PolycloudEmulator emulator) {
        requireObject(job, "lakeFormation job");
        return emulator.lakeFormation().putJob(project(job, emulator), text(job, "instanceId"), text(job, "jobId"),
                state(job));
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

    static ObjectNode json(EmulatedFailoverTestJob job) {
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

    static ObjectNode json(DrsJob job) {
        return Json.object().put("projectId", job.projectId()).put("jobId", job.jobId()).put("state", job.state().name());
    }

    static ObjectNode json(DdsScheduledTask task) {
        return Json.object().put("projectId", task.projectId()).put("jobId", task.jobId());
    }

    static ObjectNode json(LakeFormationJob job) {
        return Json.object().put("projectId", job.projectId()).put("instanceId", job.instanceId())
                .put("jobId", job.jobId()).put("state", job.state().name());
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
                .put("authOutcome", call.authOutcome().name());
        call.accessKeyId().ifPresent(ak -> node.put("accessKeyId", ak));
        call.status().ifPresent(s -> node.put("status", s));
        call.errorCode().ifPresent(c -> node.put("errorCode", c));
        node.put("replayed", call.replayed());
        call.fault().ifPresent(f -> node.put("fault", f.toString()));
        return node;
    }

    private static String project(JsonNode node, PolycloudEmulator emulator) {
        return optional(node, "projectId").orElse(emulator.huaweiProjectId());
    }

    private static JobState state(JsonNode node) {
        return enumValue(JobState.class, optional(node, "state").orElse("STOPPED"), "state");
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
