package io.polycloud.testing.internal.aliyun;

import io.polycloud.aliyun.vpc.model.FailoverTestJobStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Internal: a failover test job as {@link VpcService} holds it at the moment it was read, for the
 * RPC answers and the test-facing controls. Immutable. Not part of the public API.
 *
 * @param jobId        the id, {@code ftj-…}
 * @param regionId     the region it lives in
 * @param status       the status, after every transition due at the time of reading
 * @param name         the name, if set
 * @param description  the description, if set
 * @param resourceType always {@code PHYSICALCONNECTION}
 * @param resourceIds  the circuits under test
 * @param jobType      {@code StartNow} or {@code StartLater}
 * @param jobDuration  how long the test runs once Testing, in minutes
 * @param startTime    when it was started, if it was
 * @param stopTime     when it reached Stopped, if it did
 * @param startCount   how many times a Start (or a Create with {@code StartNow}) acted on it
 */
public record JobSnapshot(String jobId, String regionId, FailoverTestJobStatus status, Optional<String> name,
                          Optional<String> description, String resourceType, List<String> resourceIds, String jobType,
                          int jobDuration, Optional<Instant> startTime, Optional<Instant> stopTime, int startCount) {

    /** The only resource type failover tests support. */
    public static final String RESOURCE_TYPE = "PHYSICALCONNECTION";

    /**
     * Copies the list.
     */
    public JobSnapshot {
        resourceIds = List.copyOf(resourceIds);
    }
}
