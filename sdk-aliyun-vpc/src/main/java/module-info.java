/**
 * Alibaba Cloud VPC: its client and its request and response types. {@code requires io.polycloud.aliyun.vpc;}
 * is all an application needs: core's API comes with it, and a transport is found at run time
 * (OkHttp when module {@code io.polycloud.http.okhttp} is on the module path, else the JDK one).
 */
module io.polycloud.aliyun.vpc {
    requires transitive io.polycloud.core;

    exports io.polycloud.aliyun.vpc;
    exports io.polycloud.aliyun.vpc.model;
}
