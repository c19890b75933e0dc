package io.polycloud.aliyun.vpc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a failover test job's name, description, resources or duration
 * ({@code UpdateFailoverTestJob}). Only a job in {@link FailoverTestJobStatus#INIT} can be
 * changed. Fields left empty are not sent and keep their value.
 *
 * <pre>{@code
 * UpdateFailoverTestJobRequest.builder().jobId("ftj-bp1yh6mvi13aq3g8w").jobDuration(120).build();
 * }</pre>
 *
 * When no {@code clientToken} is given, the client generates one per call and sends the same
 * value on every retry.
 *
 * @param regionId    the region of the job ({@code RegionId}), empty to use the client's region
 * @param jobId       the job to change ({@code JobId}), {@code ftj-…}
 * @param name        the new name ({@code Name})
 * @param description the new description ({@code Description})
 * @param resourceIds the new resources ({@code ResourceId.N}), 1 to 16, unmodifiable
 * @param jobDuration the new duration ({@code JobDuration}), 1 to 4320 minutes
 * @param dryRun      whether the service only checks the request ({@code DryRun}), empty when not sent
 * @param clientToken the idempotency token ({@code ClientToken}), empty to let the client generate one
 */
public record UpdateFailoverTestJobRequest(Optional<String> regionId, String jobId, Optional<String> name,
                                           Optional<String> description, Optional<List<String>> resourceIds,
                                           Optional<Integer> jobDuration, Optional<Boolean> dryRun,
                                           Optional<String> clientToken) {

    /**
     * Validates and copies the components, with the rules {@link Builder#build()} lists.
     *
     * @throws io.polycloud.core.exception.SdkClientException if a value breaks a rule
     * @throws NullPointerException                            if an optional component is null
     */
    public UpdateFailoverTestJobRequest {
        regionId.ifPresent(FieldRules::regionId);
        FieldRules.jobId(jobId);
        name.ifPresent(FieldRules::name);
        description.ifPresent(FieldRules::description);
        resourceIds = resourceIds.map(FieldRules::resourceIds);
        jobDuration.ifPresent(FieldRules::jobDuration);
        Objects.requireNonNull(dryRun, "dryRun");
        clientToken.ifPresent(FieldRules::clientToken);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().regionId(regionId.orElse(null)).jobId(jobId).name(name.orElse(null))
                .description(description.orElse(null)).resourceIds(resourceIds.orElse(null))
                .jobDuration(jobDuration.orElse(null)).dryRun(dryRun.orElse(null)).clientToken(clientToken.orElse(null));
    }

    @Override
    public String toString() {
        return "UpdateFailoverTestJobRequest{regionId=" + regionId.orElse(null) + ", jobId=" + jobId + ", name=" + name.orElse(null)
                + ", description=" + description.orElse(null) + ", resourceIds=" + resourceIds.orElse(null)
                + ", jobDuration=" + jobDuration.orElse(null) + ", dryRun=" + dryRun.orElse(null)
                + ", clientToken=" + clientToken.orElse(null) + "}";
    }

    /** Builds {@link UpdateFailoverTestJobRequest}s; a field left null keeps the job's current value. */
    public static final class Builder extends JobRequestBuilder<Builder> {
        private String jobId;

        private Builder() {
        }

        /**
         * Sets the job to change: required, {@code ftj-…}, at most 64 characters.
         *
         * @param jobId the job
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws io.polycloud.core.exception.SdkClientException if {@code jobId} is missing or malformed; if
         *         resource ids are given but not 1 to 16 valid ids; if {@code jobDuration} is outside 1..4320;
         *         if {@code name} or {@code description} is too long, holds a control character or starts with
         *         a URL scheme; or if {@code regionId} or {@code clientToken} is malformed
         */
        public UpdateFailoverTestJobRequest build() {
            return new UpdateFailoverTestJobRequest(Optional.ofNullable(regionId), jobId, Optional.ofNullable(name),
                    Optional.ofNullable(description), Optional.ofNullable(resourceIds).map(ArrayList::new),
                    Optional.ofNullable(jobDuration), Optional.ofNullable(dryRun), Optional.ofNullable(clientToken));
        }
    }
}
