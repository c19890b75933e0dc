package io.polycloud.testing;

import io.polycloud.testing.internal.CloudDialect;
import io.polycloud.testing.internal.IncomingRequest;
import io.polycloud.testing.internal.aliyun.AliyunDialect;
import io.polycloud.testing.internal.aliyun.VpcApi;
import io.polycloud.testing.internal.huawei.HuaweiApi;
import io.polycloud.testing.internal.huawei.HuaweiDialect;
import io.polycloud.testing.internal.huawei.IamApi;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides which operation a request is. Huawei Cloud operations by method and path
 * shape; Alibaba Cloud ones by the {@code x-acs-action} header (ACS3) or the {@code Action}
 * parameter (RPC v1) with the VPC API version. What matches nothing gets the cloud's
 * "no such API" answer: {@code InvalidAction.NotFound} for a request that looks like Alibaba
 * Cloud RPC (an action, or the root path), {@code APIG.0101} otherwise.
 */
final class Router {

    private static final Map<String, EmulatedOperation> VPC_ACTIONS = EnumSet.allOf(EmulatedOperation.class).stream()
            .filter(op -> op.service().equals("vpc"))
            .collect(Collectors.toUnmodifiableMap(EmulatedOperation::apiName, Function.identity()));

    /** A Huawei Cloud operation: its method and path shape ({@code null} for any non-empty segment). */
    private record RestRoute(String method, List<String> shape, Route route) {
        RestRoute(String method, Route route, String... shape) {
            this(method, Arrays.asList(shape), route);
        }
    }

    private final List<RestRoute> restRoutes;
    private final VpcApi vpc;

    /**
     * @param vpc    the VPC operations
     * @param iam    the IAM token operation
     * @param huawei the Huawei Cloud operations
     */
    Router(VpcApi vpc, IamApi iam, HuaweiApi huawei) {
        this.vpc = vpc;
        CloudDialect standard = HuaweiDialect.standard();
        CloudDialect lakeFormation = HuaweiDialect.lakeFormation();
        this.restRoutes = List.of(
                new RestRoute("POST", new Route(EmulatedOperation.IAM_CREATE_TOKEN, standard, iam), "v3", "auth", "tokens"),
                new RestRoute("DELETE", new Route(EmulatedOperation.DRS_DELETE_JOB, standard, huawei::deleteDrsJob),
                        "v5", null, "jobs", null),
                new RestRoute("GET", new Route(EmulatedOperation.DRS_SHOW_JOB_DETAIL, standard, huawei::showDrsJob),
                        "v5", null, "jobs", null),
                new RestRoute("DELETE", new Route(EmulatedOperation.DDS_CANCEL_SCHEDULED_TASK, standard, huawei::cancelDdsTask),
                        "v3", null, "scheduled-jobs", null),
                new RestRoute("GET", new Route(EmulatedOperation.DDS_LIST_SCHEDULED_TASKS, standard, huawei::listDdsTasks),
                        "v3", null, "scheduled-jobs"),
                new RestRoute("DELETE", new Route(EmulatedOperation.LAKEFORMATION_DELETE_JOB, lakeFormation,
                        huawei::deleteLakeFormationJob), "v1", null, "instances", null, "lf-jobs", null),
                new RestRoute("GET", new Route(EmulatedOperation.LAKEFORMATION_SHOW_JOB, lakeFormation,
                        huawei::showLakeFormationJob), "v1", null, "instances", null, "lf-jobs", null));
    }

    /**
     * Routes a request.
     *
     * @param request the request
     * @return the route; never null
     */
    Route route(IncomingRequest request) {
        List<String> path = request.pathSegments();
        for (RestRoute r : restRoutes) {
            if (r.method().equals(request.method()) && shaped(path, r.shape())) {
                return r.route();
            }
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
    private static boolean shaped(List<String> path, List<String> pattern) {
        if (path.size() != pattern.size()) {
            return false;
        }
        for (int i = 0; i < pattern.size(); i++) {
            String segment = path.get(i);
            if (pattern.get(i) == null ? segment.isEmpty() : !pattern.get(i).equals(segment)) {
                return false;
            }
        }
        return true;
    }
}
