package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A failover test job as {@code DescribeFailoverTestJobs} reports it (one entry of
 * {@code FailoverTestJobList}).
 *
 * <p>The enumerated fields have two accessors: {@link #status()} maps the value to
 * {@link FailoverTestJobStatus} ({@code UNKNOWN_TO_SDK_VERSION} for a value this SDK does not
 * know), {@link #statusAsString()} returns it as the service sent it.
 */
public final class FailoverTestJob {

    private final String jobId;
    private final String status;
    private final String name;
    private final String description;
    private final String resourceType;
    private final List<String> resourceIds;
    private final String jobType;
    private final Integer jobDuration;
    private final Instant startTime;
    private final Instant stopTime;

    private FailoverTestJob(Builder b) {
        this.jobId = FieldRules.receivedId(b.jobId, "jobId");
        this.status = FieldRules.receivedId(b.status, "status");
        this.name = b.name;
        this.description = b.description;
        this.resourceType = b.resourceType;
        List<String> ids = new ArrayList<>(b.resourceIds.size());
        for (String id : b.resourceIds) {
            ids.add(FieldRules.receivedId(id, "resourceIds[" + ids.size() + "]"));
        }
        this.resourceIds = List.copyOf(ids);
        this.jobType = b.jobType;
        this.jobDuration = b.jobDuration;
        this.startTime = b.startTime;
        this.stopTime = b.stopTime;
    }

    /**
     * A builder, for example to stub the client in your own tests.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this job's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().jobId(jobId).status(status).name(name).description(description).resourceType(resourceType)
                .resourceIds(resourceIds).jobType(jobType).jobDuration(jobDuration).startTime(startTime).stopTime(stopTime);
    }

    /**
     * The job id ({@code JobId}).
     *
     * @return for example {@code ftj-bp1yh6mvi13aq3g8w}
     */
    public String jobId() {
        return jobId;
    }

    /**
     * Where the job is in its lifecycle ({@code Status}).
     *
     * @return the status, {@link FailoverTestJobStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know
     */
    public FailoverTestJobStatus status() {
        return FailoverTestJobStatus.fromValue(status);
    }

    /**
     * The status as the service sent it.
     *
     * @return for example {@code Testing}
     */
    public String statusAsString() {
        return status;
    }

    /**
     * The job name ({@code Name}).
     *
     * @return the name, empty if the job has none
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The job description ({@code Description}).
     *
     * @return the description, empty if the job has none
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * The kind of resource under test ({@code ResourceType}).
     *
     * @return the type, empty if not reported; {@link ResourceType#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know
     */
    public Optional<ResourceType> resourceType() {
        return Optional.ofNullable(resourceType).map(ResourceType::fromValue);
    }

    /**
     * The resource type as the service sent it.
     *
     * @return for example {@code PHYSICALCONNECTION}, empty if not reported
     */
    public Optional<String> resourceTypeAsString() {
        return Optional.ofNullable(resourceType);
    }

    /**
     * The resources under test ({@code ResourceId}).
     *
     * @return an unmodifiable list, empty if none were reported
     */
    public List<String> resourceIds() {
        return resourceIds;
    }

    /**
     * How the job starts ({@code JobType}).
     *
     * @return the type, empty if not reported; {@link JobType#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know
     */
    public Optional<JobType> jobType() {
        return Optional.ofNullable(jobType).map(JobType::fromValue);
    }

    /**
     * The job type as the service sent it.
     *
     * @return for example {@code StartNow}, empty if not reported
     */
    public Optional<String> jobTypeAsString() {
        return Optional.ofNullable(jobType);
    }

    /**
     * How long the test runs ({@code JobDuration}).
     *
     * @return minutes, empty if not reported
     */
    public Optional<Integer> jobDuration() {
        return Optional.ofNullable(jobDuration);
    }

    /**
     * When the test started ({@code StartTime}).
     *
     * @return the instant, empty before the job started
     */
    public Optional<Instant> startTime() {
        return Optional.ofNullable(startTime);
    }

    /**
     * When the test stopped or will stop ({@code StopTime}).
     *
     * @return the instant, empty if not reported
     */
    public Optional<Instant> stopTime() {
        return Optional.ofNullable(stopTime);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FailoverTestJob j && j.jobId.equals(jobId) && j.status.equals(status)
                && Objects.equals(j.name, name) && Objects.equals(j.description, description)
                && Objects.equals(j.resourceType, resourceType) && j.resourceIds.equals(resourceIds)
                && Objects.equals(j.jobType, jobType) && Objects.equals(j.jobDuration, jobDuration)
                && Objects.equals(j.startTime, startTime) && Objects.equals(j.stopTime, stopTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, status, name, description, resourceType, resourceIds, jobType, jobDuration, startTime,
                stopTime);
    }

    @Override
    public String toString() {
        return "FailoverTestJob{jobId=" + jobId + ", status=" + status + ", name=" + name + ", description=" + description
                + ", resourceType=" + resourceType + ", resourceIds=" + resourceIds + ", jobType=" + jobType
                + ", jobDuration=" + jobDuration + ", startTime=" + startTime + ", stopTime=" + stopTime + "}";
    }

    /** Builds {@link FailoverTestJob}s. */
    public static final class Builder extends JobFieldsBuilder<Builder> {
        private String jobId;
        private String status;
        private String resourceType;
        private Collection<String> resourceIds = List.of();
        private String jobType;
        private Instant startTime;
        private Instant stopTime;

        private Builder() {
        }

        /**
         * @param jobId the job id; required
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * @param status the status as the API spells it, for example {@code Testing}; required
         * @return this builder
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * @param status the status; required
         * @return this builder
         * @throws SdkClientException if it is null or {@link FailoverTestJobStatus#UNKNOWN_TO_SDK_VERSION}
         */
        public Builder status(FailoverTestJobStatus status) {
            this.status = FieldRules.knownValue(Validate.notNull(status, "status").value(), "status");
            return this;
        }

        /**
         * @param resourceType the type as the API spells it, or null
         * @return this builder
         */
        public Builder resourceType(String resourceType) {
            this.resourceType = resourceType;
            return this;
        }

        /**
         * @param resourceType the type
         * @return this builder
         * @throws SdkClientException if it is null or {@link ResourceType#UNKNOWN_TO_SDK_VERSION}
         */
        public Builder resourceType(ResourceType resourceType) {
            this.resourceType = FieldRules.knownValue(Validate.notNull(resourceType, "resourceType").value(), "resourceType");
            return this;
        }

        /**
         * @param resourceIds the resources under test
         * @return this builder
         */
        public Builder resourceIds(Collection<String> resourceIds) {
            this.resourceIds = Validate.notNull(resourceIds, "resourceIds");
            return this;
        }

        /**
         * @param resourceIds the resources under test
         * @return this builder
         */
        public Builder resourceIds(String... resourceIds) {
            return resourceIds(Arrays.asList(Validate.notNull(resourceIds, "resourceIds")));
        }

        /**
         * @param jobType the type as the API spells it, or null
         * @return this builder
         */
        public Builder jobType(String jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * @param jobType the type
         * @return this builder
         * @throws SdkClientException if it is null or {@link JobType#UNKNOWN_TO_SDK_VERSION}
         */
        public Builder jobType(JobType jobType) {
            this.jobType = FieldRules.knownValue(Validate.notNull(jobType, "jobType").value(), "jobType");
            return this;
        }

        /**
         * @param startTime when the test started, or null
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * @param stopTime when the test stopped or will stop, or null
         * @return this builder
         */
        public Builder stopTime(Instant stopTime) {
            this.stopTime = stopTime;
            return this;
        }

        /**
         * Builds the job.
         *
         * @return the job
         * @throws SdkClientException if {@code jobId} or {@code status} is missing, or an id is blank or
         *         holds a control character
         */
        public FailoverTestJob build() {
            return new FailoverTestJob(this);
        }
    }
}
