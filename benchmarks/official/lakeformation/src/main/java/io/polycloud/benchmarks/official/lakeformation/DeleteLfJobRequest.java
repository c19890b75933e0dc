package io.polycloud.benchmarks.official.lakeformation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request model of LakeFormation {@code DeleteJob}
 * ({@code DELETE /v1/{project_id}/instances/{instance_id}/lf-jobs/{job_id}}) in the shape the
 * SDK generator gives its neighbours; huaweicloud-sdk-lakeformation 3.1.143 has no operation for it.
 */
public class DeleteLfJobRequest {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty(value = "instance_id")
    private String instanceId;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty(value = "job_id")
    private String jobId;

    /**
     * @param instanceId the instance id
     * @return this request
     */
    public DeleteLfJobRequest withInstanceId(String instanceId) {
        this.instanceId = instanceId;
        return this;
    }

    /**
     * @return the instance id
     */
    public String getInstanceId() {
        return instanceId;
    }

    /**
     * @param instanceId the instance id
     */
    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    /**
     * @param jobId the job id
     * @return this request
     */
    public DeleteLfJobRequest withJobId(String jobId) {
        this.jobId = jobId;
        return this;
    }

    /**
     * @return the job id
     */
    public String getJobId() {
        return jobId;
    }

    /**
     * @param jobId the job id
     */
    public void setJobId(String jobId) {
        this.jobId = jobId;
    }
}
