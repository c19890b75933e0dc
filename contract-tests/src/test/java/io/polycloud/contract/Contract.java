package io.polycloud.contract;

import io.polycloud.aliyun.vpc.VpcErrorCodes;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsResponse;
import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.Filter;
import io.polycloud.aliyun.vpc.model.FilterKey;
import io.polycloud.aliyun.vpc.model.JobType;
import io.polycloud.aliyun.vpc.model.ResourceType;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobResponse;
import io.polycloud.core.exception.ErrorCatalog;
import io.polycloud.huawei.dds.DdsErrorCodes;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.dds.model.CancelScheduledTaskResponse;
import io.polycloud.huawei.dds.model.ListScheduledTasksRequest;
import io.polycloud.huawei.dds.model.ListScheduledTasksResponse;
import io.polycloud.huawei.dds.model.ScheduledTask;
import io.polycloud.huawei.drs.DrsErrorCodes;
import io.polycloud.huawei.drs.model.Language;
import io.polycloud.huawei.drs.model.ShowJobDetailRequest;
import io.polycloud.huawei.drs.model.ShowJobDetailResponse;
import io.polycloud.huawei.lakeformation.LakeFormationErrorCodes;
import io.polycloud.huawei.lakeformation.model.ShowJobRequest;
import io.polycloud.huawei.lakeformation.model.ShowJobResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import mockwebserver3.MockResponse;

/**
 * Every operation of every service, as the contract suite drives it: a representative request
 * with every field set (and the caller's ClientToken, so the wire bytes are fixed), the exact
 * method and target the client must send and the headers it must sign, a documented success
 * answer and the typed response it must become, the service's documented error codes, and, for
 * operations addressing a resource, the same call with any id. Adding an operation adds a row.
 */
