package io.polycloud.aliyun.vpc;

import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsResponse;
import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.aliyun.vpc.model.JobActionRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobResponse;
import io.polycloud.core.SdkResponse;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.protocol.JsonFields;
import io.polycloud.core.internal.protocol.ServiceDescriptor;
import io.polycloud.core.internal.protocol.aliyun.AliyunOperation;
import io.polycloud.core.internal.protocol.aliyun.AliyunResponses;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.validation.Validate;
import io.polycloud.core.protocol.aliyun.AliyunClientBuilder;
import io.polycloud.core.time.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A client for Alibaba Cloud VPC failover test jobs (Express Connect failover drills), API
 * version 2016-04-28. Thread-safe; share one per region and close it when done.
 *
 * <pre>{@code
 * try (VpcClient vpc = VpcClient.builder().region("cn-shanghai").build()) {
 *     String jobId = vpc.createFailoverTestJob(CreateFailoverTestJobRequest.builder()
 *             .resourceIds("pc-uf66k4e8pq3r00jfqd1x").jobType(JobType.START_LATER).jobDuration(60).build()).jobId();
 *     vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
 *     vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.TESTING, Duration.ofMinutes(10));
 * }
 * }</pre>
 *
 * <p>Requests are signed with ACS3-HMAC-SHA256 by default. A request without a {@code regionId}
 * uses the client's region. Every operation that changes a job carries a {@code ClientToken}:
 * the caller's, or one the client generates per call; all retries of that call send the same
 * token, so a retry never acts twice. Parameters go out in a fixed order: {@code RegionId}, the
 * operation's own fields, then {@code ClientToken}; unset optional fields are left out. No
 * {@code …Async} method throws: every failure, a null request included, completes the future
 * exceptionally with the exception the synchronous method would throw.
 */
public final class VpcClient implements AutoCloseable {

    private static final ServiceDescriptor SERVICE = ServiceDescriptor.aliyun(VpcEndpoints.SERVICE,
            VpcEndpoints.API_VERSION, VpcEndpoints::forRegion, VpcErrorCodes.catalog());

    private static final AliyunOperation<CreateFailoverTestJobRequest, CreateFailoverTestJobResponse> CREATE =
            AliyunOperation.<CreateFailoverTestJobRequest>builder("CreateFailoverTestJob")
                    .regionId(CreateFailoverTestJobRequest::regionId)
                    .parameter("ResourceType", r -> Optional.of(r.resourceType().value()))
                    .indexed("ResourceId.", CreateFailoverTestJobRequest::resourceIds)
                    .parameter("Name", CreateFailoverTestJobRequest::name)
                    .parameter("Description", CreateFailoverTestJobRequest::description)
                    .parameter("JobType", r -> Optional.of(r.jobType().value()))
                    .parameter("JobDuration", r -> Optional.of(r.jobDuration()))
                    .parameter("DryRun", CreateFailoverTestJobRequest::dryRun)
                    .clientToken(CreateFailoverTestJobRequest::clientToken)
                    .json((body, requestId) -> CreateFailoverTestJobResponse.builder().requestId(requestId)
                            .jobId(body.required("JobId")).build());

    private static final AliyunOperation<StartFailoverTestJobRequest, StartFailoverTestJobResponse> START =
            jobAction("StartFailoverTestJob", StartFailoverTestJobResponse::builder);
    private static final AliyunOperation<StopFailoverTestJobRequest, StopFailoverTestJobResponse> STOP =
            jobAction("StopFailoverTestJob", StopFailoverTestJobResponse::builder);
    private static final AliyunOperation<DeleteFailoverTestJobRequest, DeleteFailoverTestJobResponse> DELETE =
            jobAction("DeleteFailoverTestJob", DeleteFailoverTestJobResponse::builder);

