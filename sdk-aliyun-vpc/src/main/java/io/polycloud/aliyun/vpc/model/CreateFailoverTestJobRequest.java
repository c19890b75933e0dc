package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a failover test job over Express Connect circuits ({@code CreateFailoverTestJob}).
 *
 * <pre>{@code
 * CreateFailoverTestJobRequest.builder()
 *         .regionId("cn-hangzhou")
 *         .resourceIds("pc-bp1a2b3c4d5e6f7g8h9i0", "pc-bp1k2l3m4n5o6p7q8r9s0")
 *         .jobType(JobType.START_LATER)
 *         .jobDuration(60)
 *         .name("quarterly drill")
 *         .build();
 * }</pre>
 *
 * The service refuses a job when a {@code StartNow} job already exists in the region, a circuit
 * has pending orders or overdue payments or is already under test, a circuit carries more than one
 * hosted connection or more than one cross-account VBR, a hosted connection has no VBR, or its
 * VLAN id is 0 (see {@link io.polycloud.aliyun.vpc.VpcErrorCodes}).
 *
 * <p>When no {@code clientToken} is given, the client generates one per call and sends the same
 * value on every retry, so a retried create never creates two jobs.
 */
public final class CreateFailoverTestJobRequest {

    private final String regionId;
    private final ResourceType resourceType;
    private final List<String> resourceIds;
    private final JobType jobType;
    private final int jobDuration;
    private final String name;
    private final String description;
    private final Boolean dryRun;
    private final String clientToken;

    private CreateFailoverTestJobRequest(Builder b) {
        this.regionId = FieldRules.regionId(b.regionId);
        this.resourceType = b.resourceType;
        FieldRules.knownValue(Validate.notNull(resourceType, "resourceType").value(), "resourceType");
        this.resourceIds = FieldRules.resourceIds(Validate.notNull(b.resourceIds, "resourceIds"));
        this.jobType = b.jobType;
        FieldRules.knownValue(Validate.notNull(jobType, "jobType").value(), "jobType");
        this.jobDuration = FieldRules.jobDuration(Validate.notNull(b.jobDuration, "jobDuration"));
        this.name = FieldRules.name(b.name);
        this.description = FieldRules.description(b.description);
        this.dryRun = b.dryRun;
        this.clientToken = FieldRules.clientToken(b.clientToken);
    }

    /**
     * A builder; {@code resourceType} starts as {@link ResourceType#PHYSICALCONNECTION}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().regionId(regionId).resourceType(resourceType).resourceIds(resourceIds).jobType(jobType)
                .jobDuration(jobDuration).name(name).description(description).dryRun(dryRun).clientToken(clientToken);
    }

    /**
     * The region of the job ({@code RegionId}).
     *
     * @return the region, empty to use the client's region
     */
    public Optional<String> regionId() {
        return Optional.ofNullable(regionId);
    }

    /**
     * The kind of resource under test ({@code ResourceType}).
     *
     * @return the type
     */
    public ResourceType resourceType() {
        return resourceType;
    }

    /**
     * The resources under test ({@code ResourceId.N}), 1 to 16.
     *
     * @return an unmodifiable list
     */
    public List<String> resourceIds() {
        return resourceIds;
    }

    /**
     * Whether the test starts right away ({@code JobType}).
     *
     * @return the type
     */
    public JobType jobType() {
        return jobType;
    }

    /**
     * How long the test runs once started ({@code JobDuration}).
     *
     * @return minutes, 1 to 4320
     */
    public int jobDuration() {
        return jobDuration;
    }

    /**
     * The job name ({@code Name}).
     *
     * @return the name, empty when not set
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The job description ({@code Description}).
     *
     * @return the description, empty when not set
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Whether the service only checks the request ({@code DryRun}).
     *
     * @return the flag, empty when not sent
     */
    public Optional<Boolean> dryRun() {
        return Optional.ofNullable(dryRun);
    }

