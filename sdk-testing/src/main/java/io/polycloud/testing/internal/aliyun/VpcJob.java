package io.polycloud.testing.internal.aliyun;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Internal: one failover test job's mutable state, owned and locked by {@link VpcService}. Not
 * part of the public API.
 *
 * <p>Timed transitions are applied lazily, by {@link #settle}: whoever reads the job first after
 * a transition became due sees it done, stamped with the time it became due, not the time of the
 * read.
 */
final class VpcJob {

    final String jobId;
    final String regionId;
    final String jobType;
    String name;
    String description;
    List<String> resourceIds;
    int jobDuration;
    FailoverTestJobStatus status;
    Instant statusSince;
    Instant startTime;
    Instant stopTime;
    int startCount;

    VpcJob(String jobId, String regionId, String jobType, List<String> resourceIds, int jobDuration, Instant now) {
        this.jobId = jobId;
        this.regionId = regionId;
        this.jobType = jobType;
        this.resourceIds = List.copyOf(resourceIds);
        this.jobDuration = jobDuration;
        this.status = FailoverTestJobStatus.INIT;
        this.statusSince = now;
    }

    /**
     * Moves to a status, stamping the lifecycle times the way the API reports them.
     */
    void moveTo(FailoverTestJobStatus next, Instant at) {
        status = next;
        statusSince = at;
        if (next == FailoverTestJobStatus.STARTING || (next == FailoverTestJobStatus.TESTING && startTime == null)) {
            startTime = at;
        }
        if (next == FailoverTestJobStatus.STOPPED) {
            stopTime = at;
        }
    }

    /**
     * Applies every timed transition due by {@code now}.
     */
    void settle(Instant now, Duration starting, Duration stopping) {
        while (true) {
            Instant due;
            FailoverTestJobStatus next;
            switch (status) {
                case STARTING -> {
                    due = statusSince.plus(starting);
                    next = FailoverTestJobStatus.TESTING;
                }
                case TESTING -> {
                    due = statusSince.plus(Duration.ofMinutes(jobDuration));
                    next = FailoverTestJobStatus.STOPPING;
                }
                case STOPPING -> {
                    due = statusSince.plus(stopping);
                    next = FailoverTestJobStatus.STOPPED;
                }
                default -> {
                    return;
                }
            }
            if (now.isBefore(due)) {
                return;
            }
            moveTo(next, due);
        }
    }

    /** Whether the job holds its circuits: a test is being started, run or stopped. */
    boolean inProgress() {
        return status == FailoverTestJobStatus.STARTING || status == FailoverTestJobStatus.TESTING || status == FailoverTestJobStatus.STOPPING;
    }

    JobSnapshot snapshot() {
        return new JobSnapshot(jobId, regionId, status, Optional.ofNullable(name),
                Optional.ofNullable(description), JobSnapshot.RESOURCE_TYPE, resourceIds, jobType, jobDuration,
                Optional.ofNullable(startTime), Optional.ofNullable(stopTime), startCount);
    }
}
