package io.polycloud.benchmarks.harness;

/**
 * The made-up keys, regions and resource ids every benchmark sends. None of them is a real
 * credential or resource; all traffic goes to the loopback server.
 */
public final class Fixtures {

    /** Alibaba Cloud region. */
    public static final String ALIYUN_REGION = "cn-shanghai";
    /** Alibaba Cloud access key id (made up). */
    public static final String ALIYUN_ACCESS_KEY_ID = "TESTAKBenchmarkOnly0000001";
    /** Alibaba Cloud access key secret (made up). */
    public static final String ALIYUN_ACCESS_KEY_SECRET = "benchmarkSecretNotARealKey000001";
    /** VPC failover test job id. */
    public static final String VPC_JOB_ID = "ftj-bp1benchmark000000001";

    /** Huawei Cloud region. */
    public static final String HUAWEI_REGION = "cn-north-4";
    /** Huawei Cloud access key (made up). */
    public static final String HUAWEI_ACCESS_KEY = "HPUABENCHMARKONLY0001";
    /** Huawei Cloud secret key (made up). */
    public static final String HUAWEI_SECRET_KEY = "benchmarkSecretKeyNotARealKey00000000001";
    /** Huawei Cloud project id. */
    public static final String HUAWEI_PROJECT_ID = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e";
    /** DRS job id. */
    public static final String DRS_JOB_ID = "6d1f3a2b-4c5d-4e6f-8a9b-0c1d2e3fdb01";
    /** DDS scheduled task id. */
    public static final String DDS_JOB_ID = "6d1f3a2b-4c5d-4e6f-8a9b-0c1d2e3fdd01";
    /** LakeFormation instance id. */
    public static final String LAKEFORMATION_INSTANCE_ID = "6d1f3a2b-4c5d-4e6f-8a9b-0c1d2e3f1f01";
    /** LakeFormation job id. */
    public static final String LAKEFORMATION_JOB_ID = "6d1f3a2b-4c5d-4e6f-8a9b-0c1d2e3f1f02";

    private Fixtures() {
    }
}