enum Contract {
    VPC_CREATE(Cloud.ALIYUN, "vpc", "CreateFailoverTestJob", "POST",
            "/?RegionId=cn-shanghai&ResourceType=PHYSICALCONNECTION&ResourceId.1=pc-uf66k4e8pq3r00jfqd1x"
                    + "&ResourceId.2=pc-uf6a1b2c3d4e5f6g7h8i&Name=drill%20a%2Ab~c%2Fd"
                    + "&Description=%E6%95%85%E9%9A%9C%E6%BC%94%E7%BB%83&JobType=StartLater&JobDuration=60&DryRun=false"
                    + "&ClientToken=" + Requests.TOKEN,
            Fixture.json(200, "{\"RequestId\":\"C44F62BE-9CE7-4277-B117-69243F3988BF\",\"JobId\":\"" + Requests.JOB + "\"}"),
            CreateFailoverTestJobResponse.builder().requestId("C44F62BE-9CE7-4277-B117-69243F3988BF").jobId(Requests.JOB).build(),
            c -> c.vpc().createFailoverTestJob(Requests.CREATE), c -> c.vpc().createFailoverTestJobAsync(Requests.CREATE),
            c -> c.vpc().createFailoverTestJob(null), c -> c.vpc().createFailoverTestJobAsync(null), null),
    VPC_START(Cloud.ALIYUN, "vpc", "StartFailoverTestJob", "POST", Requests.jobQuery(Requests.JOB),
            Fixture.json(200, "{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC0\"}"),
            StartFailoverTestJobResponse.builder().requestId("0ED8D006-F706-4D23-88ED-E11ED28DCAC0").build(),
            c -> c.vpc().startFailoverTestJob(Requests.START), c -> c.vpc().startFailoverTestJobAsync(Requests.START),
            c -> c.vpc().startFailoverTestJob(null), c -> c.vpc().startFailoverTestJobAsync(null),
            (c, id) -> c.vpc().startFailoverTestJob(Requests.START.toBuilder().jobId(id).build())),
    VPC_STOP(Cloud.ALIYUN, "vpc", "StopFailoverTestJob", "POST", Requests.jobQuery(Requests.JOB),
            Fixture.json(200, "{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC1\"}"),
            StopFailoverTestJobResponse.builder().requestId("0ED8D006-F706-4D23-88ED-E11ED28DCAC1").build(),
            c -> c.vpc().stopFailoverTestJob(Requests.STOP), c -> c.vpc().stopFailoverTestJobAsync(Requests.STOP),
            c -> c.vpc().stopFailoverTestJob(null), c -> c.vpc().stopFailoverTestJobAsync(null),
            (c, id) -> c.vpc().stopFailoverTestJob(Requests.STOP.toBuilder().jobId(id).build())),
    VPC_DELETE(Cloud.ALIYUN, "vpc", "DeleteFailoverTestJob", "POST", Requests.jobQuery(Requests.JOB),
            Fixture.json(200, "{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC2\"}"),
            DeleteFailoverTestJobResponse.builder().requestId("0ED8D006-F706-4D23-88ED-E11ED28DCAC2").build(),
            c -> c.vpc().deleteFailoverTestJob(Requests.DELETE), c -> c.vpc().deleteFailoverTestJobAsync(Requests.DELETE),
            c -> c.vpc().deleteFailoverTestJob(null), c -> c.vpc().deleteFailoverTestJobAsync(null),
            (c, id) -> c.vpc().deleteFailoverTestJob(Requests.DELETE.toBuilder().jobId(id).build())),
    VPC_UPDATE(Cloud.ALIYUN, "vpc", "UpdateFailoverTestJob", "POST",
            "/?RegionId=cn-shanghai&JobId=" + Requests.JOB + "&Name=renamed&Description=second%20drill"
                    + "&ResourceId.1=pc-uf66k4e8pq3r00jfqd1x&JobDuration=120&DryRun=true&ClientToken=" + Requests.TOKEN,
            Fixture.json(200, "{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC3\"}"),
            UpdateFailoverTestJobResponse.builder().requestId("0ED8D006-F706-4D23-88ED-E11ED28DCAC3").build(),
            c -> c.vpc().updateFailoverTestJob(Requests.UPDATE), c -> c.vpc().updateFailoverTestJobAsync(Requests.UPDATE),
            c -> c.vpc().updateFailoverTestJob(null), c -> c.vpc().updateFailoverTestJobAsync(null),
            (c, id) -> c.vpc().updateFailoverTestJob(Requests.UPDATE.toBuilder().jobId(id).build())),
    VPC_DESCRIBE(Cloud.ALIYUN, "vpc", "DescribeFailoverTestJobs", "POST",
            "/?RegionId=cn-shanghai&Filter.1.Key=JobStatus&Filter.1.Value.1=Init&Filter.1.Value.2=Testing"
                    + "&Filter.2.Key=ResourceType&Filter.2.Value.1=PHYSICALCONNECTION&MaxResults=50"
                    + "&NextToken=FFmyTO70tTpLG6I3FmYAXGKPd%2A%2A%2A%2A",
            Fixture.json(200, "{\"RequestId\":\"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E\",\"TotalCount\":2,\"Count\":2,"
                    + "\"MaxResults\":50,\"NextToken\":\"\",\"FailoverTestJobList\":["
                    + "{\"JobId\":\"" + Requests.JOB + "\",\"Name\":\"drill\",\"Description\":\"test\","
                    + "\"ResourceType\":\"PHYSICALCONNECTION\",\"ResourceId\":[\"pc-uf66k4e8pq3r00jfqd1x\"],"
                    + "\"JobType\":\"StartNow\",\"JobDuration\":\"60\",\"StartTime\":\"2023-11-21T14:00:00Z\","
                    + "\"StopTime\":\"2023-11-21T15:00Z\",\"Status\":\"Testing\"},"
                    + "{\"JobId\":\"ftj-bp1yh6mvi13aq3g8w0002\",\"ResourceType\":\"PHYSICALCONNECTION\",\"ResourceId\":[],"
                    + "\"JobType\":\"StartLater\",\"JobDuration\":30,\"StartTime\":\"\",\"Status\":\"Init\"}]}"),
            DescribeFailoverTestJobsResponse.builder().requestId("473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E")
                    .totalCount(2).count(2).maxResults(50)
                    .failoverTestJobList(
                            FailoverTestJob.builder().jobId(Requests.JOB).name("drill").description("test")
                                    .resourceType(ResourceType.PHYSICALCONNECTION).resourceIds("pc-uf66k4e8pq3r00jfqd1x")
                                    .jobType(JobType.START_NOW).jobDuration(60)
                                    .startTime(Instant.parse("2023-11-21T14:00:00Z"))
                                    .stopTime(Instant.parse("2023-11-21T15:00:00Z"))
                                    .status(FailoverTestJobStatus.TESTING).build(),
                            FailoverTestJob.builder().jobId("ftj-bp1yh6mvi13aq3g8w0002")
                                    .resourceType(ResourceType.PHYSICALCONNECTION).jobType(JobType.START_LATER)
                                    .jobDuration(30).status(FailoverTestJobStatus.INIT).build())
                    .build(),
            c -> c.vpc().describeFailoverTestJobs(Requests.DESCRIBE), c -> c.vpc().describeFailoverTestJobsAsync(Requests.DESCRIBE),
            c -> c.vpc().describeFailoverTestJobs(null), c -> c.vpc().describeFailoverTestJobsAsync(null), null),

