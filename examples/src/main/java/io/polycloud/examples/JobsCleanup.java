package io.polycloud.examples;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.jobs.BatchResult;
import io.polycloud.jobs.CloudJobs;
import io.polycloud.jobs.DeleteAllOptions;
import io.polycloud.jobs.DeleteOptions;
import io.polycloud.jobs.DeleteResult;
import io.polycloud.jobs.JobRef;
import io.polycloud.testing.EmulatedLakeFormation;
import io.polycloud.testing.PolycloudEmulator;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Cleans up after a failover drill and a migration with one call for every cloud:
 * {@link CloudJobs#deleteAll} over job refs of all four kinds, a VPC failover test still running
 * stopped first, then one line per job with an outcome that means the same on every cloud.
 *
 * <pre>
 * java io.polycloud.examples.JobsCleanup                      # embedded emulator, seeded with jobs of every kind
 * java io.polycloud.examples.JobsCleanup --yes aliyun://vpc/cn-shanghai/failover-test-jobs/ftj-… huawei://drs/cn-north-4/…/jobs/…
 * </pre>
 *
 * Given refs, it deletes them on the real clouds: default credential chains, real endpoints
 * unless {@code POLYCLOUD_ALIYUN_ENDPOINT} / {@code POLYCLOUD_HUAWEI_ENDPOINT} override them. It
 * prints what it will delete first, and deletes only with {@code --yes}. Exit status 0 when every
 * job is gone, 1 otherwise, 2 for a ref that does not parse or a run without {@code --yes}.
 */
public final class JobsCleanup {

    private JobsCleanup() {
    }

    /**
     * Runs the clean-up.
     *
     * @param args job refs and {@code --yes}; none for the emulator demo
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        return run(args, out, System::getenv);
    }

    static int run(String[] args, PrintStream out, UnaryOperator<String> env) {
        List<JobRef> refs = new ArrayList<>();
        boolean yes = false;
        for (String arg : args) {
            if (arg.equals("--yes")) {
                yes = true;
                continue;
            }
            try {
                refs.add(JobRef.parse(arg));
            } catch (RuntimeException e) {
                out.println(e.getMessage());
                return 2;
            }
        }
        List<String> changes = refs.stream().map(ref -> "DELETE " + ref
                + (ref instanceof JobRef.VpcFailoverTestJob ? " (stopped first if it is Testing)" : "")).toList();
        if (!ChangePlan.approved(changes, yes, out)) {
            return 2;
        }
        PolycloudEmulator emulator = refs.isEmpty() ? Clouds.demoEmulator(out) : null;
        try (CloudJobs jobs = emulator != null ? demo(emulator, refs) : real(env, out)) {
            BatchResult batch = jobs.deleteAll(refs, DeleteAllOptions.builder()
                    .deleteOptions(DeleteOptions.builder().stopFirst(true).build())
                    .progress(p -> out.printf("  %d/%d %s%n", p.completed(), p.total(), p.latest().outcome()))
                    .build());
            out.println();
            for (DeleteResult r : batch.results()) {
                out.printf("%-13s %-38s %-7s %s%n", r.outcome(), r.code().orElse("-"),
                        r.attempts() + (r.attempts() == 1 ? " call" : " calls"), r.ref());
                r.message().filter(m -> !r.outcome().succeeded()).ifPresent(m -> out.println("              " + m));
            }
            out.printf("%n%d jobs in %d ms: %s%n", batch.summary().total(), batch.summary().duration().toMillis(),
                    batch.summary().counts());
            return batch.summary().allSucceeded() ? 0 : 1;
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    /** Jobs of every kind on the demo emulator, one of them still running where the cloud cannot stop it. */
    private static CloudJobs demo(PolycloudEmulator emulator, List<JobRef> refs) {
        String project = emulator.huaweiProjectId();
        String testing = emulator.vpc().newJob("cn-hangzhou").status(FailoverTestJobStatus.TESTING).create().jobId();
        String stopped = emulator.vpc().newJob("cn-hangzhou").status(FailoverTestJobStatus.STOPPED).create().jobId();
        emulator.lakeFormation().putJob(Clouds.DEMO_LF_INSTANCE, "0f1e2d3c-still-running", EmulatedLakeFormation.RUNNING);
        refs.add(new JobRef.VpcFailoverTestJob("cn-hangzhou", testing));
        refs.add(new JobRef.VpcFailoverTestJob("cn-hangzhou", stopped));
        refs.add(new JobRef.DrsJob("cn-north-4", project, Clouds.DEMO_DRS_JOB));
        refs.add(new JobRef.DrsJob("cn-north-4", project, "already-deleted-job"));
        refs.add(new JobRef.DdsScheduledTask("cn-north-4", project, Clouds.DEMO_DDS_JOB));
        refs.add(new JobRef.LakeFormationJob("cn-north-4", project, Clouds.DEMO_LF_INSTANCE, Clouds.DEMO_LF_JOB));
        refs.add(new JobRef.LakeFormationJob("cn-north-4", project, Clouds.DEMO_LF_INSTANCE, "0f1e2d3c-still-running"));
        return CloudJobs.builder()
                .aliyunEndpointOverride(emulator.baseUri()).aliyunCredentials(emulator.aliyunCredentials())
                .huaweiEndpointOverride(emulator.baseUri()).huaweiCredentials(emulator.huaweiCredentials())
                .build();
    }

    private static CloudJobs real(UnaryOperator<String> env, PrintStream out) {
        out.println("Target: the real clouds (default credential chains)");
        CloudJobs.Builder b = CloudJobs.builder();
        Clouds.variable(env, "POLYCLOUD_ALIYUN_ENDPOINT").ifPresent(e -> b.aliyunEndpointOverride(URI.create(e)));
        Clouds.variable(env, "POLYCLOUD_HUAWEI_ENDPOINT").ifPresent(e -> b.huaweiEndpointOverride(URI.create(e)));
        return b.build();
    }
}