    private static final AliyunOperation<UpdateFailoverTestJobRequest, UpdateFailoverTestJobResponse> UPDATE =
            AliyunOperation.<UpdateFailoverTestJobRequest>builder("UpdateFailoverTestJob")
                    .regionId(UpdateFailoverTestJobRequest::regionId)
                    .parameter("JobId", r -> Optional.of(r.jobId()))
                    .parameter("Name", UpdateFailoverTestJobRequest::name)
                    .parameter("Description", UpdateFailoverTestJobRequest::description)
                    .indexed("ResourceId.", r -> r.resourceIds().orElse(List.of()))
                    .parameter("JobDuration", UpdateFailoverTestJobRequest::jobDuration)
                    .parameter("DryRun", UpdateFailoverTestJobRequest::dryRun)
                    .clientToken(UpdateFailoverTestJobRequest::clientToken)
                    .response(AliyunResponses.requestIdOnly(UpdateFailoverTestJobResponse::builder));

    /** Read-only: safe to repeat, no {@code ClientToken}. */
    private static final AliyunOperation<DescribeFailoverTestJobsRequest, DescribeFailoverTestJobsResponse> DESCRIBE =
            AliyunOperation.<DescribeFailoverTestJobsRequest>builder("DescribeFailoverTestJobs")
                    .regionId(DescribeFailoverTestJobsRequest::regionId)
                    .nested("Filter.", DescribeFailoverTestJobsRequest::filters,
                            (filter, out) -> out.add("Key", filter.key().value()).indexed("Value.", filter.values()))
                    .parameter("MaxResults", DescribeFailoverTestJobsRequest::maxResults)
                    .parameter("NextToken", DescribeFailoverTestJobsRequest::nextToken)
                    .readOnly()
                    .json(VpcClient::describe);

    private final AliyunRpcClient rpc;
    private final VpcWaiters waiters;

    private VpcClient(AliyunRpcClient rpc, String region, Clock clock, Sleeper sleeper) {
        this.rpc = rpc;
        this.waiters = new VpcWaiters(this, region, clock, sleeper);
    }

    /**
     * A builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a failover test job.
     *
     * @param request the job to create
     * @return the new job's id
     * @throws io.polycloud.core.exception.ServiceException   if VPC refused, for example
     *         {@link VpcErrorCodes#EC_FAILOVER_TEST_JOB_CONFLICT} or {@link VpcErrorCodes#ILLEGAL_PARAM_RESOURCE_ID}
     * @throws SdkClientException if the request is null, no region is known, or the call could not be made
     */
    public CreateFailoverTestJobResponse createFailoverTestJob(CreateFailoverTestJobRequest request) {
        return rpc.call(CREATE, request);
    }

    /**
     * {@link #createFailoverTestJob} without blocking.
     *
     * @param request the job to create
     * @return the future result
     */
    public CompletableFuture<CreateFailoverTestJobResponse> createFailoverTestJobAsync(CreateFailoverTestJobRequest request) {
        return rpc.callAsync(CREATE, request);
    }

    /**
     * Starts a failover test job that is in {@code Init}.
     *
     * @param request the job to start
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException   if VPC refused, for example
     *         {@link VpcErrorCodes#INCORRECT_STATUS_ONLY_FOR_INIT} or {@link VpcErrorCodes#ILLEGAL_PARAM_JOB_ID}
     * @throws SdkClientException if the request is null, no region is known, or the call could not be made
     */
    public StartFailoverTestJobResponse startFailoverTestJob(StartFailoverTestJobRequest request) {
        return rpc.call(START, request);
    }

    /**
     * {@link #startFailoverTestJob} without blocking.
     *
     * @param request the job to start
     * @return the future result
     */
    public CompletableFuture<StartFailoverTestJobResponse> startFailoverTestJobAsync(StartFailoverTestJobRequest request) {
        return rpc.callAsync(START, request);
    }

