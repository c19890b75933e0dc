package io.polycloud.testing.internal.huawei;

import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.CloudDialect;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.ServiceError;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Internal: the three seeded Huawei Cloud deletes over REST. Each authenticates, checks that the
 * path's project is one the credentials may act on (with the service's own code), then deletes.
 * The router has matched the path, so segment positions are known. Not part of the public API.
 */
public final class HuaweiApi {

    private final HuaweiJobs jobs;
    private final HuaweiAuth auth;

    /**
     * @param jobs the resources
     * @param auth the AK/SK and token check
     */
    public HuaweiApi(HuaweiJobs jobs, HuaweiAuth auth) {
        this.jobs = jobs;
        this.auth = auth;
    }

    /**
     * DRS {@code DELETE /v5/{project_id}/jobs/{job_id}}: 200 {@code {}}.
     *
     * @param exchange the request
     * @return the answer
     */
    public Answer deleteDrsJob(Exchange exchange) {
        CloudDialect dialect = HuaweiDialect.standard();
        List<String> path = exchange.request().pathSegments();
        return serve(exchange, dialect, path.get(1),
                () -> dialect.error(exchange, 403, "DRS.M00261", "Invalid project ID."),
                () -> {
                    jobs.deleteDrsJob(path.get(1), path.get(3));
                    return Answer.json(200, "{}");
                });
    }

    /**
     * DDS {@code DELETE /v3/{project_id}/scheduled-jobs/{job_id}}: 204, no body.
     *
     * @param exchange the request
     * @return the answer
     */
    public Answer cancelDdsTask(Exchange exchange) {
        CloudDialect dialect = HuaweiDialect.standard();
        List<String> path = exchange.request().pathSegments();
        return serve(exchange, dialect, path.get(1),
                () -> dialect.error(exchange, 400, "DBS.280408", "Invalid project id."),
                () -> {
                    jobs.cancelDdsTask(path.get(1), path.get(3));
                    return Answer.status(204);
                });
    }

    /**
     * LakeFormation {@code DELETE /v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}}: 200,
     * no body, request id in {@code X-request-id}.
     *
     * @param exchange the request
     * @return the answer
     */
    public Answer deleteLakeFormationJob(Exchange exchange) {
        HuaweiDialect dialect = HuaweiDialect.lakeFormation();
        List<String> path = exchange.request().pathSegments();
        return serve(exchange, dialect, path.get(1),
                () -> dialect.forbidden(exchange, "X-Auth-Token is invalid in the request"),
                () -> {
                    jobs.deleteLakeFormationJob(path.get(1), path.get(3), path.get(5));
                    return Answer.status(200);
                });
    }

    private Answer serve(Exchange exchange, CloudDialect dialect, String projectId, Supplier<Answer> wrongProject, Supplier<Answer> delete) {
        Optional<Answer> refused = auth.authenticate(exchange, dialect);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (exchange.authorizedProject().filter(p -> !p.equals(projectId)).isPresent()) {
            return wrongProject.get();
        }
        try {
            return dialect.withRequestId(exchange, delete.get());
        } catch (ServiceError e) {
            return e.render(dialect, exchange);
        }
    }
}
