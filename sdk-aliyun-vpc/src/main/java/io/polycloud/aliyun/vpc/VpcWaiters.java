package io.polycloud.aliyun.vpc;

import io.polycloud.aliyun.vpc.model.DescribeFailoverTestJobsRequest;
import io.polycloud.aliyun.vpc.model.FailoverTestJob;
import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import io.polycloud.aliyun.vpc.model.Filter;
import io.polycloud.aliyun.vpc.model.FilterKey;
import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.exception.SdkTimeoutException;
import io.polycloud.core.time.Sleeper;
import io.polycloud.core.internal.validation.Validate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Waits for failover test jobs to reach a status, from {@link VpcClient#waiters()}. Polls
 * {@code DescribeFailoverTestJobs} (filtered on the job id) at once, then after
 * {@value #FIRST_DELAY_SECONDS} s, doubling the wait up to {@value #MAX_DELAY_SECONDS} s, with a last
 * poll at the deadline. Uses the client's clock and sleeper, so tests with a fake clock never
 * really sleep. Thread-safe.
 *
 * <pre>{@code
 * vpc.startFailoverTestJob(StartFailoverTestJobRequest.builder().jobId(jobId).build());
 * FailoverTestJob job = vpc.waiters().waitUntilJobStatus(jobId, FailoverTestJobStatus.TESTING, Duration.ofMinutes(10));
 * }</pre>
 *
 * A job only moves forward ({@code Init → Starting → Testing → Stopping → Stopped}), so the wait
 * ends early, with an {@link SdkClientException}, once the job has passed the wanted status.
 */
public final class VpcWaiters {

    /** Seconds before the second poll. */
    public static final int FIRST_DELAY_SECONDS = 1;
    /** Longest wait between two polls, in seconds. */
    public static final int MAX_DELAY_SECONDS = 20;

    private final VpcClient client;
    private final String clientRegion;
    private final Clock clock;
    private final Sleeper sleeper;

    VpcWaiters(VpcClient client, String clientRegion, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.clientRegion = clientRegion;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Waits until a job in the client's region has a status.
     *
     * @param jobId   the job, {@code ftj-…}
     * @param status  the status to wait for
     * @param timeout how long to wait at most
     * @return the job as last described, in the wanted status
     * @throws SdkTimeoutException if the job is still short of the status when the timeout passes
     * @throws SdkClientException  if an argument is invalid, the client has no region, the job does not
     *         exist (or no longer does), it has moved past the status and cannot come back, or the
     *         thread is interrupted
     * @throws io.polycloud.core.exception.ServiceException if a poll fails after the client's retries
     */
    public FailoverTestJob waitUntilJobStatus(String jobId, FailoverTestJobStatus status, Duration timeout) {
        if (clientRegion == null) {
            throw new SdkClientException("the client has no region: use waitUntilJobStatus(regionId, jobId, status, timeout)");
        }
        return waitUntilJobStatus(clientRegion, jobId, status, timeout);
    }

    /**
     * Waits until a job in a region has a status.
     *
     * @param regionId the job's region, for example {@code cn-hangzhou}
     * @param jobId    the job, {@code ftj-…}
     * @param status   the status to wait for
     * @param timeout  how long to wait at most
     * @return the job as last described, in the wanted status
     * @throws SdkTimeoutException if the job is still short of the status when the timeout passes
     * @throws SdkClientException  if an argument is invalid, the job does not exist (or no longer does),
     *         it has moved past the status and cannot come back, or the thread is interrupted
     * @throws io.polycloud.core.exception.ServiceException if a poll fails after the client's retries
     */
    public FailoverTestJob waitUntilJobStatus(String regionId, String jobId, FailoverTestJobStatus status,
                                              Duration timeout) {
        // The request applies the model's regionId and jobId rules.
        DescribeFailoverTestJobsRequest describe = DescribeFailoverTestJobsRequest.builder()
                .regionId(Validate.notNull(regionId, "regionId")).filters(Filter.of(FilterKey.JOB_ID, jobId)).build();
        Validate.notNull(status, "status");
        if (status == FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION) {
            throw new SdkClientException("status must be a known status, not UNKNOWN_TO_SDK_VERSION");
        }
        Validate.notNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new SdkClientException("timeout must be positive");
        }
        Instant deadline = clock.instant().plus(timeout);
        Duration delay = Duration.ofSeconds(FIRST_DELAY_SECONDS);
        int polls = 0;
        while (true) {
            polls++;
            Optional<FailoverTestJob> found = client.describeFailoverTestJobsPaginator(describe).jobs()
                    .filter(job -> job.jobId().equals(jobId)).findFirst();
            if (found.isEmpty()) {
                throw new SdkClientException("failover test job " + jobId + " does not exist in " + regionId
                        + " (waiting for " + status.value() + ")", null, polls);
            }
            FailoverTestJob job = found.get();
            FailoverTestJobStatus current = job.status();
            if (current == status) {
                return job;
            }
            // Declared in lifecycle order: a later status can never go back. An unknown one might be anything.
            if (current != FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION && current.ordinal() > status.ordinal()) {
                throw new SdkClientException("failover test job " + jobId + " is " + current.value() + " and can no longer become "
                        + status.value(), null, polls);
            }
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                throw new SdkTimeoutException(SdkTimeoutException.Kind.TOTAL, "failover test job " + jobId + " is still "
                        + job.statusAsString() + " after " + timeout.toMillis() + " ms waiting for " + status.value(), null, polls);
            }
            sleep(remaining.compareTo(delay) < 0 ? remaining : delay, polls);
            delay = delay.multipliedBy(2);
            if (delay.getSeconds() > MAX_DELAY_SECONDS) {
                delay = Duration.ofSeconds(MAX_DELAY_SECONDS);
            }
        }
    }

    private void sleep(Duration duration, int polls) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SdkClientException("interrupted while waiting for a failover test job", e, polls);
        }
    }
}