    /**
     * Stops a failover test job that is {@code Testing}.
     *
     * @param request the job to stop
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException   if VPC refused, for example
     *         {@link VpcErrorCodes#ILLEGAL_PARAM_JOB_ID}
     * @throws SdkClientException if the request is null, no region is known, or the call could not be made
     */
    public StopFailoverTestJobResponse stopFailoverTestJob(StopFailoverTestJobRequest request) {
        return rpc.call(STOP, request);
    }

    /**
     * {@link #stopFailoverTestJob} without blocking.
     *
     * @param request the job to stop
     * @return the future result
     */
    public CompletableFuture<StopFailoverTestJobResponse> stopFailoverTestJobAsync(StopFailoverTestJobRequest request) {
        return rpc.callAsync(STOP, request);
    }

    /**
     * Deletes a failover test job that is in {@code Init} or {@code Stopped}.
     *
     * @param request the job to delete
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException   if VPC refused, for example
     *         {@link VpcErrorCodes#INCORRECT_STATUS_ONLY_FOR_INIT_OR_STOPPED} or {@link VpcErrorCodes#ILLEGAL_PARAM_JOB_ID}
     * @throws SdkClientException if the request is null, no region is known, or the call could not be made
     */
    public DeleteFailoverTestJobResponse deleteFailoverTestJob(DeleteFailoverTestJobRequest request) {
        return rpc.call(DELETE, request);
    }

    /**
     * {@link #deleteFailoverTestJob} without blocking.
     *
     * @param request the job to delete
     * @return the future result
     */
    public CompletableFuture<DeleteFailoverTestJobResponse> deleteFailoverTestJobAsync(DeleteFailoverTestJobRequest request) {
        return rpc.callAsync(DELETE, request);
    }

    /**
     * Changes the name, description, resources or duration of a failover test job in {@code Init}
     * (the API's {@code UpdateFailoverTestJob}).
     *
     * @param request the changes
     * @return the request id
     * @throws io.polycloud.core.exception.ServiceException   if VPC refused, for example
     *         {@link VpcErrorCodes#INCORRECT_STATUS_ONLY_FOR_INIT} or {@link VpcErrorCodes#ILLEGAL_PARAM_RESOURCE_ID}
     * @throws SdkClientException if the request is null, no region is known, or the call could not be made
     */
    public UpdateFailoverTestJobResponse updateFailoverTestJob(UpdateFailoverTestJobRequest request) {
        return rpc.call(UPDATE, request);
    }

    /**
     * {@link #updateFailoverTestJob} without blocking.
     *
     * @param request the changes
     * @return the future result
     */
    public CompletableFuture<UpdateFailoverTestJobResponse> updateFailoverTestJobAsync(UpdateFailoverTestJobRequest request) {
        return rpc.callAsync(UPDATE, request);
    }

    /**
     * Lists one page of failover test jobs. To read every page, use
     * {@link #describeFailoverTestJobsPaginator(DescribeFailoverTestJobsRequest)}.
     *
     * @param request filters, page size and the page to read
     * @return the page
     * @throws io.polycloud.core.exception.ServiceException   if VPC refused
     * @throws SdkClientException if the request is null, no region is known, or the call could not be made
     */
    public DescribeFailoverTestJobsResponse describeFailoverTestJobs(DescribeFailoverTestJobsRequest request) {
        return rpc.call(DESCRIBE, request);
    }

    /**
     * {@link #describeFailoverTestJobs} without blocking.
     *
     * @param request filters, page size and the page to read
     * @return the future page
     */
    public CompletableFuture<DescribeFailoverTestJobsResponse> describeFailoverTestJobsAsync(
            DescribeFailoverTestJobsRequest request) {
        return rpc.callAsync(DESCRIBE, request);
    }

