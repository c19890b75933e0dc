package io.polycloud.testing.internal.huawei;

import io.polycloud.core.exception.ErrorCode;
import io.polycloud.core.internal.json.JsonArray;
import io.polycloud.core.internal.json.JsonObject;
import io.polycloud.huawei.dds.DdsErrorCodes;
import io.polycloud.huawei.dds.model.ListScheduledTasksRequest;
import io.polycloud.huawei.drs.DrsErrorCodes;
import io.polycloud.testing.internal.Answer;
import io.polycloud.testing.internal.CloudDialect;
import io.polycloud.testing.internal.Exchange;
import io.polycloud.testing.internal.IncomingRequest;
import io.polycloud.testing.internal.Json;
import io.polycloud.testing.internal.ServiceError;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Internal: the emulated Huawei Cloud REST operations: DRS {@code DeleteJob} and
 * {@code ShowJobDetail}, DDS {@code CancelScheduledTask} and {@code ListScheduledTasks},
 * LakeFormation {@code DeleteJob} and {@code ShowJob}. Each authenticates, checks that the path's
 * project is one the credentials may act on (with the service's own code), then acts. The router
 * has matched the path, so segment positions are known. Not part of the public API.
 */
public final class HuaweiApi {

    private static final DateTimeFormatter DDS_TIME = ListScheduledTasksRequest.TIME_FORMAT.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LAKEFORMATION_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Without {@code start_time}, DDS lists the tasks of the last seven days. */
    private static final Duration DDS_DEFAULT_WINDOW = Duration.ofDays(7);

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
        return drs(exchange, path -> {
            jobs.deleteDrsJob(path.get(1), path.get(3));
            return Answer.json(200, "{}");
        });
    }

    /**
     * DRS {@code GET /v5/{project_id}/jobs/{job_id}?type=overview}:
     * {@code {"job":{"id","status","create_time"}}}.
     *
     * @param exchange the request
     * @return the answer
     */
    public Answer showDrsJob(Exchange exchange) {
        return drs(exchange, path -> {
            if (exchange.request().parameter("type").filter(t -> !t.isEmpty()).isEmpty()) {
                throw new ServiceError(400, DrsErrorCodes.PARAMETER_EMPTY.code(), "The parameter type is empty.");
            }
            HuaweiJobs.DrsJob job = jobs.drsJob(path.get(1), path.get(3));
            JsonObject body = Json.object().put("job", Json.object().put("id", job.jobId()).put("status", job.status())
                    .put("create_time", Long.toString(job.createdAt().toEpochMilli())).build()).build();
            return Answer.json(200, Json.write(body));
        });
    }

    /**
     * DDS {@code DELETE /v3/{project_id}/scheduled-jobs/{job_id}}: 204, no body.
     *
     * @param exchange the request
     * @return the answer
     */
    public Answer cancelDdsTask(Exchange exchange) {
        return dds(exchange, path -> {
            jobs.cancelDdsTask(path.get(1), path.get(3));
            return Answer.status(204);
        });
    }

    /**
     * DDS {@code GET /v3/{project_id}/scheduled-jobs}, filtered by {@code job_name},
     * {@code job_status}, {@code instance_id} and the creation-time window {@code start_time} to
     * {@code end_time} (the last seven days by default), paged by {@code offset} and
     * {@code limit}: {@code {"schedules":[…],"total_count":n}}.
     *
     * @param exchange the request
     * @return the answer
     */
    public Answer listDdsTasks(Exchange exchange) {
        return dds(exchange, path -> {
            IncomingRequest request = exchange.request();
            Instant end = request.parameter("end_time").map(HuaweiApi::ddsTime).orElse(exchange.receivedAt());
            Instant start = request.parameter("start_time").map(HuaweiApi::ddsTime).orElse(end.minus(DDS_DEFAULT_WINDOW));
            int offset = ddsNumber(request, "offset", 0, Integer.MAX_VALUE, 0);
            int limit = ddsNumber(request, "limit", 1, ListScheduledTasksRequest.MAX_LIMIT, 10);
            Predicate<HuaweiJobs.DdsTask> filter = task -> !task.createdAt().isBefore(start) && !task.createdAt().isAfter(end)
                    && matches(request, "job_name", task.jobName()) && matches(request, "job_status", task.status())
                    && request.parameter("instance_id").map(i -> task.instanceId().filter(i::equals).isPresent()).orElse(true);
            List<HuaweiJobs.DdsTask> all = jobs.ddsTasks(path.get(1), filter);
            JsonArray.Builder schedules = JsonArray.builder();
            all.stream().skip(offset).limit(limit).forEach(task -> {
                JsonObject.Builder entry = Json.object().put("job_id", task.jobId()).put("job_name", task.jobName())
                        .put("job_status", task.status());
                task.instanceId().ifPresent(i -> entry.put("instance_id", i));
                schedules.add(entry.put("create_time", DDS_TIME.format(task.createdAt())).build());
            });
            return Answer.json(200, Json.write(Json.object().put("schedules", schedules.build()).put("total_count", all.size()).build()));
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
        return lakeFormation(exchange, path -> {
            jobs.deleteLakeFormationJob(path.get(1), path.get(3), path.get(5));
            return Answer.status(200);
        });
    }

    /**
     * LakeFormation {@code GET /v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}}:
     * {@code {"id","status","create_time"}}, request id in {@code X-request-id}.
     *
     * @param exchange the request
     * @return the answer
     */
    public Answer showLakeFormationJob(Exchange exchange) {
        return lakeFormation(exchange, path -> {
            HuaweiJobs.LakeFormationJob job = jobs.lakeFormationJob(path.get(1), path.get(3), path.get(5));
            return Answer.json(200, Json.write(Json.object().put("id", job.jobId()).put("status", job.status())
                    .put("create_time", LAKEFORMATION_TIME.format(job.createdAt())).build()));
        });
    }

    private Answer drs(Exchange exchange, Operation operation) {
        return standard(exchange, DrsErrorCodes.INVALID_PROJECT_ID, operation);
    }

    private Answer dds(Exchange exchange, Operation operation) {
        return standard(exchange, DdsErrorCodes.INVALID_PROJECT_ID, operation);
    }

    /** DRS and DDS: the standard Huawei dialect, and the service's own code for a project not allowed. */
    private Answer standard(Exchange exchange, ErrorCode wrongProject, Operation operation) {
        CloudDialect dialect = HuaweiDialect.standard();
        return serve(exchange, dialect, () -> ServiceError.of(wrongProject).render(dialect, exchange), operation);
    }

    private Answer lakeFormation(Exchange exchange, Operation operation) {
        HuaweiDialect dialect = HuaweiDialect.lakeFormation();
        return serve(exchange, dialect, () -> dialect.forbidden(exchange, "X-Auth-Token is invalid in the request"),
                operation);
    }

    /** What an operation does once the request is authentic and addresses an allowed project. */
    @FunctionalInterface
    private interface Operation {
        Answer act(List<String> path);
    }

    private Answer serve(Exchange exchange, CloudDialect dialect, Supplier<Answer> wrongProject, Operation operation) {
        Optional<Answer> refused = auth.authenticate(exchange, dialect);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<String> path = exchange.request().pathSegments();
        if (exchange.authorizedProject().filter(p -> !p.equals(path.get(1))).isPresent()) {
            return wrongProject.get();
        }
        try {
            return dialect.withRequestId(exchange, operation.act(path));
        } catch (ServiceError e) {
            return e.render(dialect, exchange);
        }
    }

    private static boolean matches(IncomingRequest request, String parameter, String value) {
        return request.parameter(parameter).map(value::equals).orElse(true);
    }

    private static Instant ddsTime(String text) {
        try {
            return Instant.from(DDS_TIME.parse(text));
        } catch (DateTimeParseException e) {
            throw ServiceError.of(DdsErrorCodes.PARAMETER_ERROR);
        }
    }

    private static int ddsNumber(IncomingRequest request, String name, int min, int max, int absent) {
        Optional<String> value = request.parameter(name);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ServiceError.of(DdsErrorCodes.PARAMETER_ERROR);
    }
}