    DRS_DELETE_JOB(Cloud.HUAWEI, "drs", "DeleteJob", "DELETE", "/v5/" + Fixture.PROJECT + "/jobs/" + Requests.DRS_JOB,
            huawei(200, "X-Request-Id", "req-drs-delete", "{}"),
            io.polycloud.huawei.drs.model.DeleteJobResponse.builder().requestId("req-drs-delete").build(),
            c -> c.drs().deleteJob(Requests.drsDelete(Requests.DRS_JOB)),
            c -> c.drs().deleteJobAsync(Requests.drsDelete(Requests.DRS_JOB)),
            c -> c.drs().deleteJob(null), c -> c.drs().deleteJobAsync(null),
            (c, id) -> c.drs().deleteJob(Requests.drsDelete(id))),
    DRS_SHOW_JOB_DETAIL(Cloud.HUAWEI, "drs", "ShowJobDetail", "GET",
            "/v5/" + Fixture.PROJECT + "/jobs/" + Requests.DRS_JOB + "?type=overview",
            huawei(200, "X-Request-Id", "req-drs-show", "{\"job\":{\"id\":\"" + Requests.DRS_JOB + "\","
                    + "\"status\":\"INCRE_TRANSFER_STARTED\",\"create_time\":\"1700000000000\","
                    + "\"base_info\":{\"name\":\"drs-job-1\",\"job_type\":\"migration\"},\"total_count\":1}}"),
            new ShowJobDetailResponse(Requests.DRS_JOB, "INCRE_TRANSFER_STARTED", Optional.of("drs-job-1"),
                    Optional.of("1700000000000"), Optional.of("req-drs-show")),
            c -> c.drs().showJobDetail(Requests.drsShow(Requests.DRS_JOB)),
            c -> c.drs().showJobDetailAsync(Requests.drsShow(Requests.DRS_JOB)),
            c -> c.drs().showJobDetail(null), c -> c.drs().showJobDetailAsync(null),
            (c, id) -> c.drs().showJobDetail(Requests.drsShow(id))),

