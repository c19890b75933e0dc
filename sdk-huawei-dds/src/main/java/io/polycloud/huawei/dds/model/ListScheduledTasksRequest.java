package io.polycloud.huawei.dds.model;

import io.polycloud.core.internal.validation.Validate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Lists scheduled tasks ({@code GET /v3/{project_id}/scheduled-jobs}), one page of those that
 * match every filter set. Without {@code startTime} the service looks back seven days only: set
 * it to find older tasks.
 *
 * <pre>{@code
 * ListScheduledTasksRequest.builder().jobStatus("Pending").startTime(OffsetDateTime.now().minusDays(30)).limit(100).build();
 * }</pre>
 *
 * @param jobName    the task's name ({@code job_name}), for example {@code RESIZE_FLAVOR}
 * @param jobStatus  the task's status ({@code job_status}): {@code Pending}, {@code Running},
 *                   {@code Completed}, {@code Failed} or {@code Canceled}
 * @param instanceId the instance ({@code instance_id})
 * @param startTime  the earliest creation time ({@code start_time}); the service's default is seven days ago
 * @param endTime    the latest creation time ({@code end_time}); the service's default is now
 * @param offset     how many matches to skip ({@code offset}, at least 0; default 0)
 * @param limit      the page size ({@code limit}, 1 to {@value #MAX_LIMIT}; default 10)
 */
public record ListScheduledTasksRequest(Optional<String> jobName, Optional<String> jobStatus,
                                        Optional<String> instanceId, Optional<OffsetDateTime> startTime,
                                        Optional<OffsetDateTime> endTime, Optional<Integer> offset,
                                        Optional<Integer> limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 100;

    /** How times go on the wire, for example {@code 2024-05-10T08:00:00+0800}. */
    public static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private static final int MAX_TEXT_LENGTH = 64;

    /**
     * Validates the components.
     *
     * @throws io.polycloud.core.exception.SdkClientException if a text is blank, too long or holds a
     *         control character, or {@code offset} or {@code limit} is out of range
     * @throws NullPointerException                            if a component is null
     */
    public ListScheduledTasksRequest {
        jobName.ifPresent(v -> Validate.text(v, "jobName", MAX_TEXT_LENGTH));
        jobStatus.ifPresent(v -> Validate.text(v, "jobStatus", MAX_TEXT_LENGTH));
        instanceId.ifPresent(v -> Validate.text(v, "instanceId", MAX_TEXT_LENGTH));
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        offset.ifPresent(v -> Validate.range(v, "offset", 0, Integer.MAX_VALUE));
        limit.ifPresent(v -> Validate.range(v, "limit", 1, MAX_LIMIT));
    }

    /** @return a new builder; every filter is optional */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ListScheduledTasksRequest}s. */
    public static final class Builder {
        private String jobName;
        private String jobStatus;
        private String instanceId;
        private OffsetDateTime startTime;
        private OffsetDateTime endTime;
        private Integer offset;
        private Integer limit;

        private Builder() {
        }

        /** Filters by task name ({@code job_name}); null for any. */
        public Builder jobName(String jobName) {
            this.jobName = jobName;
            return this;
        }

        /** Filters by status ({@code job_status}); null for any. */
        public Builder jobStatus(String jobStatus) {
            this.jobStatus = jobStatus;
            return this;
        }

        /** Filters by instance ({@code instance_id}); null for every instance. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** Sets the earliest creation time; null for the service's default, seven days ago. */
        public Builder startTime(OffsetDateTime startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets the latest creation time; null for now. */
        public Builder endTime(OffsetDateTime endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Sets how many matches to skip; null for 0. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** Sets the page size; null for the service's default, 10. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Builds the request; throws {@link io.polycloud.core.exception.SdkClientException} if a value is invalid. */
        public ListScheduledTasksRequest build() {
            return new ListScheduledTasksRequest(Optional.ofNullable(jobName), Optional.ofNullable(jobStatus),
                    Optional.ofNullable(instanceId), Optional.ofNullable(startTime), Optional.ofNullable(endTime),
                    Optional.ofNullable(offset), Optional.ofNullable(limit));
        }
    }
}
