package app;

import static app.ConsumerCalls.expectEqual;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyun.vpc20160428.Client;
import java.util.Map;

/**
 * The official Alibaba Cloud SDK ({@code com.aliyun:vpc20160428} 3.2.24) deletes a job, then a
 * missing one. That release has no FailoverTestJob methods, so this does what its generated
 * methods do: {@code callApi} of tea-openapi, RPC style, over http to the emulator.
 */
final class OfficialVpcCall implements ConsumerCalls {

    @Override
    public void run(EmulatorProcess emulator) throws Exception {
        Client vpc = new Client(new Config()
                .setAccessKeyId(EmulatorProcess.ALIYUN_ACCESS_KEY_ID)
                .setAccessKeySecret(EmulatorProcess.ALIYUN_ACCESS_KEY_SECRET)
                .setRegionId(EmulatorProcess.ALIYUN_REGION)
                .setEndpoint(emulator.baseUri().getHost() + ":" + emulator.baseUri().getPort())
                .setProtocol("HTTP"));
        Params params = new Params().setAction("DeleteFailoverTestJob").setVersion("2016-04-28").setProtocol("HTTP")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                .setBodyType("json");
        Map<String, ?> response = vpc.callApi(params, deleteJob(EmulatorProcess.VPC_JOB_FOR_OFFICIAL_SDK), new RuntimeOptions());
        expectEqual("HTTP status", 200, response.get("statusCode"));
        expectEqual("request id present", true, ((Map<?, ?>) response.get("body")).get("RequestId") instanceof String);
        try {
            vpc.callApi(params, deleteJob("ftj-missing"), new RuntimeOptions());
            throw new AssertionError("deleting a missing job succeeded");
        } catch (TeaException e) {
            expectEqual("error code", "IllegalParam.JobId", e.getCode());
            expectEqual("HTTP status", 400, e.getStatusCode());
        }
    }

    private static OpenApiRequest deleteJob(String jobId) {
        return new OpenApiRequest().setQuery(Map.of("JobId", jobId, "RegionId", EmulatorProcess.ALIYUN_REGION));
    }
}
