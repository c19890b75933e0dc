package io.polycloud.benchmarks.official.lakeformation;

import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.TypeCasts;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.FieldExistence;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.http.LocationType;
import io.polycloud.benchmarks.harness.Fixtures;
import io.polycloud.benchmarks.harness.Operation;
import io.polycloud.benchmarks.harness.OperationCall;
import java.net.URI;
import java.util.function.Function;

/**
 * LakeFormation {@code DeleteJob} through the official {@link HcClient}
 * (huaweicloud-sdk-lakeformation 3.1.143, which has no operation for this endpoint), built and
 * invoked the way the generated {@code LakeFormationClient} and {@code LakeFormationMeta} do it
 * for their neighbours, with default settings.
 */
final class LakeFormationCalls {

    /** As {@code LakeFormationMeta} would declare it. */
    static final HttpRequestDef<DeleteLfJobRequest, DeleteLfJobResponse> DELETE_JOB = deleteJob();

    private LakeFormationCalls() {
    }

    static OperationCall open(Operation op, URI endpoint) {
        HcClient hcClient = new ClientBuilder<HcClient>(Function.identity())
                .withCredential(new BasicCredentials()
                        .withAk(Fixtures.HUAWEI_ACCESS_KEY)
                        .withSk(Fixtures.HUAWEI_SECRET_KEY)
                        .withProjectId(Fixtures.HUAWEI_PROJECT_ID))
                .withEndpoint(endpoint.toString())
                .build();
        return OperationCall.of(op, () -> { }, () -> hcClient.syncInvokeHttp(new DeleteLfJobRequest()
                        .withInstanceId(Fixtures.LAKEFORMATION_INSTANCE_ID)
                        .withJobId(Fixtures.LAKEFORMATION_JOB_ID), DELETE_JOB),
                r -> op.isRequestId(r.getXRequestId()));
    }

    private static HttpRequestDef<DeleteLfJobRequest, DeleteLfJobResponse> deleteJob() {
        HttpRequestDef.Builder<DeleteLfJobRequest, DeleteLfJobResponse> builder =
                HttpRequestDef.builder(HttpMethod.DELETE, DeleteLfJobRequest.class, DeleteLfJobResponse.class)
                        .withName("DeleteLfJob")
                        .withUri("/v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}")
                        .withContentType("application/json");
        builder.<String>withRequestField("instance_id",
                LocationType.Path,
                FieldExistence.NON_NULL_NON_EMPTY,
                TypeCasts.uncheckedConversion(String.class),
                f -> f.withMarshaller(DeleteLfJobRequest::getInstanceId, DeleteLfJobRequest::setInstanceId));
        builder.<String>withRequestField("job_id",
                LocationType.Path,
                FieldExistence.NON_NULL_NON_EMPTY,
                TypeCasts.uncheckedConversion(String.class),
                f -> f.withMarshaller(DeleteLfJobRequest::getJobId, DeleteLfJobRequest::setJobId));
        builder.<String>withResponseField("X-request-id",
                LocationType.Header,
                FieldExistence.NULL_IGNORE,
                String.class,
                f -> f.withMarshaller(DeleteLfJobResponse::getXRequestId, DeleteLfJobResponse::setXRequestId));
        return builder.build();
    }
}
