package io.polycloud.examples;

import io.polycloud.aliyun.vpc.model.CreateFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.JobType;
import io.polycloud.aliyun.vpc.model.ResourceType;
import io.polycloud.aliyun.vpc.model.StartFailoverTestJobRequest;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A VPC failover drill on an Express Connect circuit: create a failover test job, start it, wait
 * until it is Testing, stop it, wait until it is Stopped, delete it. Failures are handled by
 * {@link io.polycloud.core.exception.ErrorCategory}, never by parsing messages.
 *
 * <pre>
 * java io.polycloud.examples.VpcFailoverDrill                                   # embedded emulator
 * java io.polycloud.examples.VpcFailoverDrill --target real --region cn-shanghai --vpc-job ftj-… --yes
 * </pre>
 *
 * With {@code --target real} nothing is created: the drill runs on the job given by
 * {@code --vpc-job}, which must be in Init, and deletes it at the end; it prints that plan first
 * and goes ahead only with {@code --yes}.
 */
public final class VpcFailoverDrill {

    private VpcFailoverDrill() {
    }

    /**
     * Runs the drill.
     *
     * @param args see {@link ExampleArgs}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        return run(args, out, System::getenv);
    }

    static int run(String[] args, PrintStream out, UnaryOperator<String> env) {
        return Programs.run(args, out, env, VpcFailoverDrill::changes, (clouds, log, o) -> steps(clouds, log));
    }

    /** What a real drill does to the job it is given. */
    static List<String> changes(ExampleArgs args) {
        return args.get("--vpc-job").map(id -> List.of("Alibaba Cloud VPC, region " + args.region()
                + ": start failover test job " + id + ", stop it once it is Testing, then DELETE it")).orElse(List.of());
    }

    static void steps(Clouds clouds, CallLog log) {
        Optional<String> jobId = clouds.emulated() ? create(clouds, log) : clouds.args.get("--vpc-job");
        if (jobId.isEmpty()) {
            log.note("VPC failover drill", clouds.emulated() ? "not run: the job was not created" : "skipped: no --vpc-job");
            return;
        }
        String id = jobId.get();
        Duration patience = clouds.emulated() ? Duration.ofSeconds(30) : Duration.ofMinutes(15);

        if (log.step("VPC StartFailoverTestJob", () -> clouds.vpc.startFailoverTestJob(
                StartFailoverTestJobRequest.builder().jobId(id).build()), r -> "started " + id) == null) {
            return;
        }
        if (clouds.emulated()) {
            // A second start shows what an INVALID_STATE error looks like; the drill carries on.
            log.expectFailure("VPC StartFailoverTestJob (again)", () -> clouds.vpc.startFailoverTestJob(
                    StartFailoverTestJobRequest.builder().jobId(id).build()));
        }
        if (waitFor(clouds, log, id, FailoverTestJobStatus.TESTING, patience) == null) {
            return;
        }
        if (log.step("VPC StopFailoverTestJob", () -> clouds.vpc.stopFailoverTestJob(
                StopFailoverTestJobRequest.builder().jobId(id).build()), r -> "stopping " + id) == null) {
            return;
        }
        if (waitFor(clouds, log, id, FailoverTestJobStatus.STOPPED, patience) == null) {
            return;
        }
        log.step("VPC DeleteFailoverTestJob", () -> clouds.vpc.deleteFailoverTestJob(
                DeleteFailoverTestJobRequest.builder().jobId(id).build()), r -> "deleted " + id);
    }

    private static Optional<String> create(Clouds clouds, CallLog log) {
        return Optional.ofNullable(log.step("VPC CreateFailoverTestJob", () -> clouds.vpc.createFailoverTestJob(
                CreateFailoverTestJobRequest.builder()
                        .resourceType(ResourceType.PHYSICALCONNECTION)
                        .resourceIds("pc-drill0001")
                        .jobType(JobType.START_LATER)
                        .jobDuration(60)
                        .name("polycloud drill")
                        .build()),
                r -> "created " + r.jobId())).map(r -> r.jobId());
    }

    private static FailoverTestJob waitFor(Clouds clouds, CallLog log, String jobId, FailoverTestJobStatus status,
                                           Duration patience) {
        return log.step("VPC wait until " + status.value(),
                () -> clouds.vpc.waiters().waitUntilJobStatus(jobId, status, patience),
                job -> jobId + " is " + job.statusAsString());
    }
}
