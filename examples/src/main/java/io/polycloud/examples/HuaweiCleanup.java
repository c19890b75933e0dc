package io.polycloud.examples;

import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.drs.DrsClient;
import io.polycloud.huawei.drs.model.DeleteJobRequest;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Huawei Cloud cleanup: delete a DRS job, cancel a DDS scheduled task, delete a LakeFormation
 * job. On the emulator it also shows what a missing job and an authentication failure look like:
 * the same {@link io.polycloud.core.exception.ErrorCategory} values a VPC caller sees.
 *
 * <pre>
 * java io.polycloud.examples.HuaweiCleanup                                      # embedded emulator
 * java io.polycloud.examples.HuaweiCleanup --target real --huawei-region cn-north-4 --project-id … \
 *      --drs-job … --dds-job … --lf-instance … --lf-job … --yes
 * </pre>
 *
 * With {@code --target real} each step runs only if its ids were given; the run prints what it
 * will delete and goes ahead only with {@code --yes}.
 */
public final class HuaweiCleanup {

    private HuaweiCleanup() {
    }

    /**
     * Runs the cleanup.
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
        return Programs.run(args, out, env, HuaweiCleanup::changes, (clouds, log, o) -> steps(clouds, log));
    }

    /** What a real clean-up deletes: each id given. */
    static List<String> changes(ExampleArgs args) {
        String where = "region " + args.huaweiRegion() + args.get("--project-id").map(p -> ", project " + p).orElse("");
        List<String> changes = new ArrayList<>();
        args.get("--drs-job").ifPresent(id -> changes.add("Huawei Cloud DRS, " + where + ": DELETE job " + id));
        args.get("--dds-job").ifPresent(id -> changes.add("Huawei Cloud DDS, " + where + ": CANCEL scheduled task " + id));
        args.get("--lf-job").ifPresent(job -> args.get("--lf-instance").ifPresent(instance -> changes.add(
                "Huawei Cloud LakeFormation, " + where + ": DELETE job " + job + " of instance " + instance)));
        return changes;
    }

    static void steps(Clouds clouds, CallLog log) {
        Optional<String> drsJob = id(clouds, "--drs-job", Clouds.DEMO_DRS_JOB);
        Optional<String> ddsJob = id(clouds, "--dds-job", Clouds.DEMO_DDS_JOB);
        Optional<String> lfInstance = id(clouds, "--lf-instance", Clouds.DEMO_LF_INSTANCE);
        Optional<String> lfJob = id(clouds, "--lf-job", Clouds.DEMO_LF_JOB);

        if (drsJob.isPresent()) {
            log.step("DRS DeleteJob", () -> clouds.drs.deleteJob(DeleteJobRequest.builder().jobId(drsJob.get()).build()),
                    r -> "deleted " + drsJob.get());
        } else {
            log.note("DRS DeleteJob", "skipped: no --drs-job");
        }
        if (ddsJob.isPresent()) {
            log.step("DDS CancelScheduledTask", () -> clouds.dds.cancelScheduledTask(
                    CancelScheduledTaskRequest.builder().jobId(ddsJob.get()).build()), r -> "cancelled " + ddsJob.get());
        } else {
            log.note("DDS CancelScheduledTask", "skipped: no --dds-job");
        }
        if (lfInstance.isPresent() && lfJob.isPresent()) {
            log.step("LakeFormation DeleteJob", () -> clouds.lakeFormation.deleteJob(
                    io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                            .instanceId(lfInstance.get()).jobId(lfJob.get()).build()),
                    r -> "deleted " + lfJob.get());
        } else {
            log.note("LakeFormation DeleteJob", "skipped: needs --lf-instance and --lf-job");
        }

        if (clouds.emulated()) {
            // What a caller sees when the job is already gone, and when the key is wrong.
            log.expectFailure("DRS DeleteJob (already deleted)", () -> clouds.drs.deleteJob(
                    DeleteJobRequest.builder().jobId(Clouds.DEMO_DRS_JOB).build()));
            try (DrsClient wrongKey = clouds.drsWithWrongSecret()) {
                log.expectFailure("DRS DeleteJob (wrong secret key)", () -> wrongKey.deleteJob(
                        DeleteJobRequest.builder().jobId(Clouds.DEMO_DRS_JOB).build()));
            }
        }
    }

    private static Optional<String> id(Clouds clouds, String flag, String demo) {
        return clouds.emulated() ? Optional.of(demo) : clouds.args.get(flag);
    }
}