    /**
     * Every page of failover test jobs, fetched lazily: a page is requested only when iteration
     * reaches it, following {@code NextToken} until the service sends none. Each iteration starts
     * again from the request's own page.
     *
     * <pre>{@code
     * vpc.describeFailoverTestJobsPaginator(DescribeFailoverTestJobsRequest.builder().build())
     *         .jobs()
     *         .filter(job -> job.status() == FailoverTestJobStatus.STOPPED)
     *         .forEach(job -> System.out.println(job.jobId()));
     * }</pre>
     *
     * @param request filters and page size; its {@code nextToken}, if set, is where the first page starts
     * @return the pages
     * @throws SdkClientException if the request is null
     */
    public DescribeFailoverTestJobsIterable describeFailoverTestJobsPaginator(DescribeFailoverTestJobsRequest request) {
        return new DescribeFailoverTestJobsIterable(this::describeFailoverTestJobs, Validate.notNull(request, "request"));
    }

    /**
     * Waiters that poll until a job reaches a status.
     *
     * @return the waiters of this client
     */
    public VpcWaiters waiters() {
        return waiters;
    }

    /** Closes the client's connections, unless its transport was given to the builder. */
    @Override
    public void close() {
        rpc.close();
    }

    /** Start, Stop and Delete: {@code RegionId}, {@code JobId}, {@code ClientToken}; the answer is {@code {"RequestId":…}}. */
    private static <R extends JobActionRequest, O extends SdkResponse> AliyunOperation<R, O> jobAction(
            String action, Supplier<SdkResponse.Builder<O>> response) {
        return AliyunOperation.<R>builder(action)
                .regionId(JobActionRequest::regionId)
                .parameter("JobId", r -> Optional.of(r.jobId()))
                .clientToken(JobActionRequest::clientToken)
                .response(AliyunResponses.requestIdOnly(response));
    }

    /** {@code {"RequestId","FailoverTestJobList":[…],"NextToken","TotalCount","Count","MaxResults"}}. */
    private static DescribeFailoverTestJobsResponse describe(JsonFields body, String requestId) throws IOException {
        List<FailoverTestJob> jobs = new ArrayList<>();
        for (JsonFields item : body.objects("FailoverTestJobList")) {
            jobs.add(FailoverTestJob.builder()
                    .jobId(item.required("JobId"))
                    .status(item.required("Status"))
                    .name(item.text("Name").orElse(null))
                    .description(item.text("Description").orElse(null))
                    .resourceType(item.text("ResourceType").orElse(null))
                    .resourceIds(item.strings("ResourceId"))
                    .jobType(item.text("JobType").orElse(null))
                    // Documented as a string ("60"); a number is read the same way.
                    .jobDuration(item.integer("JobDuration").orElse(null))
                    .startTime(instant(item, "StartTime"))
                    .stopTime(instant(item, "StopTime"))
                    .build());
        }
        return DescribeFailoverTestJobsResponse.builder()
                .requestId(requestId)
                .failoverTestJobList(jobs)
                .nextToken(body.text("NextToken").orElse(null))
                .totalCount(body.integer("TotalCount").orElse(null))
                .count(body.integer("Count").orElse(null))
                .maxResults(body.integer("MaxResults").orElse(null))
                .build();
    }

    /** An ISO-8601 UTC time; Alibaba Cloud sends it with or without seconds. */
    private static Instant instant(JsonFields item, String field) throws IOException {
        try {
            return item.text(field).map(value -> OffsetDateTime.parse(value).toInstant()).orElse(null);
        } catch (DateTimeParseException e) {
            throw new IOException(field + " is not an ISO-8601 time", e);
        }
    }

    /**
     * Builds {@link VpcClient}s. Set a region (or an endpoint override) and, unless the default
     * chain finds them, credentials.
     */
    public static final class Builder extends AliyunClientBuilder<Builder> {

        private Builder() {
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws SdkClientException if neither region nor endpoint override is set
         */
        public VpcClient build() {
            return new VpcClient(buildRpcClient(SERVICE), region().orElse(null), clock(), sleeper());
        }
    }
}
