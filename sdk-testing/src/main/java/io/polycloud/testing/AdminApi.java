package io.polycloud.testing;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.core.credentials.aliyun.AliyunCredentials;
import io.polycloud.core.credentials.huawei.HuaweiCredentials;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.json.JsonArray;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.core.internal.json.JsonValue;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.IncomingRequest;
import io.polycloud.testing.internal.Json;
import io.polycloud.testing.internal.MalformedRequestException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The HTTP admin API under {@code /_emulator/}, a JSON face of {@link PolycloudEmulator}'s Java
 * controls for other languages and tools, working on the same {@link EmulatorState}.
 * Unauthenticated (the emulator listens on loopback only), never recorded, never faulted.
 * Refusals are {@code 400 {"error":"…"}}; unknown paths {@code 404}.
 *
 * <pre>
 * GET    /_emulator                              credentials, base URL, time
 * POST   /_emulator/seed                         a seed document (as --seed)
 * GET|POST /_emulator/vpc/jobs                   list | put a job
 * POST   /_emulator/vpc/jobs/{jobId}/status      {"status":"Testing"}
 * POST   /_emulator/vpc/complete-transitions
 * POST   /_emulator/vpc/physical-connections     {"regionId","resourceId","condition"}
 * GET|POST /_emulator/drs/jobs                   list | {"projectId"?,"jobId","status"?}
 * GET|POST /_emulator/dds/scheduled-tasks        list | {"projectId"?,"jobId","jobStatus"?,"jobName"?,"instanceId"?}
 * GET|POST /_emulator/lakeformation/jobs         list | {"projectId"?,"instanceId","jobId","status"?}
 * POST   /_emulator/time/advance                 {"seconds":n} or {"millis":n}
 * GET|POST|DELETE /_emulator/faults              list | inject | clear
 * GET|DELETE /_emulator/requests                 list | clear
 * POST   /_emulator/iam/revoke-tokens
 * POST   /_emulator/reset
 * </pre>
 */
final class AdminApi {

    private final EmulatorState state;
    private final Supplier<URI> baseUri;

    AdminApi(EmulatorState state, Supplier<URI> baseUri) {
        this.state = state;
        this.baseUri = baseUri;
    }

    /** Serves one request under {@code /_emulator}. */
    Answer handle(IncomingRequest request) {
        try {
            return route(request.method(), String.join("/", request.pathSegments().subList(1, request.pathSegments().size())),
                    request);
        } catch (SdkClientException | MalformedRequestException e) {
            return Answer.json(400, Json.write(Json.object().put("error", e.getMessage()).build()));
        }
    }

