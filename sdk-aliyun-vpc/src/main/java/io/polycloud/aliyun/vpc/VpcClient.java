package io.polycloud.aliyun.vpc;

import io.polycloud.aliyun.vpc.internal.ResponseHandlers;
import io.polycloud.aliyun.vpc.internal.RpcRequests;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsResponse;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobResponse;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobResponse;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.pipeline.ResponseHandler;
import io.polycloud.core.protocol.aliyun.AliyunClientBuilder;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcClient;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.time.Sleeper;
import io.polycloud.core.internal.validation.Validate;
import java.time.Clock;
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
 * token, so a retry never acts twice.
 */
public final class VpcClient implements AutoCloseable {

    private final AliyunRpcClient rpc;
    private final RpcRequests requests;
    private final VpcWaiters waiters;

    private VpcClient(AliyunRpcClient rpc, String region, Clock clock, Sleeper sleeper) {
        this.rpc = rpc;
        this.requests = new RpcRequests(region);
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
        return rpc.call(requests.createFailoverTestJob(request), ResponseHandlers.CREATE);
    }

    /**
     * {@link #createFailoverTestJob} without blocking. Never throws: every failure, a null request
     * included, completes the future exceptionally with the exception the synchronous method would throw.
     *
     * @param request the job to create
     * @return the future result
     */
    public CompletableFuture<CreateFailoverTestJobResponse> createFailoverTestJobAsync(CreateFailoverTestJobRequest request) {
        return async(() -> requests.createFailoverTestJob(request), ResponseHandlers.CREATE);
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
        return rpc.call(requests.startFailoverTestJob(request), ResponseHandlers.START);
    }

    /**
     * {@link #startFailoverTestJob} without blocking. Never throws: every failure, a null request
     * included, completes the future exceptionally with the exception the synchronous method would throw.
     *
     * @param request the job to start
     * @return the future result
     */
    public CompletableFuture<StartFailoverTestJobResponse> startFailoverTestJobAsync(StartFailoverTestJobRequest request) {
        return async(() -> requests.startFailoverTestJob(request), ResponseHandlers.START);
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
        return rpc.call(requests.stopFailoverTestJob(request), ResponseHandlers.STOP);
    }

    /**
     * {@link #stopFailoverTestJob} without blocking. Never throws: every failure, a null request
     * included, completes the future exceptionally with the exception the synchronous method would throw.
     *
     * @param request the job to stop
     * @return the future result
     */
    public CompletableFuture<StopFailoverTestJobResponse> stopFailoverTestJobAsync(StopFailoverTestJobRequest request) {
        return async(() -> requests.stopFailoverTestJob(request), ResponseHandlers.STOP);
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
        return rpc.call(requests.deleteFailoverTestJob(request), ResponseHandlers.DELETE);
    }

    /**
     * {@link #deleteFailoverTestJob} without blocking. Never throws: every failure, a null request
     * included, completes the future exceptionally with the exception the synchronous method would throw.
     *
     * @param request the job to delete
     * @return the future result
     */
    public CompletableFuture<DeleteFailoverTestJobResponse> deleteFailoverTestJobAsync(DeleteFailoverTestJobRequest request) {
        return async(() -> requests.deleteFailoverTestJob(request), ResponseHandlers.DELETE);
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
        return rpc.call(requests.updateFailoverTestJob(request), ResponseHandlers.UPDATE);
    }

    /**
     * {@link #updateFailoverTestJob} without blocking. Never throws: every failure, a null request
     * included, completes the future exceptionally with the exception the synchronous method would throw.
     *
     * @param request the changes
     * @return the future result
     */
    public CompletableFuture<UpdateFailoverTestJobResponse> updateFailoverTestJobAsync(UpdateFailoverTestJobRequest request) {
        return async(() -> requests.updateFailoverTestJob(request), ResponseHandlers.UPDATE);
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
        return rpc.call(requests.describeFailoverTestJobs(request), ResponseHandlers.DESCRIBE);
    }

    /**
     * {@link #describeFailoverTestJobs} without blocking. Never throws: every failure, a null request
     * included, completes the future exceptionally with the exception the synchronous method would throw.
     *
     * @param request filters, page size and the page to read
     * @return the future page
     */
    public CompletableFuture<DescribeFailoverTestJobsResponse> describeFailoverTestJobsAsync(
            DescribeFailoverTestJobsRequest request) {
        return async(() -> requests.describeFailoverTestJobs(request), ResponseHandlers.DESCRIBE);
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

    /** Marshalling runs inside the try, so a bad request fails the future instead of throwing. */
    private <T> CompletableFuture<T> async(Supplier<AliyunRpcRequest> marshal, ResponseHandler<T> handler) {
        try {
            return rpc.callAsync(marshal.get(), handler);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
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
            AliyunRpcClient rpc = buildRpcClient(VpcEndpoints.SERVICE, VpcEndpoints.API_VERSION, VpcEndpoints::forRegion,
                    VpcErrorCodes.catalog());
            return new VpcClient(rpc, region().orElse(null), clock(), sleeper());
        }
    }
}
