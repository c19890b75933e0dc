package io.polycloud.aliyun.vpc.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a failover test job's name, description, resources or duration
 * ({@code UpdateFailoverTestJob}). Only a job in {@link FailoverTestJobStatus#INIT} can be
 * changed. Fields left unset are not sent and keep their value.
 *
 * <pre>{@code
 * UpdateFailoverTestJobRequest.builder().jobId("ftj-bp1yh6mvi13aq3g8w").jobDuration(120).build();
 * }</pre>
 *
 * When no {@code clientToken} is given, the client generates one per call and sends the same
 * value on every retry.
 */
public final class UpdateFailoverTestJobRequest {

    private final String regionId;
    private final String jobId;
    private final String name;
    private final String description;
    private final List<String> resourceIds;
    private final Integer jobDuration;
    private final Boolean dryRun;
    private final String clientToken;

    private UpdateFailoverTestJobRequest(Builder b) {
        this.regionId = FieldRules.regionId(b.regionId);
        this.jobId = FieldRules.jobId(b.jobId);
        this.name = FieldRules.name(b.name);
        this.description = FieldRules.description(b.description);
        this.resourceIds = FieldRules.resourceIds(b.resourceIds);
        this.jobDuration = FieldRules.jobDuration(b.jobDuration);
        this.dryRun = b.dryRun;
        this.clientToken = FieldRules.clientToken(b.clientToken);
    }

    /**
     * A builder.
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
        return new Builder().regionId(regionId).jobId(jobId).name(name).description(description).resourceIds(resourceIds)
                .jobDuration(jobDuration).dryRun(dryRun).clientToken(clientToken);
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
     * The job to change ({@code JobId}).
     *
     * @return the job id, {@code ftj-…}
     */
    public String jobId() {
        return jobId;
    }

    /**
     * The new name ({@code Name}).
     *
     * @return the name, empty to keep the current one
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The new description ({@code Description}).
     *
     * @return the description, empty to keep the current one
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * The new resources ({@code ResourceId.N}), 1 to 16.
     *
     * @return an unmodifiable list, empty to keep the current resources
     */
    public Optional<List<String>> resourceIds() {
        return Optional.ofNullable(resourceIds);
    }

    /**
     * The new duration ({@code JobDuration}).
     *
     * @return minutes, 1 to 4320; empty to keep the current one
     */
    public Optional<Integer> jobDuration() {
        return Optional.ofNullable(jobDuration);
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
        return o instanceof UpdateFailoverTestJobRequest r && Objects.equals(r.regionId, regionId) && r.jobId.equals(jobId)
                && Objects.equals(r.name, name) && Objects.equals(r.description, description)
                && Objects.equals(r.resourceIds, resourceIds) && Objects.equals(r.jobDuration, jobDuration)
                && Objects.equals(r.dryRun, dryRun) && Objects.equals(r.clientToken, clientToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, jobId, name, description, resourceIds, jobDuration, dryRun, clientToken);
    }

    @Override
    public String toString() {
        return "UpdateFailoverTestJobRequest{regionId=" + regionId + ", jobId=" + jobId + ", name=" + name
                + ", description=" + description + ", resourceIds=" + resourceIds + ", jobDuration=" + jobDuration
                + ", dryRun=" + dryRun + ", clientToken=" + clientToken + "}";
    }

    /** Builds {@link UpdateFailoverTestJobRequest}s. */
    public static final class Builder {
        private String regionId;
        private String jobId;
        private String name;
        private String description;
        private Collection<String> resourceIds;
        private Integer jobDuration;
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
         * @param jobId the job to change; required, {@code ftj-…}, at most 64 characters
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * @param name at most 128 characters, not starting with {@code http://} or {@code https://}; null to keep
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param description at most 256 characters, not starting with {@code http://} or {@code https://};
         *                    null to keep
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * @param resourceIds the circuits to test, 1 to 16; null to keep the current ones
         * @return this builder
         */
        public Builder resourceIds(Collection<String> resourceIds) {
            this.resourceIds = resourceIds;
            return this;
        }

        /**
         * @param resourceIds the circuits to test, 1 to 16
         * @return this builder
         */
        public Builder resourceIds(String... resourceIds) {
            return resourceIds(resourceIds == null ? null : Arrays.asList(resourceIds));
        }

        /**
         * @param jobDuration minutes the test runs once started, 1 to 4320; null to keep
         * @return this builder
         */
        public Builder jobDuration(Integer jobDuration) {
            this.jobDuration = jobDuration;
            return this;
        }

        /**
         * @param dryRun true to have the service only check the request; null to not send it
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
         * @throws io.polycloud.core.exception.SdkClientException if {@code jobId} is missing or malformed; if
         *         resource ids are given but not 1 to 16 valid ids; if {@code jobDuration} is outside 1..4320;
         *         if {@code name} or {@code description} is too long, holds a control character or starts with
         *         a URL scheme; or if {@code regionId} or {@code clientToken} is malformed
         */
        public UpdateFailoverTestJobRequest build() {
            return new UpdateFailoverTestJobRequest(this);
        }
    }
}