    DDS_CANCEL_SCHEDULED_TASK(Cloud.HUAWEI, "dds", "CancelScheduledTask", "DELETE",
            "/v3/" + Fixture.PROJECT + "/scheduled-jobs/" + Requests.DDS_TASK,
            new MockResponse.Builder().code(204).addHeader("X-Request-Id", "req-dds-cancel").build(),
            CancelScheduledTaskResponse.builder().requestId("req-dds-cancel").build(),
            c -> c.dds().cancelScheduledTask(Requests.ddsCancel(Requests.DDS_TASK)),
            c -> c.dds().cancelScheduledTaskAsync(Requests.ddsCancel(Requests.DDS_TASK)),
            c -> c.dds().cancelScheduledTask(null), c -> c.dds().cancelScheduledTaskAsync(null),
            (c, id) -> c.dds().cancelScheduledTask(Requests.ddsCancel(id))),
    DDS_LIST_SCHEDULED_TASKS(Cloud.HUAWEI, "dds", "ListScheduledTasks", "GET",
            "/v3/" + Fixture.PROJECT + "/scheduled-jobs?job_name=RESIZE_FLAVOR&job_status=Pending"
                    + "&instance_id=9136fd2a9fcd405ea4674276ce36dae8in02&start_time=2024-05-10T08%3A00%3A00%2B0800"
                    + "&end_time=2024-05-17T00%3A00%3A00%2B0000&offset=10&limit=100",
            huawei(200, "X-Request-Id", "req-dds-list", "{\"schedules\":[{\"job_id\":\"" + Requests.DDS_TASK + "\","
                    + "\"job_name\":\"RESIZE_FLAVOR\",\"job_status\":\"Pending\",\"instance_id\":\"9136fd2a9fcd405ea4674276ce36dae8in02\","
                    + "\"instance_name\":\"dds-1\",\"instance_status\":\"normal\",\"create_time\":\"2024-05-10T08:00:00+0800\","
                    + "\"start_time\":\"2024-05-11T02:00:00+0800\",\"end_time\":\"2024-05-11T04:00:00+0800\"},"
                    + "{\"job_id\":\"task-2\",\"job_status\":\"Completed\"}],\"total_count\":12}"),
            new ListScheduledTasksResponse(List.of(
                    new ScheduledTask(Requests.DDS_TASK, "Pending", Optional.of("RESIZE_FLAVOR"),
                            Optional.of("9136fd2a9fcd405ea4674276ce36dae8in02"), Optional.of("2024-05-10T08:00:00+0800")),
                    new ScheduledTask("task-2", "Completed", Optional.empty(), Optional.empty(), Optional.empty())),
                    12, Optional.of("req-dds-list")),
            c -> c.dds().listScheduledTasks(Requests.DDS_LIST), c -> c.dds().listScheduledTasksAsync(Requests.DDS_LIST),
            c -> c.dds().listScheduledTasks(null), c -> c.dds().listScheduledTasksAsync(null), null),

    LAKEFORMATION_DELETE_JOB(Cloud.HUAWEI, "lakeformation", "DeleteJob", "DELETE",
            "/v1/" + Fixture.PROJECT + "/instances/" + Requests.LF_INSTANCE + "/lf-jobs/" + Requests.LF_JOB,
            huawei(200, "X-request-id", "req-lf-delete", ""),
            io.polycloud.huawei.lakeformation.model.DeleteJobResponse.builder().requestId("req-lf-delete").build(),
            c -> c.lakeFormation().deleteJob(Requests.lfDelete(Requests.LF_JOB)),
            c -> c.lakeFormation().deleteJobAsync(Requests.lfDelete(Requests.LF_JOB)),
            c -> c.lakeFormation().deleteJob(null), c -> c.lakeFormation().deleteJobAsync(null),
            (c, id) -> c.lakeFormation().deleteJob(Requests.lfDelete(id))),
    LAKEFORMATION_SHOW_JOB(Cloud.HUAWEI, "lakeformation", "ShowJob", "GET",
            "/v1/" + Fixture.PROJECT + "/instances/" + Requests.LF_INSTANCE + "/lf-jobs/" + Requests.LF_JOB,
            huawei(200, "X-request-id", "req-lf-show", "{\"id\":\"" + Requests.LF_JOB + "\",\"name\":\"testjob\","
                    + "\"description\":\"testJob\",\"type\":\"METADATA_MIGRATION\",\"parameter\":{},"
                    + "\"create_time\":\"2023-05-27T10:04:35.743Z\",\"start_time\":\"2023-05-27T10:04:35.743Z\",\"status\":\"RUNNING\"}"),
            new ShowJobResponse(Requests.LF_JOB, "RUNNING", Optional.of("testjob"), Optional.of("2023-05-27T10:04:35.743Z"),
                    Optional.of("2023-05-27T10:04:35.743Z"), Optional.of("req-lf-show")),
            c -> c.lakeFormation().showJob(new ShowJobRequest(Requests.LF_INSTANCE, Requests.LF_JOB)),
            c -> c.lakeFormation().showJobAsync(new ShowJobRequest(Requests.LF_INSTANCE, Requests.LF_JOB)),
            c -> c.lakeFormation().showJob(null), c -> c.lakeFormation().showJobAsync(null),
            (c, id) -> c.lakeFormation().showJob(new ShowJobRequest(Requests.LF_INSTANCE, id)));

