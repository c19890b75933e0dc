/**
 * Polycloud jobs: one API ({@code CloudJobs}, {@code JobRef}) to delete jobs of every kind on
 * every cloud, on top of the service modules. Its API uses core's types (exceptions, credentials,
 * retry policy, interceptors, sleeper) and no service's: the service modules are an implementation detail.
 */
module io.polycloud.jobs {
    requires transitive io.polycloud.core;
    requires io.polycloud.aliyun.vpc;
    requires io.polycloud.huawei.drs;
    requires io.polycloud.huawei.dds;
    requires io.polycloud.huawei.lakeformation;

    exports io.polycloud.jobs;
}
