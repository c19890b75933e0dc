package io.polycloud.testing.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.testing.Fault;
import io.polycloud.testing.IamUser;
import io.polycloud.testing.PolycloudEmulator;
import io.polycloud.testing.VpcJobStatus;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.IncomingRequest;
import io.polycloud.testing.internal.Json;
import io.polycloud.testing.internal.MalformedRequestException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Internal: the HTTP admin API under {@code /_emulator/}, a JSON face of
 * {@link PolycloudEmulator}'s Java controls for other languages and tools. Unauthenticated (the
 * emulator listens on loopback only), never recorded, never faulted. Refusals are
 * {@code 400 {"error":"…"}}; unknown paths {@code 404}. Not part of the public API.
 *
 * <pre>
 * GET    /_emulator                              credentials, base URL, time
 * POST   /_emulator/seed                         a seed document (as --seed)
 * GET|POST /_emulator/vpc/jobs                   list | put a job
 * POST   /_emulator/vpc/jobs/{jobId}/status      {"status":"Testing"}
 * POST   /_emulator/vpc/complete-transitions
 * POST   /_emulator/vpc/physical-connections     {"regionId","resourceId","condition"}
 * GET|POST /_emulator/drs/jobs                   list | {"projectId"?,"jobId","state"}
 * GET|POST /_emulator/dds/scheduled-tasks        list | {"projectId"?,"jobId"}
 * GET|POST /_emulator/lakeformation/jobs         list | {"projectId"?,"instanceId","jobId","state"}
 * POST   /_emulator/time/advance                 {"seconds":n} or {"millis":n}
 * GET|POST|DELETE /_emulator/faults              list | inject | clear
 * GET|DELETE /_emulator/requests                 list | clear
 * POST   /_emulator/iam/revoke-tokens
 * POST   /_emulator/reset
 * </pre>
 */
public final class AdminApi {

    private final PolycloudEmulator emulator;

    /**
     * @param emulator the emulator it controls
     */
    public AdminApi(PolycloudEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * Serves one admin request.
     *
     * @param request a request under {@code /_emulator}
     * @return the answer
     */
    public Answer handle(IncomingRequest request) {
        try {
            return route(request.method(), String.join("/", request.pathSegments().subList(1, request.pathSegments().size())),
                    request);
        } catch (SdkClientException | MalformedRequestException e) {
            return Answer.json(400, Json.object().put("error", e.getMessage()).toString());
        }
    }

    private Answer route(String method, String path, IncomingRequest request) {
        String route = method + " " + path;
        if (route.startsWith("POST vpc/jobs/") && path.endsWith("/status") && request.pathSegments().size() == 5) {
            String jobId = request.pathSegments().get(3);
            VpcJobStatus status = VpcJobStatus.fromValue(AdminDocuments.text(body(request), "status"));
            return ok(AdminDocuments.json(emulator.vpc().setStatus(jobId, status)));
        }
        switch (route) {
            case "GET " -> {
                return ok(info());
            }
            case "POST seed" -> {
                return ok(Json.object().put("applied", AdminDocuments.seed(body(request), emulator)));
            }
            case "GET vpc/jobs" -> {
                return ok(list(emulator.vpc().jobs(), AdminDocuments::json));
            }
            case "POST vpc/jobs" -> {
                return ok(AdminDocuments.json(AdminDocuments.vpcJob(body(request), emulator)));
            }
            case "POST vpc/complete-transitions" -> {
                emulator.vpc().completeTransitions();
                return ok(list(emulator.vpc().jobs(), AdminDocuments::json));
            }
            case "POST vpc/physical-connections" -> {
                AdminDocuments.physicalConnection(body(request), emulator);
                return ok(Json.object());
            }
            case "GET drs/jobs" -> {
                return ok(list(emulator.drs().jobs(), AdminDocuments::json));
            }
            case "POST drs/jobs" -> {
                return ok(AdminDocuments.json(AdminDocuments.drsJob(body(request), emulator)));
            }
            case "GET dds/scheduled-tasks" -> {
                return ok(list(emulator.dds().scheduledTasks(), AdminDocuments::json));
            }
            case "POST dds/scheduled-tasks" -> {
                return ok(AdminDocuments.json(AdminDocuments.ddsTask(body(request), emulator)));
            }
            case "GET lakeformation/jobs" -> {
                return ok(list(emulator.lakeFormation().jobs(), AdminDocuments::json));
            }
            case "POST lakeformation/jobs" -> {
                return ok(AdminDocuments.json(AdminDocuments.lakeFormationJob(body(request), emulator)));
            }
            case "POST time/advance" -> {
                JsonNode body = body(request);
                Duration amount = body.has("millis") ? Duration.ofMillis(AdminDocuments.integer(body, "millis"))
                        : Duration.ofSeconds(AdminDocuments.integer(body, "seconds"));
                emulator.advanceTime(amount);
                return ok(Json.object().put("now", emulator.now().toString()));
            }
            case "GET faults" -> {
                return ok(list(emulator.pendingFaults(), f -> Json.object().put("fault", f.toString())));
            }
            case "POST faults" -> {
                Fault fault = AdminDocuments.fault(body(request));
                emulator.inject(fault);
                return ok(Json.object().put("fault", fault.toString()));
            }
            case "DELETE faults" -> {
                emulator.clearFaults();
                return ok(Json.object());
            }
            case "GET requests" -> {
                return ok(list(emulator.calls(), AdminDocuments::json));
            }
            case "DELETE requests" -> {
                emulator.clearCalls();
                return ok(Json.object());
            }
            case "POST iam/revoke-tokens" -> {
                emulator.revokeIamTokens();
                return ok(Json.object());
            }
            case "POST reset" -> {
                emulator.reset();
                return ok(Json.object());
            }
            default -> {
                return Answer.json(404, Json.object().put("error", "no admin operation " + route
                        + "; see the sdk-testing README for the admin API").toString());
            }
        }
    }

    private ObjectNode info() {
        ObjectNode info = Json.object().put("baseUrl", emulator.baseUri().toString()).put("now", emulator.now().toString())
                .put("huaweiProjectId", emulator.huaweiProjectId());
        ArrayNode aliyun = info.putArray("aliyunCredentials");
        for (AliyunCredentials c : emulator.registeredAliyunCredentials()) {
            ObjectNode n = aliyun.addObject().put("accessKeyId", c.accessKeyId()).put("accessKeySecret", c.accessKeySecret());
            c.securityToken().ifPresent(t -> n.put("securityToken", t));
        }
        ArrayNode huawei = info.putArray("huaweiCredentials");
        for (HuaweiCredentials c : emulator.registeredHuaweiCredentials()) {
            ObjectNode n = huawei.addObject().put("accessKey", c.accessKey()).put("secretKey", c.secretKey());
            c.securityToken().ifPresent(t -> n.put("securityToken", t));
        }
        IamUser user = emulator.iamUser();
        info.putObject("iamUser").put("domainName", user.domainName()).put("userName", user.userName())
                .put("password", user.password());
        return info;
    }

    private static JsonNode body(IncomingRequest request) {
        return Json.parse(request.body());
    }

    private static <T> ArrayNode list(List<T> items, Function<T, ObjectNode> toJson) {
        ArrayNode array = Json.object().arrayNode();
        items.forEach(item -> array.add(toJson.apply(item)));
        return array;
    }

    private static Answer ok(JsonNode body) {
        return Answer.json(200, body.toString());
    }
}
