package io.polycloud.aliyun.vpc;

import static io.polycloud.aliyun.vpc.VpcTestClients.JOB;
import static io.polycloud.aliyun.vpc.VpcTestClients.TOKEN;

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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The six operations as the tests drive them: a representative request with every field set (and
 * the caller's ClientToken, so the wire bytes are fixed), the exact query the client must send,
 * a documented success body and the response it must parse to.
 */
enum Operation {
    CREATE("CreateFailoverTestJob", true,
            "RegionId=cn-shanghai&ResourceType=PHYSICALCONNECTION&ResourceId.1=pc-uf66k4e8pq3r00jfqd1x"
                    + "&ResourceId.2=pc-uf6a1b2c3d4e5f6g7h8i&Name=drill%20a%2Ab~c%2Fd"
                    + "&Description=%E6%95%85%E9%9A%9C%E6%BC%94%E7%BB%83&JobType=StartLater&JobDuration=60&DryRun=false"
                    + "&ClientToken=" + TOKEN,
            "{\"RequestId\":\"C44F62BE-9CE7-4277-B117-69243F3988BF\",\"JobId\":\"" + JOB + "\"}",
            CreateFailoverTestJobResponse.builder().requestId("C44F62BE-9CE7-4277-B117-69243F3988BF").jobId(JOB).build()) {
        @Override
        Object call(VpcClient vpc) {
            return vpc.createFailoverTestJob(Requests.CREATE);
        }

        @Override
        CompletableFuture<?> callAsync(VpcClient vpc) {
            return vpc.createFailoverTestJobAsync(Requests.CREATE);
        }
    },
    START("StartFailoverTestJob", true, "RegionId=cn-shanghai&JobId=" + JOB + "&ClientToken=" + TOKEN,
            "{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC0\"}",
            StartFailoverTestJobResponse.builder().requestId("0ED8D006-F706-4D23-88ED-E11ED28DCAC0").build()) {
        @Override
        Object call(VpcClient vpc) {
            return vpc.startFailoverTestJob(Requests.START);
        }

        @Override
        CompletableFuture<?> callAsync(VpcClient vpc) {
            return vpc.startFailoverTestJobAsync(Requests.START);
        }
    },
    STOP("StopFailoverTestJob", true, "RegionId=cn-shanghai&JobId=" + JOB + "&ClientToken=" + TOKEN,
            "{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC1\"}",
            StopFailoverTestJobResponse.builder().requestId("0ED8D006-F706-4D23-88ED-E11ED28DCAC1").build()) {
        @Override
        Object call(VpcClient vpc) {
            return vpc.stopFailoverTestJob(Requests.STOP);
        }

        @Override
        CompletableFuture<?> callAsync(VpcClient vpc) {
            return vpc.stopFailoverTestJobAsync(Requests.STOP);
        }
    },
    DELETE("DeleteFailoverTestJob", true, "RegionId=cn-shanghai&JobId=" + JOB + "&ClientToken=" + TOKEN,
            "{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC2\"}",
            DeleteFailoverTestJobResponse.builder().requestId("0ED8D006-F706-4D23-88ED-E11ED28DCAC2").build()) {
        @Override
        Object call(VpcClient vpc) {
            return vpc.deleteFailoverTestJob(Requests.DELETE);
        }

        @Override
        CompletableFuture<?> callAsync(VpcClient vpc) {
            return vpc.deleteFailoverTestJobAsync(Requests.DELETE);
        }
    },
    UPDATE("UpdateFailoverTestJob", true,
            "RegionId=cn-shanghai&JobId=" + JOB + "&Name=renamed&Description=second%20drill"
                    + "&ResourceId.1=pc-uf66k4e8pq3r00jfqd1x&JobDuration=120&DryRun=true&ClientToken=" + TOKEN,
            "{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC3\"}",
            UpdateFailoverTestJobResponse.builder().requestId("0ED8D006-F706-4D23-88ED-E11ED28DCAC3").build()) {
        @Override
        Object call(VpcClient vpc) {
            return vpc.updateFailoverTestJob(Requests.UPDATE);
        }

        @Override
        CompletableFuture<?> callAsync(VpcClient vpc) {
            return vpc.updateFailoverTestJobAsync(Requests.UPDATE);
        }
    },
    DESCRIBE("DescribeFailoverTestJobs", false,
            "RegionId=cn-shanghai&Filter.1.Key=JobStatus&Filter.1.Value.1=Init&Filter.1.Value.2=Testing"
                    + "&Filter.2.Key=ResourceType&Filter.2.Value.1=PHYSICALCONNECTION&MaxResults=50"
                    + "&NextToken=FFmyTO70tTpLG6I3FmYAXGKPd%2A%2A%2A%2A",
            "{\"RequestId\":\"473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E\",\"TotalCount\":2,\"Count\":2,\"MaxResults\":50,"
                    + "\"NextToken\":\"\",\"FailoverTestJobList\":["
                    + "{\"JobId\":\"" + JOB + "\",\"Name\":\"drill\",\"Description\":\"test\","
                    + "\"ResourceType\":\"PHYSICALCONNECTION\",\"ResourceId\":[\"pc-uf66k4e8pq3r00jfqd1x\"],"
                    + "\"JobType\":\"StartNow\",\"JobDuration\":\"60\",\"StartTime\":\"2023-11-21T14:00:00Z\","
                    + "\"StopTime\":\"2023-11-21T15:00Z\",\"Status\":\"Testing\"},"
                    + "{\"JobId\":\"ftj-bp1yh6mvi13aq3g8w0002\",\"ResourceType\":\"PHYSICALCONNECTION\",\"ResourceId\":[],"
                    + "\"JobType\":\"StartLater\",\"JobDuration\":30,\"StartTime\":\"\",\"Status\":\"Init\"}]}",
            DescribeFailoverTestJobsResponse.builder().requestId("473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E")
                    .totalCount(2).count(2).maxResults(50)
                    .failoverTestJobList(
                            FailoverTestJob.builder().jobId(JOB).name("drill").description("test")
                                    .resourceType(ResourceType.PHYSICALCONNECTION).resourceIds("pc-uf66k4e8pq3r00jfqd1x")
                                    .jobType(JobType.START_NOW).jobDuration(60)
                                    .startTime(Instant.parse("2023-11-21T14:00:00Z"))
                                    .stopTime(Instant.parse("2023-11-21T15:00:00Z"))
                                    .status(FailoverTestJobStatus.TESTING).build(),
                            FailoverTestJob.builder().jobId("ftj-bp1yh6mvi13aq3g8w0002")
                                    .resourceType(ResourceType.PHYSICALCONNECTION).jobType(JobType.START_LATER)
                                    .jobDuration(30).status(FailoverTestJobStatus.INIT).build())
                    .build()) {
        @Override
        Object call(VpcClient vpc) {
            return vpc.describeFailoverTestJobs(Requests.DESCRIBE);
        }

        @Override
        CompletableFuture<?> callAsync(VpcClient vpc) {
            return vpc.describeFailoverTestJobsAsync(Requests.DESCRIBE);
        }
    };

    final String action;
    final boolean carriesClientToken;
    final String query;
    final String successBody;
    final Object expectedResponse;

    Operation(String action, boolean carriesClientToken, String query, String successBody, Object expectedResponse) {
        this.action = action;
        this.carriesClientToken = carriesClientToken;
        this.query = query;
        this.successBody = successBody;
        this.expectedResponse = expectedResponse;
    }

    abstract Object call(VpcClient vpc);

    abstract CompletableFuture<?> callAsync(VpcClient vpc);

    static List<Operation> withClientToken() {
        return List.of(CREATE, START, STOP, DELETE, UPDATE);
    }

    /** The requests behind each constant; the region comes from the client (cn-shanghai). */
    static final class Requests {
        static final CreateFailoverTestJobRequest CREATE = CreateFailoverTestJobRequest.builder()
                .resourceIds("pc-uf66k4e8pq3r00jfqd1x", "pc-uf6a1b2c3d4e5f6g7h8i")
                .name("drill a*b~c/d").description("故障演练")
                .jobType(JobType.START_LATER).jobDuration(60).dryRun(false).clientToken(TOKEN)
                .build();
        static final StartFailoverTestJobRequest START = StartFailoverTestJobRequest.builder()
                .jobId(JOB).clientToken(TOKEN).build();
        static final StopFailoverTestJobRequest STOP = StopFailoverTestJobRequest.builder()
                .jobId(JOB).clientToken(TOKEN).build();
        static final DeleteFailoverTestJobRequest DELETE = DeleteFailoverTestJobRequest.builder()
                .jobId(JOB).clientToken(TOKEN).build();
        static final UpdateFailoverTestJobRequest UPDATE = UpdateFailoverTestJobRequest.builder()
                .jobId(JOB).name("renamed").description("second drill").resourceIds("pc-uf66k4e8pq3r00jfqd1x")
                .jobDuration(120).dryRun(true).clientToken(TOKEN).build();
        static final DescribeFailoverTestJobsRequest DESCRIBE = DescribeFailoverTestJobsRequest.builder()
                .filters(Filter.of(FilterKey.JOB_STATUS, "Init", "Testing"),
                        Filter.of(FilterKey.RESOURCE_TYPE, "PHYSICALCONNECTION"))
                .maxResults(50).nextToken("FFmyTO70tTpLG6I3FmYAXGKPd****")
                .build();

        private Requests() {
        }
    }
}