    /**
     * The idempotency token ({@code ClientToken}).
     *
     * @return the token, empty to let the client generate one
     */
    public Optional<String> clientToken() {
        return Optional.ofNullable(clientToken);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateFailoverTestJobRequest r && Objects.equals(r.regionId, regionId)
                && r.resourceType == resourceType && r.resourceIds.equals(resourceIds) && r.jobType == jobType
                && r.jobDuration == jobDuration && Objects.equals(r.name, name) && Objects.equals(r.description, description)
                && Objects.equals(r.dryRun, dryRun) && Objects.equals(r.clientToken, clientToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, resourceType, resourceIds, jobType, jobDuration, name, description, dryRun, clientToken);
    }

    @Override
    public String toString() {
        return "CreateFailoverTestJobRequest{regionId=" + regionId + ", resourceType=" + resourceType.value()
                + ", resourceIds=" + resourceIds + ", jobType=" + jobType.value() + ", jobDuration=" + jobDuration
                + ", name=" + name + ", description=" + description + ", dryRun=" + dryRun + ", clientToken=" + clientToken + "}";
    }

    /** Builds {@link CreateFailoverTestJobRequest}s. */
    public static final class Builder {
        private String regionId;
        private ResourceType resourceType = ResourceType.PHYSICALCONNECTION;
        private Collection<String> resourceIds;
        private JobType jobType;
        private Integer jobDuration;
        private String name;
        private String description;
        private Boolean dryRun;
        private String clientToken;

        private Builder() {
        }

        /**
         * @param regionId the job's region, for example {@code cn-hangzhou}; null to use the client's region
         * @return this builder
         */
        public Builder regionId(String regionId) {
            this.regionId = regionId;
            return this;
        }

        /**
         * @param resourceType the kind of resource; default {@link ResourceType#PHYSICALCONNECTION}
         * @return this builder
         */
        public Builder resourceType(ResourceType resourceType) {
            this.resourceType = resourceType;
            return this;
        }

        /**
         * @param resourceIds the circuits to test, for example {@code pc-bp1a2b3c4d5e6f7g8h9i0}; 1 to 16
         * @return this builder
         */
        public Builder resourceIds(Collection<String> resourceIds) {
            this.resourceIds = resourceIds;
            return this;
        }

        /**
         * @param resourceIds the circuits to test; 1 to 16
         * @return this builder
         */
        public Builder resourceIds(String... resourceIds) {
            return resourceIds(resourceIds == null ? null : Arrays.asList(resourceIds));
        }

        /**
         * @param jobType whether the test starts right away; required
         * @return this builder
         */
        public Builder jobType(JobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /**
         * @param jobDuration minutes the test runs once started, 1 to 4320; required
         * @return this builder
         */
        public Builder jobDuration(Integer jobDuration) {
            this.jobDuration = jobDuration;
            return this;
        }

        /**
         * @param name at most 128 characters, not starting with {@code http://} or {@code https://}; optional
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param description at most 256 characters, not starting with {@code http://} or {@code https://}; optional
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * @param dryRun true to have the service only check the request (it then answers with the
         *               error code {@code DryRunOperation} when the check passes); null to not send it
         * @return this builder
         */
        public Builder dryRun(Boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /**
         * @param clientToken printable ASCII, at most 64 characters, unique per distinct request;
         *                    null to let the client generate one
         * @return this builder
         */
        public Builder clientToken(String clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws SdkClientException if a required field ({@code resourceType}, {@code resourceIds},
         *         {@code jobType}, {@code jobDuration}) is missing; if there are not 1 to 16 resource ids or
         *         one is blank, too long or holds a control character; if {@code jobDuration} is outside
         *         1..4320; if {@code name} or {@code description} is too long, holds a control character or
         *         starts with a URL scheme; or if {@code regionId} or {@code clientToken} is malformed
         */
        public CreateFailoverTestJobRequest build() {
            return new CreateFailoverTestJobRequest(this);
        }
    }
}
