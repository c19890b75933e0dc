package io.polycloud.jobs;

/**
 * The kinds of job {@link CloudJobs} can delete, one per service, with the cloud and service
 * that own them and the shape of their {@link JobRef} text.
 */
public enum JobKind {
    /** An Alibaba Cloud VPC failover test job ({@code DeleteFailoverTestJob}). */
    VPC_FAILOVER_TEST_JOB("aliyun", "vpc", "aliyun://vpc/{regionId}/failover-test-jobs/{jobId}"),
    /** A Huawei Cloud DRS job ({@code DeleteJob}). */
    DRS_JOB("huawei", "drs", "huawei://drs/{region}/{projectId}/jobs/{jobId}"),
    /** A Huawei Cloud DDS scheduled task ({@code CancelScheduledTask}). */
    DDS_SCHEDULED_TASK("huawei", "dds", "huawei://dds/{region}/{projectId}/scheduled-jobs/{jobId}"),
    /** A Huawei Cloud LakeFormation job of an instance ({@code DeleteJobByInstance}). */
    LAKEFORMATION_JOB("huawei", "lakeformation",
            "huawei://lakeformation/{region}/{projectId}/instances/{instanceId}/lf-jobs/{jobId}");

    private final String cloud;
    private final String service;
    private final String template;

    JobKind(String cloud, String service, String template) {
        this.cloud = cloud;
        this.service = service;
        this.template = template;
    }

    /**
     * The cloud, as the ref's scheme spells it.
     *
     * @return {@code aliyun} or {@code huawei}
     */
    public String cloud() {
        return cloud;
    }

    /**
     * The service, as the ref's first path part and the SDK's errors spell it.
     *
     * @return for example {@code drs}
     */
    public String service() {
        return service;
    }

    /**
     * The shape of this kind's ref text, for messages and help.
     *
     * @return for example {@code huawei://drs/{region}/{projectId}/jobs/{jobId}}
     */
    public String template() {
        return template;
    }
}
