package io.polycloud.benchmarks.official.vpc;

import com.aliyun.tea.NameInMap;
import com.aliyun.tea.TeaModel;
import com.aliyun.tea.Validation;

/**
 * The request model of {@code StartFailoverTestJob} and {@code DeleteFailoverTestJob} in the shape
 * the SDK generator gives every VPC request (release 3.2.24 has none for these operations).
 */
public class FailoverTestJobRequest extends TeaModel {

    /** Idempotency token; optional. */
    @NameInMap("ClientToken")
    public String clientToken;

    /** The job id. */
    @NameInMap("JobId")
    @Validation(required = true)
    public String jobId;

    /** The region id. */
    @NameInMap("RegionId")
    public String regionId;

    /**
     * @param jobId the job id
     * @return this request
     */
    public FailoverTestJobRequest setJobId(String jobId) {
        this.jobId = jobId;
        return this;
    }

    /**
     * @param regionId the region id
     * @return this request
     */
    public FailoverTestJobRequest setRegionId(String regionId) {
        this.regionId = regionId;
        return this;
    }
}