    final Cloud cloud;
    final String service;
    final String operation;
    final String method;
    /** Path and query exactly as sent. */
    final String target;
    /** The headers the signature must cover. */
    final String signedHeaders;
    final MockResponse success;
    final Object expectedResponse;
    private final Function<Clients, Object> call;
    private final Function<Clients, CompletableFuture<?>> callAsync;
    private final Function<Clients, Object> callWithNull;
    private final Function<Clients, CompletableFuture<?>> callAsyncWithNull;
    private final BiFunction<Clients, String, Object> callWithId;

    Contract(Cloud cloud, String service, String operation, String method, String target, MockResponse success,
             Object expectedResponse, Function<Clients, Object> call, Function<Clients, CompletableFuture<?>> callAsync,
             Function<Clients, Object> callWithNull, Function<Clients, CompletableFuture<?>> callAsyncWithNull,
             BiFunction<Clients, String, Object> callWithId) {
        this.cloud = cloud;
        this.service = service;
        this.operation = operation;
        this.method = method;
        this.target = target;
        this.signedHeaders = cloud == Cloud.ALIYUN ? Fixture.ACS3_SIGNED
                : service.equals("drs") ? "host;user-agent;x-language;x-project-id;x-sdk-date" : Fixture.HUAWEI_SIGNED;
        this.success = success;
        this.expectedResponse = expectedResponse;
        this.call = call;
        this.callAsync = callAsync;
        this.callWithNull = callWithNull;
        this.callAsyncWithNull = callAsyncWithNull;
        this.callWithId = callWithId;
    }

    Object call(Clients clients) {
        return call.apply(clients);
    }

    CompletableFuture<?> callAsync(Clients clients) {
        return callAsync.apply(clients);
    }

    Object callWithNull(Clients clients) {
        return callWithNull.apply(clients);
    }

    CompletableFuture<?> callAsyncWithNull(Clients clients) {
        return callAsyncWithNull.apply(clients);
    }

    /** Whether the operation addresses one resource by id. */
    boolean takesId() {
        return callWithId != null;
    }

    /** The same call for another id (the last id of the path, or {@code JobId}). */
    Object callWithId(Clients clients, String id) {
        return callWithId.apply(clients, id);
    }

    /** Where the call for an id goes: the representative target with the id swapped for its encoded form. */
    String targetWithId(String encodedId) {
        return target.replace(cloud == Cloud.ALIYUN ? Requests.JOB : idOfTarget(), encodedId);
    }

    private String idOfTarget() {
        return service.equals("drs") ? Requests.DRS_JOB : service.equals("dds") ? Requests.DDS_TASK : Requests.LF_JOB;
    }

    /** The service's documented error codes. */
    ErrorCatalog catalog() {
        return switch (service) {
            case "vpc" -> VpcErrorCodes.catalog();
            case "drs" -> DrsErrorCodes.catalog();
            case "dds" -> DdsErrorCodes.catalog();
            default -> LakeFormationErrorCodes.catalog();
        };
    }