    private Answer route(String method, String path, IncomingRequest request) {
        String route = method + " " + path;
        if (route.startsWith("POST vpc/jobs/") && path.endsWith("/status") && request.pathSegments().size() == 5) {
            String jobId = request.pathSegments().get(3);
            FailoverTestJobStatus status = AdminDocuments.vpcStatus(AdminDocuments.text(body(request), "status"));
            return ok(AdminDocuments.json(state.vpc.setStatus(jobId, status)));
        }
        switch (route) {
            case "GET " -> {
                return ok(info());
            }
            case "POST seed" -> {
                return ok(Json.object().put("applied", AdminDocuments.seed(body(request), state)).build());
            }
            case "GET vpc/jobs" -> {
                return ok(list(state.vpc.jobs(), AdminDocuments::json));
            }
            case "POST vpc/jobs" -> {
                return ok(AdminDocuments.json(AdminDocuments.vpcJob(body(request), state)));
            }
            case "POST vpc/complete-transitions" -> {
                state.vpc.completeTransitions();
                return ok(list(state.vpc.jobs(), AdminDocuments::json));
            }
            case "POST vpc/physical-connections" -> {
                AdminDocuments.physicalConnection(body(request), state);
                return ok(Json.object().build());
            }
            case "GET drs/jobs" -> {
                return ok(list(state.drs.jobs(), AdminDocuments::json));
            }
            case "POST drs/jobs" -> {
                return ok(AdminDocuments.json(AdminDocuments.drsJob(body(request), state)));
            }
            case "GET dds/scheduled-tasks" -> {
                return ok(list(state.dds.scheduledTasks(), AdminDocuments::json));
            }
            case "POST dds/scheduled-tasks" -> {
                return ok(AdminDocuments.json(AdminDocuments.ddsTask(body(request), state)));
            }
            case "GET lakeformation/jobs" -> {
                return ok(list(state.lakeFormation.jobs(), AdminDocuments::json));
            }
            case "POST lakeformation/jobs" -> {
                return ok(AdminDocuments.json(AdminDocuments.lakeFormationJob(body(request), state)));
            }
            case "POST time/advance" -> {
                JsonValue body = body(request);
                Duration amount = AdminDocuments.has(body, "millis") ? Duration.ofMillis(AdminDocuments.integer(body, "millis"))
                        : Duration.ofSeconds(AdminDocuments.integer(body, "seconds"));
                state.clock.advance(EmulatedVpc.notNegative(amount, "amount"));
                return ok(Json.object().put("now", state.clock.now().toString()).build());
            }
            case "GET faults" -> {
                return ok(list(state.faults.pending(), f -> Json.object().put("fault", f.toString()).build()));
            }
            case "POST faults" -> {
                Fault fault = AdminDocuments.fault(body(request));
                state.faults.add(fault);
                return ok(Json.object().put("fault", fault.toString()).build());
            }
            case "DELETE faults" -> {
                state.faults.clear();
                return ok(Json.object().build());
            }
            case "GET requests" -> {
                return ok(list(state.log.calls(), AdminDocuments::json));
            }
            case "DELETE requests" -> {
                state.log.clear();
                return ok(Json.object().build());
            }
            case "POST iam/revoke-tokens" -> {
                state.tokens.revokeAll();
                return ok(Json.object().build());
            }
            case "POST reset" -> {
                state.reset();
                return ok(Json.object().build());
            }
            default -> {
                return Answer.json(404, Json.write(Json.object().put("error", "no admin operation " + route
                        + "; see the sdk-testing README for the admin API").build()));
            }
        }
    }

    private JsonObject info() {
        JsonArray.Builder aliyun = JsonArray.builder();
        for (AliyunCredentials c : state.credentials.aliyun()) {
            JsonObject.Builder n = Json.object().put("accessKeyId", c.accessKeyId()).put("accessKeySecret", c.accessKeySecret());
            c.securityToken().ifPresent(t -> n.put("securityToken", t));
            aliyun.add(n.build());
        }
        JsonArray.Builder huawei = JsonArray.builder();
        for (HuaweiCredentials c : state.credentials.huawei()) {
            JsonObject.Builder n = Json.object().put("accessKey", c.accessKey()).put("secretKey", c.secretKey());
            c.securityToken().ifPresent(t -> n.put("securityToken", t));
            huawei.add(n.build());
        }
        IamUser user = state.iamUsers.get(0);
        return Json.object().put("baseUrl", baseUri.get().toString()).put("now", state.clock.now().toString())
                .put("huaweiProjectId", state.huaweiProjectId)
                .put("aliyunCredentials", aliyun.build())
                .put("huaweiCredentials", huawei.build())
                .put("iamUser", Json.object().put("domainName", user.domainName()).put("userName", user.userName())
                        .put("password", user.password()).build())
                .build();
    }

    private static JsonValue body(IncomingRequest request) {
        return Json.parse(request.body());
    }

    private static <T> JsonArray list(List<T> items, Function<T, JsonObject> toJson) {
        JsonArray.Builder array = JsonArray.builder();
        items.forEach(item -> array.add(toJson.apply(item)));
        return array.build();
    }

    private static Answer ok(JsonValue body) {
        return Answer.json(200, Json.write(body));
    }
}
