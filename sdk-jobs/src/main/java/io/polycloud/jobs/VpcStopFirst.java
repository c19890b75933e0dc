package io.polycloud.jobs;

import io.polycloud.aliyun.vpc.VpcWaiters;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsResponse;
import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.Filter;
import io.polycloud.aliyun.vpc.model.FilterKey;
import io.polycloud.aliyun.vpc.model.StopFailoverTestJobRequest;
import io.polycloud.core.exception.ErrorCategory;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.exception.ServiceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Deletes a VPC failover test job that may still be running ({@link DeleteOptions#stopFirst()}):
 * reads it ({@code DescribeFailoverTestJobs} filtered on its id), then by status:
 * {@code Init}, {@code Stopped} (or a status this SDK does not know) → delete; {@code Testing} →
 * stop, then poll; {@code Starting} or {@code Stopping} → poll; gone → {@link DeleteOutcome#ALREADY_GONE}.
 * Polls come after 1 s, doubling up to 20 s (as {@code VpcWaiters}), on the {@code CloudJobs}
 * sleeper, so no thread waits; past {@link DeleteOptions#waitTimeout()} the job ends
 * {@link DeleteOutcome#FAILED} with an {@link SdkTimeoutException}. A stop refused for the job's
 * state means it moved on by itself: polling goes on.
 */
final class VpcStopFirst {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(VpcWaiters.FIRST_DELAY_SECONDS);
    private static final Duration MAX_DELAY = Duration.ofSeconds(VpcWaiters.MAX_DELAY_SECONDS);

    private final ServiceClients clients;
    private final JobDeleter deleter;

    VpcStopFirst(ServiceClients clients, JobDeleter deleter) {
        this.clients = clients;
        this.deleter = deleter;
    }

    CompletableFuture<DeleteResult> run(JobRef.VpcFailoverTestJob ref, Deletion d) {
        Instant deadline = clients.clock().instant().plus(d.options().waitTimeout());
        return describe(ref, d).thenCompose(job -> next(ref, d, job, false, FIRST_DELAY, deadline));
    }

    /** One step: what the job's status asks for. */
    private CompletableFuture<DeleteResult> next(JobRef.VpcFailoverTestJob ref, Deletion d, Described job, boolean stopSent,
                                                 Duration delay, Instant deadline) {
        if (job.result().isPresent()) {
            return CompletableFuture.completedFuture(job.result().get());
        }
        FailoverTestJob found = job.job().orElseThrow();
        Optional<String> status = Optional.of(found.statusAsString());
        FailoverTestJobStatus current = found.status();
        if (current == FailoverTestJobStatus.TESTING && !stopSent) {
            return d.call(() -> clients.vpc(ref).stopFailoverTestJobAsync(StopFailoverTestJobRequest.builder()
                            .regionId(ref.region()).jobId(ref.jobId()).build()))
                    .handle((stopped, error) -> {
                        if (error != null && !(error instanceof ServiceException e && e.category() == ErrorCategory.INVALID_STATE)) {
                            return CompletableFuture.completedFuture(OutcomeRules.failed(d, error, status));
                        }
                        return poll(ref, d, true, delay, deadline, found);
                    })
                    .thenCompose(result -> result);
        }
        if (current == FailoverTestJobStatus.STARTING || current == FailoverTestJobStatus.STOPPING
                || current == FailoverTestJobStatus.TESTING) {
            return poll(ref, d, stopSent, delay, deadline, found);
        }
        return deleter.deleteVpc(ref, d, status);
    }

    private CompletableFuture<DeleteResult> poll(JobRef.VpcFailoverTestJob ref, Deletion d, boolean stopSent, Duration delay,
                                                 Instant deadline, FailoverTestJob last) {
        Duration remaining = Duration.between(clients.clock().instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            SdkTimeoutException timeout = new SdkTimeoutException(SdkTimeoutException.Kind.TOTAL, "failover test job "
                    + ref.jobId() + " is still " + last.statusAsString() + " after waiting "
                    + d.options().waitTimeout().toMillis() + " ms to delete it", null, 0);
            return CompletableFuture.completedFuture(OutcomeRules.failed(d, timeout, Optional.of(last.statusAsString())));
        }
        Duration wait = remaining.compareTo(delay) < 0 ? remaining : delay;
        Duration nextDelay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
        return d.inContext(clients.sleeper().delay(wait))
                .thenCompose(ignored -> describe(ref, d))
                .thenCompose(job -> next(ref, d, job, stopSent, nextDelay, deadline));
    }

    /** The job as described, or the result when the read ended the deletion (gone, or failed). */
    private record Described(Optional<FailoverTestJob> job, Optional<DeleteResult> result) {
    }

    private CompletableFuture<Described> describe(JobRef.VpcFailoverTestJob ref, Deletion d) {
        DescribeFailoverTestJobsRequest request = DescribeFailoverTestJobsRequest.builder().regionId(ref.region())
                .filters(Filter.of(FilterKey.JOB_ID, ref.jobId())).build();
        return d.call(() -> clients.vpc(ref).describeFailoverTestJobsAsync(request))
                .handle((DescribeFailoverTestJobsResponse page, Throwable error) -> {
                    if (error != null) {
                        return new Described(Optional.empty(), Optional.of(OutcomeRules.failed(d, error, Optional.empty())));
                    }
                    Optional<FailoverTestJob> job = page.failoverTestJobList().stream()
                            .filter(j -> j.jobId().equals(ref.jobId())).findFirst();
                    return job.isPresent() ? new Described(job, Optional.empty())
                            : new Described(Optional.empty(), Optional.of(d.result(DeleteOutcome.ALREADY_GONE, Optional.empty(),
                                    Optional.of("no failover test job " + ref.jobId() + " in " + ref.region()),
                                    Optional.empty(), Optional.empty())));
                });
    }
}
