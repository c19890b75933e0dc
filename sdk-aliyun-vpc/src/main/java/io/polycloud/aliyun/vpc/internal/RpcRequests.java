package io.polycloud.aliyun.vpc.internal;

import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.Filter;
import io.polycloud.aliyun.vpc.model.JobActionRequest;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.UpdateFailoverTestJobRequest;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.pipeline.IdempotencyToken;
import io.polycloud.core.internal.protocol.aliyun.AliyunRpcRequest;
import io.polycloud.core.internal.validation.Validate;
import java.util.List;
import java.util.Optional;

/**
 * Internal: the RPC form of each FailoverTestJob request. Parameters go out in a fixed order:
 * {@code RegionId}, the operation's own fields, then {@code ClientToken}; unset optional fields
 * are left out. Not part of the public API.
 *
 * <p>Marshalling happens once per call, before the retry loop: a generated {@code ClientToken}
 * is therefore the same on every attempt of that call.
 */
public final class RpcRequests {

    private final String clientRegion;

    /**
     * Marshals for a client.
     *
     * @param clientRegion the client's region, used when a request names none; null if the client has none
     */
    public RpcRequests(String clientRegion) {
        this.clientRegion = clientRegion;
    }

    /**
     * {@code CreateFailoverTestJob}.
     *
     * @param request the request
     * @return the RPC call
     * @throws SdkClientException if the request is null or no region is known
     */
    public AliyunRpcRequest createFailoverTestJob(CreateFailoverTestJobRequest request) {
        Validate.notNull(request, "request");
        AliyunRpcRequest.Builder b = rpc("CreateFailoverTestJob", request.regionId())
                .parameter("ResourceType", request.resourceType().value());
        indexed(b, "ResourceId.", request.resourceIds());
        b.parameter("Name", request.name().orElse(null))
                .parameter("Description", request.description().orElse(null))
                .parameter("JobType", request.jobType().value())
                .parameter("JobDuration", Integer.toString(request.jobDuration()))
                .parameter("DryRun", request.dryRun().map(String::valueOf).orElse(null));
        return withToken(b, request.clientToken());
    }

    /**
     * {@code StartFailoverTestJob}.
     *
     * @param request the request
     * @return the RPC call
     * @throws SdkClientException if the request is null or no region is known
     */
    public AliyunRpcRequest startFailoverTestJob(StartFailoverTestJobRequest request) {
        return jobAction("StartFailoverTestJob", request);
    }

    /**
     * {@code StopFailoverTestJob}.
     *
     * @param request the request
     * @return the RPC call
     * @throws SdkClientException if the request is null or no region is known
     */
    public AliyunRpcRequest stopFailoverTestJob(StopFailoverTestJobRequest request) {
        return jobAction("StopFailoverTestJob", request);
    }

    /**
     * {@code DeleteFailoverTestJob}.
     *
     * @param request the request
     * @return the RPC call
     * @throws SdkClientException if the request is null or no region is known
     */
    public AliyunRpcRequest deleteFailoverTestJob(DeleteFailoverTestJobRequest request) {
        return jobAction("DeleteFailoverTestJob", request);
    }

    /**
     * {@code UpdateFailoverTestJob}.
     *
     * @param request the request
     * @return the RPC call
     * @throws SdkClientException if the request is null or no region is known
     */
    public AliyunRpcRequest updateFailoverTestJob(UpdateFailoverTestJobRequest request) {
        Validate.notNull(request, "request");
        AliyunRpcRequest.Builder b = rpc("UpdateFailoverTestJob", request.regionId())
                .parameter("JobId", request.jobId())
                .parameter("Name", request.name().orElse(null))
                .parameter("Description", request.description().orElse(null));
        indexed(b, "ResourceId.", request.resourceIds().orElse(List.of()));
        b.parameter("JobDuration", request.jobDuration().map(String::valueOf).orElse(null))
                .parameter("DryRun", request.dryRun().map(String::valueOf).orElse(null));
        return withToken(b, request.clientToken());
    }

    /**
     * {@code DescribeFailoverTestJobs}: read-only, so it is always safe to repeat and carries no
     * {@code ClientToken}.
     *
     * @param request the request
     * @return the RPC call
     * @throws SdkClientException if the request is null or no region is known
     */
    public AliyunRpcRequest describeFailoverTestJobs(DescribeFailoverTestJobsRequest request) {
        Validate.notNull(request, "request");
        AliyunRpcRequest.Builder b = rpc("DescribeFailoverTestJobs", request.regionId());
        List<Filter> filters = request.filters();
        for (int i = 0; i < filters.size(); i++) {
            String prefix = "Filter." + (i + 1);
            b.parameter(prefix + ".Key", filters.get(i).key().value());
            indexed(b, prefix + ".Value.", filters.get(i).values());
        }
        return b.parameter("MaxResults", request.maxResults().map(String::valueOf).orElse(null))
                .parameter("NextToken", request.nextToken().orElse(null))
                .safeToRepeat(true)
                .build();
    }

    private AliyunRpcRequest jobAction(String action, JobActionRequest request) {
        Validate.notNull(request, "request");
        return withToken(rpc(action, request.regionId()).parameter("JobId", request.jobId()), request.clientToken());
    }

    private AliyunRpcRequest.Builder rpc(String action, Optional<String> regionId) {
        String region = regionId.orElse(clientRegion);
        if (region == null) {
            throw new SdkClientException("regionId is required: set it on the request or set region on VpcClient.builder()");
        }
        return AliyunRpcRequest.builder(action).parameter("RegionId", region);
    }

    /** The caller's token, or a new one: generated here, once per call, so every retry repeats it. */
    private static AliyunRpcRequest withToken(AliyunRpcRequest.Builder b, Optional<String> clientToken) {
        return b.parameter("ClientToken", clientToken.orElseGet(IdempotencyToken::generate)).safeToRepeat(true).build();
    }

    private static void indexed(AliyunRpcRequest.Builder b, String prefix, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            b.parameter(prefix + (i + 1), values.get(i));
        }
    }
}