    private static MockResponse huawei(int status, String requestIdHeader, String requestId, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .addHeader(requestIdHeader, requestId).body(body).build();
    }

    /** The requests behind the rows; VPC's region comes from the client (cn-shanghai). */
    static final class Requests {
        static final String JOB = "ftj-bp1yh6mvi13aq3g8w0001";
        static final String TOKEN = "123e4567-e89b-12d3-a456-426655440000";
        static final String DRS_JOB = "dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20r";
        static final String DDS_TASK = "3861199d-c196-4791-bcd0-b45fde754f50";
        static final String LF_INSTANCE = "2180518f-42b8-4947-b20b-adfc53981a25";
        static final String LF_JOB = "03141229-84cd-4b1b-9733-dd124320c125";

        static final CreateFailoverTestJobRequest CREATE = CreateFailoverTestJobRequest.builder()
                .resourceIds("pc-uf66k4e8pq3r00jfqd1x", "pc-uf6a1b2c3d4e5f6g7h8i")
                .name("drill a*b~c/d").description("故障演练")
                .jobType(JobType.START_LATER).jobDuration(60).dryRun(false).clientToken(TOKEN)
                .build();
        static final StartFailoverTestJobRequest START = StartFailoverTestJobRequest.builder().jobId(JOB).clientToken(TOKEN).build();
        static final StopFailoverTestJobRequest STOP = StopFailoverTestJobRequest.builder().jobId(JOB).clientToken(TOKEN).build();
        static final DeleteFailoverTestJobRequest DELETE = DeleteFailoverTestJobRequest.builder().jobId(JOB).clientToken(TOKEN).build();
        static final UpdateFailoverTestJobRequest UPDATE = UpdateFailoverTestJobRequest.builder()
                .jobId(JOB).name("renamed").description("second drill").resourceIds("pc-uf66k4e8pq3r00jfqd1x")
                .jobDuration(120).dryRun(true).clientToken(TOKEN).build();
        static final DescribeFailoverTestJobsRequest DESCRIBE = DescribeFailoverTestJobsRequest.builder()
                .filters(Filter.of(FilterKey.JOB_STATUS, "Init", "Testing"),
                        Filter.of(FilterKey.RESOURCE_TYPE, "PHYSICALCONNECTION"))
                .maxResults(50).nextToken("FFmyTO70tTpLG6I3FmYAXGKPd****")
                .build();
        static final ListScheduledTasksRequest DDS_LIST = ListScheduledTasksRequest.builder().jobName("RESIZE_FLAVOR")
                .jobStatus("Pending").instanceId("9136fd2a9fcd405ea4674276ce36dae8in02")
                .startTime(OffsetDateTime.parse("2024-05-10T08:00:00+08:00")).endTime(OffsetDateTime.parse("2024-05-17T00:00:00Z"))
                .offset(10).limit(100).build();

        private Requests() {
        }

        static String jobQuery(String jobId) {
            return "/?RegionId=cn-shanghai&JobId=" + jobId + "&ClientToken=" + TOKEN;
        }

        static io.polycloud.huawei.drs.model.DeleteJobRequest drsDelete(String jobId) {
            return io.polycloud.huawei.drs.model.DeleteJobRequest.builder().jobId(jobId).xLanguage(Language.ZH_CN).build();
        }

        static ShowJobDetailRequest drsShow(String jobId) {
            return new ShowJobDetailRequest(jobId, Optional.of(Language.EN_US));
        }

        static CancelScheduledTaskRequest ddsCancel(String jobId) {
            return CancelScheduledTaskRequest.builder().jobId(jobId).build();
        }

        static io.polycloud.huawei.lakeformation.model.DeleteJobRequest lfDelete(String jobId) {
            return io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder().instanceId(LF_INSTANCE).jobId(jobId).build();
        }
    }
}
