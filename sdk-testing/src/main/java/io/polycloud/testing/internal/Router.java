package io.polycloud.testing.internal;

import io.polycloud.testing.EmulatedOperation;
import io.polycloud.testing.internal.aliyun.AliyunDialect;
import io.polycloud.testing.internal.aliyun.VpcApi;
import io.polycloud.testing.internal.huawei.HuaweiApi;
import io.polycloud.testing.internal.huawei.HuaweiDialect;
import io.polycloud.testing.internal.huawei.IamApi;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Internal: decides which operation a request is. Huawei Cloud operations by method and path
 * shape; Alibaba Cloud ones by the {@code x-acs-action} header (ACS3) or the {@code Action}
 * parameter (RPC v1) with the VPC API version. What matches nothing gets the cloud's
 * "no such API" answer: {@code InvalidAction.NotFound} for a request that looks like Alibaba
 * Cloud RPC (an action, or the root path), {@code APIG.0101} otherwise. Not part of the public API.
 */
public final class Router {

    private static final Map<String, EmulatedOperation> VPC_ACTIONS = EnumSet.allOf(EmulatedOperation.class).stream()
            .filter(op -> op.service().equals("vpc"))
            .collect(Collectors.toUnmodifiableMap(EmulatedOperation::apiName, Function.identity()));

    private final Route iam;
    private final Route drs;
    private final Route dds;
    private final Route lakeFormation;
    private final VpcApi vpc;

    /**
     * @param vpc    the VPC operations
     * @param iam    the IAM token operation
     * @param huawei the Huawei Cloud deletes
     */
    public Router(VpcApi vpc, IamApi iam, HuaweiApi huawei) {
        this.vpc = vpc;
        this.iam = new Route(EmulatedOperation.IAM_CREATE_TOKEN, HuaweiDialect.standard(), iam);
        this.drs = new Route(EmulatedOperation.DRS_DELETE_JOB, HuaweiDialect.standard(), huawei::deleteDrsJob);
        this.dds = new Route(EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK, HuaweiDialect.standard(), huawei::cancelDdsTask);
        this.lakeFormation = new Route(EmulatedOperation.LAKEFORMATION_DELETE_JOB, HuaweiDialect.lakeFormation(),
                huawei::deleteLakeFormationJob);
    }

    /**
     * Routes a request.
     *
     * @param request the request
     * @return the route; never null
     */
    public Route route(IncomingRequest request) {
        List<String> path = request.pathSegments();
        String method = request.method();
        if (method.equals("POST") && path.equals(List.of("v3", "auth", "tokens"))) {
            return iam;
        }
        if (method.equals("DELETE") && shaped(path, "v5", null, "jobs", null)) {
            return drs;
        }
        if (method.equals("DELETE") && shaped(path, "v3", null, "scheduled-jobs", null)) {
            return dds;
        }
        if (method.equals("DELETE") && shaped(path, "v1", null, "instances", null, "lf-jobs", null)) {
            return lakeFormation;
        }
        Optional<String> action = request.header("x-acs-action").or(() -> request.parameter("Action"));
        if (action.isPresent()) {
            String version = request.header("x-acs-version").or(() -> request.parameter("Version")).orElse("");
            EmulatedOperation operation = VpcApi.API_VERSION.equals(version) ? VPC_ACTIONS.get(action.get()) : null;
            if (operation != null) {
                return new Route(operation, AliyunDialect.instance(), vpc);
            }
        }
        if (action.isPresent() || path.isEmpty()) {
            return new Route(EmulatedOperation.ALIYUN_UNKNOWN, AliyunDialect.instance(), exchange ->
                    AliyunDialect.instance().error(exchange, 404, "InvalidAction.NotFound",
                            "Specified api is not found, please check your url and method."));
        }
        return new Route(EmulatedOperation.HUAWEI_UNKNOWN, HuaweiDialect.standard(), exchange ->
                HuaweiDialect.standard().error(exchange, 404, "APIG.0101",
                        "The API does not exist or has not been published in the environment"));
    }

    /** Whether the path has these segments; a null stands for any non-empty segment. */
    private static boolean shaped(List<String> path, String... pattern) {
        if (path.size() != pattern.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            String segment = path.get(i);
            if (pattern[i] == null ? segment.isEmpty() : !pattern[i].equals(segment)) {
                return false;
            }
        }
        return true;
    }
}
