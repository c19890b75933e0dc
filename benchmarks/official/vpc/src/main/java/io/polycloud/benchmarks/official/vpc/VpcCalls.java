package io.polycloud.benchmarks.official.vpc;

import com.aliyun.tea.TeaConverter;
import com.aliyun.tea.TeaModel;
import com.aliyun.tea.TeaPair;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.Common;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyun.vpc20160428.Client;
import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The FailoverTestJob operations on the official VPC client ({@code com.aliyun:vpc20160428}
 * 3.2.24) with default settings. The release has no methods for them, so each call does what the
 * generated {@code xxxWithOptions} methods do: validate the request model, put its set fields in a
 * query map, and call {@code com.aliyun.teaopenapi.Client.callApi} with the same {@code Params}
 * (RPC style, POST /, form request body, JSON response) before mapping the result to the response
 * model.
 */
final class VpcCalls {

    private VpcCalls() {
    }

    static OperationCall open(Operation op, URI endpoint) throws Exception {
        Config config = new Config()
                .setAccessKeyId(Fixtures.ALIYUN_ACCESS_KEY_ID)
                .setAccessKeySecret(Fixtures.ALIYUN_ACCESS_KEY_SECRET)
                .setRegionId(Fixtures.ALIYUN_REGION)
                .setEndpoint(endpoint.getHost() + ":" + endpoint.getPort())
                .setProtocol("HTTP");
        Client vpc = new Client(config);
        return OperationCall.of(op, () -> { }, () -> call(vpc, op.action(), new FailoverTestJobRequest()
                        .setJobId(Fixtures.VPC_JOB_ID)
                        .setRegionId(Fixtures.ALIYUN_REGION), new RuntimeOptions()),
                r -> op.isRequestId(r.body.requestId));
    }

    /** What {@code Client.deleteFailoverTestJobWithOptions} would be, had the generator emitted it. */
    private static FailoverTestJobResponse call(Client vpc, String action, FailoverTestJobRequest request,
                                                RuntimeOptions runtime) throws Exception {
        Common.validateModel(request);
        Map<String, Object> query = new HashMap<>();
        if (!Common.isUnset(request.clientToken)) {
            query.put("ClientToken", request.clientToken);
        }
        if (!Common.isUnset(request.jobId)) {
            query.put("JobId", request.jobId);
        }
        if (!Common.isUnset(request.regionId)) {
            query.put("RegionId", request.regionId);
        }
        OpenApiRequest req = OpenApiRequest.build(TeaConverter.buildMap(
                new TeaPair("query", com.aliyun.openapiutil.Client.query(query))));
        Params params = Params.build(TeaConverter.buildMap(
                new TeaPair("action", action),
                new TeaPair("version", "2016-04-28"),
                new TeaPair("protocol", "HTTPS"),
                new TeaPair("pathname", "/"),
                new TeaPair("method", "POST"),
                new TeaPair("authType", "AK"),
                new TeaPair("style", "RPC"),
                new TeaPair("reqBodyType", "formData"),
                new TeaPair("bodyType", "json")));
        return TeaModel.toModel(vpc.callApi(params, req, runtime), new FailoverTestJobResponse());
    }
}
