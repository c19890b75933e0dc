package io.polycloud.aliyun.vpc.model;

import io.polycloud.core.exception.SdkClientException;
import io.polycloud.core.internal.validation.Validate;
import java.util.ArrayList;
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
 *
 * @param regionId     the region of the job ({@code RegionId}), empty to use the client's region
 * @param resourceType the kind of resource under test ({@code ResourceType})
 * @param resourceIds  the resources under test ({@code ResourceId.N}), 1 to 16, unmodifiable
 * @param jobType      whether the test starts right away ({@code JobType})
 * @param jobDuration  how long the test runs once started ({@code JobDuration}), 1 to 4320 minutes
 * @param name         the job name ({@code Name}), empty when not set
 * @param description  the job description ({@code Description}), empty when not set
 * @param dryRun       whether the service only checks the request ({@code DryRun}), empty when not sent
 * @param clientToken  the idempotency token ({@code ClientToken}), empty to let the client generate one
 */
public record CreateFailoverTestJobRequest(Optional<String> regionId, ResourceType resourceType, List<String> resourceIds,
                                           JobType jobType, int jobDuration, Optional<String> name,
                                           Optional<String> description, Optional<Boolean> dryRun,
                                           Optional<String> clientToken) {

    /**
     * Validates and copies the components, with the rules {@link Builder#build()} lists.
     *
     * @throws SdkClientException   if a value breaks a rule
     * @throws NullPointerException if an optional component is null
     */
    public CreateFailoverTestJobRequest {
        regionId.ifPresent(FieldRules::regionId);
        FieldRules.knownValue(Validate.notNull(resourceType, "resourceType").value(), "resourceType");
        resourceIds = FieldRules.resourceIds(Validate.notNull(resourceIds, "resourceIds"));
        FieldRules.knownValue(Validate.notNull(jobType, "jobType").value(), "jobType");
        FieldRules.jobDuration(jobDuration);
        name.ifPresent(FieldRules::name);
        description.ifPresent(FieldRules::description);
        Objects.requireNonNull(dryRun, "dryRun");
        clientToken.ifPresent(FieldRules::clientToken);
    }

    /**
     * A builder; {@code resourceType} starts as {@link ResourceType#PHYSICALCONNECTION}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().regionId(regionId.orElse(null)).resourceType(resourceType).resourceIds(resourceIds).jobType(jobType)
                .jobDuration(jobDuration).name(name.orElse(null)).description(description.orElse(null))
                .dryRun(dryRun.orElse(null)).clientToken(clientToken.orElse(null));
    }

    @Override
    public String toString() {
        return "CreateFailoverTestJobRequest{regionId=" + regionId.orElse(null) + ", resourceType=" + resourceType.value()
                + ", resourceIds=" + resourceIds + ", jobType=" + jobType.value() + ", jobDuration=" + jobDuration
                + ", name=" + name.orElse(null) + ", description=" + description.orElse(null) + ", dryRun=" + dryRun.orElse(null)
                + ", clientToken=" + clientToken.orElse(null) + "}";
    }

    /** Builds {@link CreateFailoverTestJobRequest}s; {@code resourceIds}, {@code jobType} and {@code jobDuration} are required. */
    public static final class Builder extends JobRequestBuilder<Builder> {
        private ResourceType resourceType = ResourceType.PHYSICALCONNECTION;
        private JobType jobType;

        private Builder() {
        }

        /**
         * Sets the kind of resource; default {@link ResourceType#PHYSICALCONNECTION}.
         *
         * @param resourceType the kind
         * @return this builder
         */
        public Builder resourceType(ResourceType resourceType) {
            this.resourceType = resourceType;
            return this;
        }

        /**
         * Sets whether the test starts right away; required.
         *
         * @param jobType the type
         * @return this builder
         */
        public Builder jobType(JobType jobType) {
            this.jobType = jobType;
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
            return new CreateFailoverTestJobRequest(Optional.ofNullable(regionId), resourceType,
                    resourceIds == null ? null : new ArrayList<>(resourceIds), jobType,
                    Validate.notNull(jobDuration, "jobDuration"), Optional.ofNullable(name), Optional.ofNullable(description),
                    Optional.ofNullable(dryRun), Optional.ofNullable(clientToken));
        }
    }
}
