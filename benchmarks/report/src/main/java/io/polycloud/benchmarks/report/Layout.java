package io.polycloud.benchmarks.report;

import io.polycloud.benchmarks.harness.Operation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where the built benchmark modules and service modules are, relative to the repository root,
 * and the class paths the runner starts them with.
 *
 * @param root    the repository root
 * @param version the project version
 */
record Layout(Path root, String version) {

    /** The services in report order; each has a Polycloud module and an official-SDK module. */
    static final List<String> SERVICES = List.of("vpc", "drs", "dds", "lakeformation");

    /** The operation the cold start of each service calls. */
    static Operation coldStartOperation(String service) {
        switch (service) {
            case "vpc":
                return Operation.VPC_DELETE_FAILOVER_TEST_JOB;
            case "drs":
                return Operation.DRS_DELETE_JOB;
            case "dds":
                return Operation.DDS_CANCEL_SCHEDULED_TASK;
            case "lakeformation":
                return Operation.LAKEFORMATION_DELETE_JOB;
            default:
                throw new IllegalArgumentException(service);
        }
    }

    /** The service's name as its cloud writes it. */
    static String displayName(String service) {
        return service.equals("lakeformation") ? "LakeFormation" : service.toUpperCase(Locale.ROOT);
    }

    /** The Polycloud service module's directory name. */
    static String polycloudModule(String service) {
        return service.equals("vpc") ? "sdk-aliyun-vpc" : "sdk-huawei-" + service;
    }

    Path benchmarks() {
        return root.resolve("benchmarks");
    }

    Closure harness() {
        return Closure.of(benchmarks().resolve("harness/target/benchmarks-harness-" + version + ".jar"));
    }

    /** The Polycloud benchmark module's jar and its runtime class path: all four services, OkHttp, JMH. */
    Closure polycloudBenchmarks() {
        return Closure.of(polycloudBenchmarksJar())
                .plus(Closure.read(benchmarks().resolve("polycloud/target/runtime-classpath.txt")));
    }

    /** The Polycloud benchmark module's jar. */
    Path polycloudBenchmarksJar() {
        return benchmarks().resolve("polycloud/target/benchmarks-polycloud-" + version + ".jar");
    }

    /** A Polycloud service's runtime closure, its own jar included: what a user's application adds. */
    Closure polycloudService(String service) {
        return module(polycloudModule(service));
    }

    /**
     * A Polycloud service's runtime closure with the JDK transport: what is left when the
     * application excludes {@code sdk-http-okhttp}, that is, without the jars only it brings.
     */
    Closure polycloudServiceOnJdkTransport(String service) {
        return polycloudService(service).minus(module("sdk-http-okhttp").minus(module("sdk-core")));
    }

    /** A reactor module's jar and its runtime closure. */
    private Closure module(String module) {
        Path target = root.resolve(module).resolve("target");
        return Closure.of(target.resolve(module + "-" + version + ".jar")).plus(Closure.read(target.resolve("runtime-classpath.txt")));
    }

    /** An official SDK's runtime closure, as resolved for a project depending on it alone. */
    Closure officialService(String service) {
        return Closure.read(officialTarget(service).resolve("runtime-classpath.txt"));
    }

    /** An official benchmark module's jar, the SDK's closure, then JMH and the harness. */
    Closure officialBenchmarks(String service) {
        Path target = officialTarget(service);
        return Closure.of(target.resolve("benchmarks-official-" + service + "-" + version + ".jar"))
                .plus(officialService(service))
                .plus(Closure.read(target.resolve("provided-classpath.txt")));
    }

    /**
     * The class path of a Polycloud cold start: the program, the harness and the service's
     * closure only, as it comes ({@code okhttp}) or with {@code sdk-http-okhttp} excluded
     * ({@code jdk}: the JDK transport is then the only one installed).
     */
    Closure polycloudColdStart(String service, String transport) {
        return Closure.of(polycloudBenchmarksJar())
                .plus(harness())
                .plus(transport.equals("jdk") ? polycloudServiceOnJdkTransport(service) : polycloudService(service));
    }

    /** The class path of an official cold start: the program, the harness and the SDK's closure only. */
    Closure officialColdStart(String service) {
        return Closure.of(officialTarget(service).resolve("benchmarks-official-" + service + "-" + version + ".jar"))
                .plus(harness())
                .plus(officialService(service));
    }

    private Path officialTarget(String service) {
        return benchmarks().resolve("official").resolve(service).resolve("target");
    }
}
