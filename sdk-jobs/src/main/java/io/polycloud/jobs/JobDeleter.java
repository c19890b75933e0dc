package io.polycloud.jobs;

import io.polycloud.aliyun.vpc.model.DeleteFailoverTestJobRequest;
import io.polycloud.huawei.dds.model.CancelScheduledTaskRequest;
import io.polycloud.huawei.lakeformation.model.ShowJobRequest;
import io.polycloud.huawei.lakeformation.model.ShowJobResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Deletes one job of any kind with its service's async client.
 *
 * <ul>
 *   <li>VPC, DRS and DDS: one delete ({@code DeleteFailoverTestJob}, {@code DeleteJob},
 *       {@code CancelScheduledTask}). Each service says "wrong state" with a documented code on
 *       the delete itself, so a status read first would only double the calls and open a window
 *       for the state to change between the two.</li>
 *   <li>VPC with {@link DeleteOptions#stopFirst()}: {@link VpcStopFirst} reads, stops and waits first.</li>
 *   <li>LakeFormation: {@code ShowJob} first, because the service documents no code for deleting a
 *       job that is submitted or running; such a job ends {@link DeleteOutcome#NOT_DELETABLE} with
 *       its status and nothing is deleted. A delete that is refused anyway (the job started since)
 *       ends by the category of the code the service sent.</li>
 * </ul>
 */
final class JobDeleter {

    private final ServiceClients clients;
    private final VpcStopFirst vpcStopFirst;

    JobDeleter(ServiceClients clients) {
        this.clients = clients;
        this.vpcStopFirst = new VpcStopFirst(clients, this);
    }

    /**
     * Runs one deletion to its result; the future never completes exceptionally.
     *
     * @param d the deletion, started again when a batch sends it again
     */
    CompletableFuture<DeleteResult> run(Deletion d) {
        d.started();
        try {
            if (d.options().dryRun()) {
                clients.prepare(d.ref());
                return CompletableFuture.completedFuture(d.result(DeleteOutcome.DRY_RUN, Optional.empty(),
                        Optional.of(plan(d)), Optional.empty(), Optional.empty()));
            }
            JobRef ref = d.ref();
            if (ref instanceof JobRef.VpcFailoverTestJob vpc) {
                return d.options().stopFirst() ? vpcStopFirst.run(vpc, d) : deleteVpc(vpc, d, Optional.empty());
            }
            if (ref instanceof JobRef.DrsJob drs) {
                return delete(d, () -> clients.drs(drs).deleteJobAsync(
                        io.polycloud.huawei.drs.model.DeleteJobRequest.builder().jobId(drs.jobId()).build()), Optional.empty());
            }
            if (ref instanceof JobRef.DdsScheduledTask dds) {
                return delete(d, () -> clients.dds(dds).cancelScheduledTaskAsync(
                        CancelScheduledTaskRequest.builder().jobId(dds.jobId()).build()), Optional.empty());
            }
            return deleteLakeFormation((JobRef.LakeFormationJob) ref, d);
        } catch (RuntimeException e) {
            // A client that cannot be built (a closed CloudJobs, a transport that cannot start).
            return CompletableFuture.completedFuture(OutcomeRules.failed(d, e, Optional.empty()));
        }
    }

    /** The VPC delete, with the deletion's own ClientToken so that sending it again cannot act twice. */
    CompletableFuture<DeleteResult> deleteVpc(JobRef.VpcFailoverTestJob ref, Deletion d, Optional<String> status) {
        return delete(d, () -> clients.vpc(ref).deleteFailoverTestJobAsync(DeleteFailoverTestJobRequest.builder()
                .regionId(ref.region()).jobId(ref.jobId()).clientToken(d.clientToken()).build()), status);
    }

    private CompletableFuture<DeleteResult> deleteLakeFormation(JobRef.LakeFormationJob ref, Deletion d) {
        return d.call(() -> clients.lakeFormation(ref).showJobAsync(new ShowJobRequest(ref.instanceId(), ref.jobId())))
                .handle((ShowJobResponse job, Throwable error) -> {
                    if (error != null) {
                        return CompletableFuture.completedFuture(OutcomeRules.failed(d, error, Optional.empty()));
                    }
                    if (!job.isDeletable()) {
                        return CompletableFuture.completedFuture(d.result(DeleteOutcome.NOT_DELETABLE, Optional.empty(),
                                Optional.of("the job is " + job.status() + ": LakeFormation deletes a job only once it is "
                                        + "no longer submitted or running"), Optional.of(job.status()), Optional.empty()));
                    }
                    return delete(d, () -> clients.lakeFormation(ref).deleteJobAsync(
                            io.polycloud.huawei.lakeformation.model.DeleteJobRequest.builder()
                                    .instanceId(ref.instanceId()).jobId(ref.jobId()).build()), Optional.of(job.status()));
                })
                .thenCompose(result -> result);
    }

    private static <T> CompletableFuture<DeleteResult> delete(Deletion d, Supplier<CompletableFuture<T>> call,
                                                              Optional<String> status) {
        return d.delete(call).handle((response, error) -> error == null
                ? OutcomeRules.deleted(d, status) : OutcomeRules.failed(d, error, status));
    }

    /** What a dry run would have sent, in words. */
    private String plan(Deletion d) {
        JobRef ref = d.ref();
        String target = " to " + clients.endpoint(ref.kind(), ref.region());
        return switch (ref.kind()) {
            case VPC_FAILOVER_TEST_JOB -> d.options().stopFirst()
                    ? "would read DescribeFailoverTestJobs, stop the job and wait while it runs, then send DeleteFailoverTestJob" + target
                    : "would send DeleteFailoverTestJob" + target;
            case DRS_JOB -> "would send DeleteJob" + target;
            case DDS_SCHEDULED_TASK -> "would send CancelScheduledTask" + target;
            case LAKEFORMATION_JOB -> "would read ShowJob, then send DeleteJob unless the job is submitted or running," + target;
        };
    }
}
