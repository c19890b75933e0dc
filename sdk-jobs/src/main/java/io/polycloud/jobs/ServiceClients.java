package io.polycloud.jobs;

import io.polycloud.aliyun.vpc.VpcClient;
import io.polycloud.aliyun.vpc.VpcEndpoints;
import io.polycloud.core.client.SdkClientBuilder;
import io.polycloud.core.credentials.aliyun.AliyunCredentialsProvider;
import io.polycloud.core.credentials.huawei.HuaweiCredentialsProvider;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.protocol.huawei.HuaweiClientBuilder;
import io.polycloud.core.time.Sleeper;
import io.polycloud.huawei.dds.DdsClient;
import io.polycloud.huawei.dds.DdsEndpoints;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.DrsEndpoints;
import io.polycloud.huawei.lakeformation.LakeFormationClient;
import io.polycloud.huawei.lakeformation.LakeFormationEndpoints;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The service clients of one {@link CloudJobs}: one per service, region and (Huawei Cloud)
 * project, built on first use with the settings given once, shared by every call after, and
 * closed together. Thread-safe.
 */
final class ServiceClients implements AutoCloseable {

    /** What {@link CloudJobs.Builder} collected; null means the client builder's own default. */
    record Settings(AliyunCredentialsProvider aliyunCredentials, HuaweiCredentialsProvider huaweiCredentials,
                    URI aliyunEndpoint, URI huaweiEndpoint, Map<JobKind, URI> endpoints, Clock clock, Sleeper sleeper,
                    List<Consumer<SdkClientBuilder<?>>> clientSettings) {
        Settings {
            endpoints = Map.copyOf(endpoints);
            clientSettings = List.copyOf(clientSettings);
        }
    }

    private record Key(JobKind kind, String region, String projectId) {
    }

    private final Settings settings;
    private final Map<Key, AutoCloseable> clients = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ServiceClients(Settings settings) {
        this.settings = settings;
    }

    Clock clock() {
        return settings.clock();
    }

    Sleeper sleeper() {
        return settings.sleeper();
    }

    /** Where a kind of job in a region is sent: the kind's override, else its cloud's, else the region's endpoint. */
    URI endpoint(JobKind kind, String region) {
        URI override = settings.endpoints().get(kind);
        if (override == null) {
            override = kind.cloud().equals("aliyun") ? settings.aliyunEndpoint() : settings.huaweiEndpoint();
        }
        if (override != null) {
            return override;
        }
        return switch (kind) {
            case VPC_FAILOVER_TEST_JOB -> VpcEndpoints.forRegion(region);
            case DRS_JOB -> DrsEndpoints.forRegion(region);
            case DDS_SCHEDULED_TASK -> DdsEndpoints.forRegion(region);
            case LAKEFORMATION_JOB -> LakeFormationEndpoints.forRegion(region);
        };
    }

    VpcClient vpc(JobRef.VpcFailoverTestJob ref) {
        return client(new Key(ref.kind(), ref.region(), ""), VpcClient.class, () -> {
            VpcClient.Builder b = common(VpcClient.builder(), ref);
            if (settings.aliyunCredentials() != null) {
                b.credentials(settings.aliyunCredentials());
            }
            return b.build();
        });
    }

    DrsClient drs(JobRef.DrsJob ref) {
        return client(new Key(ref.kind(), ref.region(), ref.projectId()), DrsClient.class,
                () -> huawei(DrsClient.builder(), ref, ref.projectId()).build());
    }

    DdsClient dds(JobRef.DdsScheduledTask ref) {
        return client(new Key(ref.kind(), ref.region(), ref.projectId()), DdsClient.class,
                () -> huawei(DdsClient.builder(), ref, ref.projectId()).build());
    }

    LakeFormationClient lakeFormation(JobRef.LakeFormationJob ref) {
        return client(new Key(ref.kind(), ref.region(), ref.projectId()), LakeFormationClient.class,
                () -> huawei(LakeFormationClient.builder(), ref, ref.projectId()).build());
    }

    /** The client of a ref, built if need be: a dry run prepares it without calling it. */
    void prepare(JobRef ref) {
        if (ref instanceof JobRef.VpcFailoverTestJob vpc) {
            vpc(vpc);
        } else if (ref instanceof JobRef.DrsJob drs) {
            drs(drs);
        } else if (ref instanceof JobRef.DdsScheduledTask dds) {
            dds(dds);
        } else {
            lakeFormation((JobRef.LakeFormationJob) ref);
        }
    }

    private <C extends AutoCloseable> C client(Key key, Class<C> type, Supplier<C> build) {
        requireOpen();
        C client = type.cast(clients.computeIfAbsent(key, k -> build.get()));
        if (closed) {
            // close() ran while this client was being built: it may have missed it.
            closeQuietly(client);
            requireOpen();
        }
        return client;
    }

    private <B extends HuaweiClientBuilder<B>> B huawei(B builder, JobRef ref, String projectId) {
        common(builder, ref).projectId(projectId);
        if (settings.huaweiCredentials() != null) {
            builder.credentials(settings.huaweiCredentials());
        }
        return builder;
    }

    private <B extends SdkClientBuilder<B>> B common(B b, JobRef ref) {
        b.region(ref.region()).endpointOverride(endpoint(ref.kind(), ref.region())).clock(settings.clock())
                .sleeper(settings.sleeper());
        settings.clientSettings().forEach(setting -> setting.accept(b));
        return b.addInterceptor(CallAccounting.INSTANCE);
    }

    void requireOpen() {
        if (closed) {
            throw new SdkClientException("CloudJobs is closed");
        }
    }

    /** Closes every client built; later calls fail. Idempotent. */
    @Override
    public void close() {
        closed = true;
        for (AutoCloseable client : clients.values()) {
            closeQuietly(client);
        }
    }

    private static void closeQuietly(AutoCloseable client) {
        try {
            client.close();
        } catch (Exception e) {
            // A client's close releases connections; a failure there must not stop the others closing.
        }
    }
}
