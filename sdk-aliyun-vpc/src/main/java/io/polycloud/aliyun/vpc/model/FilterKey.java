package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.exception.SdkClientException;

/**
 * What a {@link Filter} of DescribeFailoverTestJobs matches on ({@code Filter.N.Key}). The API
 * requires {@link #RESOURCE_TYPE} alongside {@link #RESOURCE_ID} or {@link #RESOURCE_NAME}.
 */
public enum FilterKey {
    /** The job id ({@code JobId}). */
    JOB_ID("JobId"),
    /** The job name ({@code JobName}). */
    JOB_NAME("JobName"),
    /** The job status ({@code JobStatus}), values as {@link FailoverTestJobStatus#value()}. */
    JOB_STATUS("JobStatus"),
    /** The id of a resource in the job ({@code ResourceId}). */
    RESOURCE_ID("ResourceId"),
    /** The name of a resource in the job ({@code ResourceName}). */
    RESOURCE_NAME("ResourceName"),
    /** The resource type ({@code ResourceType}), values as {@link ResourceType#value()}. */
    RESOURCE_TYPE("ResourceType");

    private final String value;

    FilterKey(String value) {
        this.value = value;
    }

    /**
     * The key as the API spells it.
     *
     * @return for example {@code JobId}
     */
    public String value() {
        return value;
    }

    /**
     * The key for a value as the API spells it.
     *
     * @param value for example {@code JobId}
     * @return the key
     * @throws SdkClientException if the value is null or not a documented key
     */
    public static FilterKey fromValue(String value) {
        for (FilterKey k : values()) {
            if (k.value.equals(value)) {
                return k;
            }
        }
        throw new SdkClientException("filter key must be one of JobId, JobName, JobStatus, ResourceId, ResourceName, ResourceType");
    }
}
